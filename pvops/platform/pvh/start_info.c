// SPDX-License-Identifier: GPL-2.0
/*
 * Reading hvm_start_info, the PVH boot structure, into a struct boot_info.
 *
 * Everything the loader handed over is checked before it is believed: the
 * magic, the version (the memory map exists only from version 1), that every
 * structure lies in memory the caller can map, and the map itself by the
 * rule every PVH RAM map obeys (memmap.c: the entry count, no RAM region
 * that wraps around the address space). A
 * problem is returned as a sentence naming the field and its value, which
 * the entry path turns into a panic: a kernel that guesses its memory size
 * corrupts memory later instead of failing now. A command line longer than
 * the kernel keeps loses the word the cut split; so does one that exactly
 * fills a loader's field when that loader cuts without a word (Xen: its
 * MAX_GUEST_CMDLINE), since nothing else shows the cut. The function reaches
 * memory only through the map callback, so the host unit tests feed it
 * structures built in a buffer, broken in every way it must refuse.
 */
#define pr_fmt(fmt) "pvh: " fmt

#include <kernel/cmdline.h>
#include <kernel/printk.h>
#include <kernel/string.h>
#include <pvh/pvh.h>
#include <xen/xen.h>
#include <xen/arch-x86/hvm/start_info.h>

#include "start_info.h"

#define PVH_MEMMAP_MAX 128

static int parse_memmap(const struct hvm_start_info *si, pvh_map_fn map_phys,
			struct boot_info *bi, char *why, size_t len)
{
	struct pvh_memmap m = { .source = "hvm_start_info", .count_field = "memmap_entries",
				.stride = sizeof(struct hvm_memmap_table_entry),
				.nr = si->memmap_entries, .max = PVH_MEMMAP_MAX };

	if (si->version < 1 || !si->memmap_paddr) {
		pr_info("hvm_start_info version %u has no memory map; the backend must find RAM\n",
			si->version);
		return 0;
	}
	if (pvh_memmap_check_count(&m, why, len))
		return -1;
	m.entries = map_phys(si->memmap_paddr, (u64)m.nr * m.stride);
	if (!m.entries)
		return pvh_refuse(why, len, "hvm_start_info memory map at %#llx is outside mapped memory",
			    (unsigned long long)si->memmap_paddr);
	return pvh_memmap_add(bi, &m, why, len);
}

static void drop_cut_word(struct boot_info *bi, bool cut_before_blank, const char *said)
{
	size_t cut = cmdline_split_word(bi->cmdline, cut_before_blank);

	if (bi->cmdline[cut])
		pr_warn("command line: word '%pE' %s; dropped\n", bi->cmdline + cut, said);
	bi->cmdline[cut] = '\0';
}

static int copy_cmdline(const struct hvm_start_info *si, pvh_map_fn map_phys, size_t silent_cut,
			struct boot_info *bi, char *why, size_t len)
{
	const char *cmdline;

	if (!si->cmdline_paddr)
		return 0;
	cmdline = map_phys(si->cmdline_paddr, COMMAND_LINE_SIZE);
	if (!cmdline)
		return pvh_refuse(why, len, "hvm_start_info cmdline at %#llx is outside mapped memory",
			    (unsigned long long)si->cmdline_paddr);
	strlcpy(bi->cmdline, cmdline, sizeof(bi->cmdline));
	if (strnlen(cmdline, COMMAND_LINE_SIZE) == COMMAND_LINE_SIZE) {
		pr_warn("command line longer than %u bytes; truncated\n", COMMAND_LINE_SIZE - 1);
		drop_cut_word(bi, cmdline[COMMAND_LINE_SIZE - 1] == ' ', "was cut");
	} else if (silent_cut && strlen(bi->cmdline) == silent_cut - 1) {
		pr_warn("command line fills the loader's %zu bytes; it may have been truncated\n",
			silent_cut);
		drop_cut_word(bi, false, "may have been cut");
	}
	return 0;
}

int pvh_parse_start_info(u64 paddr, pvh_map_fn map_phys, size_t silent_cut, struct boot_info *bi,
			 char *why, size_t len)
{
	const struct hvm_start_info *si;

	*bi = (struct boot_info){ .protocol = BOOT_PROTOCOL_PVH };
	si = paddr ? map_phys(paddr, sizeof(*si)) : NULL;
	if (!si)
		return pvh_refuse(why, len, "hvm_start_info pointer %#llx is outside mapped memory",
			    (unsigned long long)paddr);
	if (si->magic != XEN_HVM_START_MAGIC_VALUE)
		return pvh_refuse(why, len, "hvm_start_info at %#llx has magic %#x, expected %#x",
			    (unsigned long long)paddr, si->magic, XEN_HVM_START_MAGIC_VALUE);
	bi->protocol_data = si;
	if (copy_cmdline(si, map_phys, silent_cut, bi, why, len))
		return -1;
	return parse_memmap(si, map_phys, bi, why, len);
}

u64 pvh_rsdp_paddr(const struct boot_info *bi)
{
	const struct hvm_start_info *si = bi->protocol_data;

	return bi->protocol == BOOT_PROTOCOL_PVH && si ? si->rsdp_paddr : 0;
}
