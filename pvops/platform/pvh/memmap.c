// SPDX-License-Identifier: GPL-2.0
/*
 * The one rule for a PVH guest's RAM map, wherever it comes from.
 *
 * A PVH kernel learns its RAM from hvm_start_info's memory map or, when the
 * loader gave none (Xen 4.17's PVH dom0), from its hypervisor's E820 copy;
 * both are arrays it did not write, counted by a field it did not write.
 * So both go through here: the count must be 1..the entries the reader
 * has room for (a larger one would have it read past the array), and a RAM
 * region must not wrap around the address space; a refusal is a sentence
 * naming the source, the field and the value, which the caller turns into
 * a panic. Entries are read through their common prefix (addr, size, type,
 * as in hvm_memmap_table_entry and the BIOS E820 entry) at the caller's
 * stride, copied out, since a packed E820 array is not naturally aligned.
 */
#define pr_fmt(fmt) "pvh: " fmt

#include <kernel/printk.h>
#include <kernel/string.h>
#include <pvh/pvh.h>
#include <xen/xen.h>
#include <xen/arch-x86/hvm/start_info.h>

int pvh_refuse(char *why, size_t len, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(why, len, fmt, ap);
	va_end(ap);
	return -1;
}

/* Counted always, recorded while there is room, reported otherwise. */
static void pvh_add_ram(struct boot_info *bi, unsigned int index, u64 base, u64 size)
{
	bi->ram_bytes += size;
	if (bi->nr_mem_regions < BOOT_MEM_REGIONS_MAX)
		bi->mem_regions[bi->nr_mem_regions++] = (struct boot_mem_region){ base, size };
	else
		pr_warn("more than %u RAM regions; region %u (%#llx) not recorded\n",
			BOOT_MEM_REGIONS_MAX, index, (unsigned long long)base);
}

int pvh_memmap_check_count(const struct pvh_memmap *m, char *why, size_t len)
{
	if (m->nr == 0 || m->nr > m->max)
		return pvh_refuse(why, len, "%s %s is %u (expected 1..%u)", m->source,
				   m->count_field, m->nr, m->max);
	return 0;
}

int pvh_memmap_add(struct boot_info *bi, const struct pvh_memmap *m, char *why, size_t len)
{
	const u8 *at = m->entries;
	unsigned int i;

	if (pvh_memmap_check_count(m, why, len))
		return -1;
	for (i = 0; i < m->nr; i++, at += m->stride) {
		struct hvm_memmap_table_entry e;

		memcpy(&e.addr, at + offsetof(struct hvm_memmap_table_entry, addr), sizeof(e.addr));
		memcpy(&e.size, at + offsetof(struct hvm_memmap_table_entry, size), sizeof(e.size));
		memcpy(&e.type, at + offsetof(struct hvm_memmap_table_entry, type), sizeof(e.type));
		if (e.type != XEN_HVM_MEMMAP_TYPE_RAM)
			continue;
		if (e.addr + e.size < e.addr)
			return pvh_refuse(why, len, "%s memory map entry %u wraps: addr %#llx "
					   "size %#llx", m->source, i, (unsigned long long)e.addr,
					   (unsigned long long)e.size);
		pvh_add_ram(bi, i, e.addr, e.size);
	}
	return 0;
}
