// SPDX-License-Identifier: GPL-2.0
/*
 * From the PVH entry to the generic boot: validate hvm_start_info and
 * translate it into a struct boot_info.
 *
 * entry.S arrives here in long mode on the identity map with the physical
 * address of hvm_start_info. Everything the loader handed over is checked
 * before it is believed: the magic, the version (the memory map exists only
 * from version 1), and that the command line and memory map lie inside the
 * identity map this entry built. Malformed data is a panic with the field
 * and value named, because a kernel that guesses its memory size corrupts
 * memory later instead of failing now. The console comes first, so that
 * even those panics are seen, and the early IDT second, so that a fault in
 * this code is reported rather than ending in a triple fault.
 */
#define pr_fmt(fmt) "native: " fmt

#include <kernel/bootinfo.h>
#include <kernel/printk.h>
#include <kernel/string.h>
#include <xen/xen.h>
#include <xen/arch-x86/hvm/start_info.h>

#include "insns.h"
#include "native.h"

#define IDENTITY_MAP_END (1UL << 30) /* what entry.S maps */
#define PVH_MEMMAP_MAX 128

struct idt_gate {
	u16 offset_low;
	u16 selector;
	u8 ist;
	u8 type_attr;
	u16 offset_mid;
	u32 offset_high;
	u32 reserved;
} __packed;

#define IDT_INTERRUPT_GATE 0x8e /* present, DPL 0, 64-bit interrupt gate */
#define NATIVE_BOOT_CS 0x08
#define NR_EXCEPTIONS 32

extern const char native_early_idt_stubs[];
static struct idt_gate native_early_idt[NR_EXCEPTIONS] __aligned(16);
static struct boot_info native_boot_info;

static const char *const exception_names[NR_EXCEPTIONS] = {
	"#DE divide error", "#DB debug", "NMI", "#BP breakpoint", "#OF overflow",
	"#BR bound range", "#UD invalid opcode", "#NM device not available",
	"#DF double fault", "coprocessor overrun", "#TS invalid TSS", "#NP segment not present",
	"#SS stack fault", "#GP general protection", "#PF page fault", "reserved",
	"#MF x87 error", "#AC alignment check", "#MC machine check", "#XM SIMD error",
	"#VE virtualization", "#CP control protection",
};

void native_early_trap(const u64 *frame);
void native_early_trap(const u64 *frame)
{
	u64 vector = frame[0], error = frame[1], rip = frame[2];
	const char *name = vector < NR_EXCEPTIONS && exception_names[vector] ?
				   exception_names[vector] : "exception";

	panic("unexpected %s (vector %llu) at rip %#llx, error code %#llx, cr2 %#lx",
	      name, (unsigned long long)vector, (unsigned long long)rip,
	      (unsigned long long)error, native_read_cr2());
}

void native_early_idt_init(void)
{
	struct desc_ptr d = { .size = sizeof(native_early_idt) - 1,
			      .address = (u64)(uintptr_t)native_early_idt };
	unsigned int i;

	for (i = 0; i < NR_EXCEPTIONS; i++) {
		u64 addr = (u64)(uintptr_t)native_early_idt_stubs + 16 * i;

		native_early_idt[i] = (struct idt_gate){
			.offset_low = addr & 0xffff,
			.selector = NATIVE_BOOT_CS,
			.type_attr = IDT_INTERRUPT_GATE,
			.offset_mid = (addr >> 16) & 0xffff,
			.offset_high = addr >> 32,
		};
	}
	native_load_idt(&d);
	/* SeaBIOS leaves the PIT running behind the legacy PICs: mask both. */
	native_outb(0xff, 0x21);
	native_outb(0xff, 0xa1);
}

static bool in_identity_map(u64 addr, u64 size)
{
	return addr < IDENTITY_MAP_END && size <= IDENTITY_MAP_END - addr;
}

static void parse_memmap(const struct hvm_start_info *si, struct boot_info *bi)
{
	const struct hvm_memmap_table_entry *map;
	unsigned int i;

	if (si->version < 1 || !si->memmap_paddr) {
		pr_warn("hvm_start_info version %u has no memory map; RAM size unknown\n",
			si->version);
		return;
	}
	if (si->memmap_entries == 0 || si->memmap_entries > PVH_MEMMAP_MAX)
		panic("hvm_start_info memmap_entries is %u (expected 1..%u)", si->memmap_entries,
		      PVH_MEMMAP_MAX);
	if (!in_identity_map(si->memmap_paddr, (u64)si->memmap_entries * sizeof(*map)))
		panic("hvm_start_info memory map at %#llx lies outside the first GiB",
		      (unsigned long long)si->memmap_paddr);

	map = (const void *)(uintptr_t)si->memmap_paddr;
	for (i = 0; i < si->memmap_entries; i++) {
		if (map[i].type != XEN_HVM_MEMMAP_TYPE_RAM)
			continue;
		if (map[i].addr + map[i].size < map[i].addr)
			panic("hvm_start_info memory map entry %u wraps: addr %#llx size %#llx", i,
			      (unsigned long long)map[i].addr, (unsigned long long)map[i].size);
		bi->ram_bytes += map[i].size;
		if (bi->nr_mem_regions < BOOT_MEM_REGIONS_MAX)
			bi->mem_regions[bi->nr_mem_regions++] =
				(struct boot_mem_region){ map[i].addr, map[i].size };
		else
			pr_warn("more than %u RAM regions; region %u (%#llx) not recorded\n",
				BOOT_MEM_REGIONS_MAX, i, (unsigned long long)map[i].addr);
	}
}

static void copy_cmdline(const struct hvm_start_info *si, struct boot_info *bi)
{
	const char *cmdline;
	size_t len;

	if (!si->cmdline_paddr)
		return;
	if (!in_identity_map(si->cmdline_paddr, COMMAND_LINE_SIZE))
		panic("hvm_start_info cmdline at %#llx lies outside the first GiB",
		      (unsigned long long)si->cmdline_paddr);
	cmdline = (const char *)(uintptr_t)si->cmdline_paddr;
	len = strnlen(cmdline, COMMAND_LINE_SIZE);
	if (len == COMMAND_LINE_SIZE)
		pr_warn("command line longer than %u bytes; truncated\n", COMMAND_LINE_SIZE - 1);
	strlcpy(bi->cmdline, cmdline, sizeof(bi->cmdline));
}

void native_pvh_start(u32 start_info_paddr);
void native_pvh_start(u32 start_info_paddr)
{
	const struct hvm_start_info *si = (const void *)(uintptr_t)start_info_paddr;
	struct boot_info *bi = &native_boot_info;

	native_console_init();
	pvops_entered_by(&native_backend);
	native_early_idt_init();

	if (!start_info_paddr || !in_identity_map(start_info_paddr, sizeof(*si)))
		panic("hvm_start_info pointer %#x is not in the first GiB", start_info_paddr);
	if (si->magic != XEN_HVM_START_MAGIC_VALUE)
		panic("hvm_start_info at %#x has magic %#x, expected %#x", start_info_paddr,
		      si->magic, XEN_HVM_START_MAGIC_VALUE);

	bi->protocol = BOOT_PROTOCOL_PVH;
	bi->protocol_data = si;
	copy_cmdline(si, bi);
	parse_memmap(si, bi);
	pvops_boot(bi);
}
