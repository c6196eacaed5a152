// SPDX-License-Identifier: GPL-2.0
/*
 * Setting up the GDT and the TSS, through pv_ops.
 *
 * desc_init() hands the CPU a GDT of the kernel's own (load_gdt), installs
 * the TSS descriptor (write_gdt_entry) and loads the task register
 * (load_tr). What each op means is the backend's business: native executes
 * lgdt and ltr; Xen registers the page with set_gdt after making it
 * read-only, and ignores the TSS, which Xen manages itself. The kernel
 * stack for ring transitions is then set with load_sp0, as the context
 * switch will do for every thread. An AP gets the same from
 * desc_init_cpu() with a copy of the boot CPU's GDT (kernel/smp.c): a TSS
 * descriptor is marked busy by ltr, so no two CPUs can share one.
 */
#include <kernel/desc.h>
#include <kernel/smp.h>
#include <pvops/ops.h>

/* Flat: base 0, the largest limit, in pages; long mode ignores both for code. */
#define FLAT_LIMIT0 0xffff
#define FLAT_LIMIT1 0xf

union gdt_entry gdt_table[GDT_ENTRIES] __aligned(PAGE_SIZE) = {
	[GDT_ENTRY_KERNEL_CS].seg = {
		.limit0 = FLAT_LIMIT0,
		.type = SEG_TYPE_CODE_XR,
		.s = 1,
		.p = 1,
		.limit1 = FLAT_LIMIT1,
		.l = 1, /* 64-bit code */
		.g = 1,
	},
	[GDT_ENTRY_KERNEL_DS].seg = {
		.limit0 = FLAT_LIMIT0,
		.type = SEG_TYPE_DATA_RW,
		.s = 1,
		.p = 1,
		.limit1 = FLAT_LIMIT1,
		.d = 1,
		.g = 1,
	},
	/* GDT_ENTRY_USER32_CS stays null: no 32-bit user code runs. */
	[GDT_ENTRY_USER_DS].seg = {
		.limit0 = FLAT_LIMIT0,
		.type = SEG_TYPE_DATA_RW,
		.s = 1,
		.dpl = SEG_DPL_USER,
		.p = 1,
		.limit1 = FLAT_LIMIT1,
		.d = 1,
		.g = 1,
	},
	[GDT_ENTRY_USER_CS].seg = {
		.limit0 = FLAT_LIMIT0,
		.type = SEG_TYPE_CODE_XR,
		.s = 1,
		.dpl = SEG_DPL_USER,
		.p = 1,
		.limit1 = FLAT_LIMIT1,
		.l = 1,
		.g = 1,
	},
};

extern char boot_stack_top[];

static void set_tss_descriptor(union gdt_entry *gdt, struct x86_tss *tss)
{
	u64 base = (u64)(uintptr_t)tss, limit = sizeof(*tss) - 1;
	struct system_desc desc = {
		.limit0 = limit & SEG_LIMIT0_MASK,
		.base0 = base,
		.base1 = base >> 16,
		.type = SYS_TYPE_TSS_AVAIL,
		.p = 1,
		.limit1 = limit >> SEG_LIMIT1_SHIFT,
		.base2 = base >> 24,
		.base3 = base >> 32,
	};

	write_gdt_entry(gdt, GDT_ENTRY_TSS, &desc, sizeof(desc));
}

void desc_init_cpu(union gdt_entry *gdt, struct x86_tss *tss, unsigned long stack_top)
{
	struct desc_ptr ptr = { .size = sizeof(gdt_table) - 1, .address = (u64)(uintptr_t)gdt };

	tss->io_bitmap_base = sizeof(*tss); /* no I/O bitmap */
	load_gdt(&ptr);
	set_tss_descriptor(gdt, tss);
	load_tr(GDT_SELECTOR(GDT_ENTRY_TSS, 0));
	load_sp0(stack_top);
}

void desc_init(void)
{
	desc_init_cpu(gdt_table, &this_cpu()->tss, (unsigned long)boot_stack_top);
}
