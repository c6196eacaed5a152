// SPDX-License-Identifier: GPL-2.0
/*
 * From the PVH entry to the generic boot, for whichever guest was entered.
 *
 * entry.S arrives here in long mode on the identity map with the physical
 * address of hvm_start_info. Two kinds of machine enter this way, a PC
 * (QEMU's -kernel) and a Xen PVH guest, and they differ in how to print
 * and how to leave, so the first thing is to ask the backends, as the
 * boot's selection will (include/pvh/pvh.h), which one this is: that
 * one's early_init() and so its console come first,
 * so that even a panic about the boot data is seen, and the early IDT
 * second, so that a fault in this code is reported rather than ending in
 * a triple fault. Reading hvm_start_info (start_info.c) may only touch
 * memory inside the identity map this entry built: the mapping function
 * below is that rule.
 */
#define pr_fmt(fmt) "pvh: " fmt

#include <kernel/boot.h>
#include <kernel/bootinfo.h>
#include <kernel/desc.h>
#include <kernel/machine.h>
#include <kernel/printk.h>
#include <kernel/traps.h>
#include <pvh/pvh.h>
#include <pvops/privileged.h>
#include <x86/insns.h>

#include "start_info.h"

/* The long-mode switch, the boot GDT and the early IDT are ring-0 work. */
PVOPS_ALLOW_PRIVILEGED(PVOPS_PRIV_RING0);

#define IDENTITY_MAP_END (1UL << 30) /* what entry.S maps */

extern const char pvh_early_idt_stubs[];
static struct idt_gate pvh_early_idt[NR_EXCEPTIONS] __aligned(16);
static struct boot_info pvh_boot_info;

void pvh_early_trap(const u64 *frame);
void pvh_early_trap(const u64 *frame)
{
	u64 vector = frame[0], error = frame[1], rip = frame[2];

	panic("early %s (vector %llu) at rip %#llx, error code %#llx, cr2 %#lx",
	      exception_name(vector), (unsigned long long)vector, (unsigned long long)rip,
	      (unsigned long long)error, native_read_cr2());
}

static void pvh_early_idt_init(void)
{
	struct desc_ptr d = { .size = sizeof(pvh_early_idt) - 1,
			      .address = (u64)(uintptr_t)pvh_early_idt };
	unsigned int i;

	for (i = 0; i < NR_EXCEPTIONS; i++) {
		u64 addr = (u64)(uintptr_t)pvh_early_idt_stubs + TRAP_STUB_SIZE * i;

		pvh_early_idt[i] = make_idt_gate(addr, GDT_SELECTOR(GDT_ENTRY_KERNEL_CS, 0));
	}
	native_load_idt(&d);
}

static const void *identity_map(u64 paddr, u64 size)
{
	if (paddr >= IDENTITY_MAP_END || size > IDENTITY_MAP_END - paddr)
		return NULL;
	return (const void *)(uintptr_t)paddr;
}

/*
 * The backend selection would choose here, asked as it asks (without
 * pvops.backend=, which is not read yet). With none, or one that cannot
 * own this entry, a PVH boot cannot even print, so it stops.
 */
static const struct pvops_backend *pvh_entered_backend(struct boot_info *probe)
{
	struct pvops_selection sel;

	probe->protocol = BOOT_PROTOCOL_PVH;
	if (select_backend(__pvops_backends_start,
				 __pvops_backends_end - __pvops_backends_start, probe, NULL, &sel) &&
	    sel.chosen->early_init)
		return sel.chosen;
	for (;;) {
		native_irq_disable();
		native_halt();
	}
}

void pvh_start(u32 start_info_paddr);
void pvh_start(u32 start_info_paddr)
{
	struct boot_info *bi = &pvh_boot_info;
	const struct pvops_backend *backend = pvh_entered_backend(bi);
	char why[160];

	machine_entered_by(backend);
	backend->early_init();
	pvh_early_idt_init();

	if (pvh_parse_start_info(start_info_paddr, identity_map, backend->cmdline_silent_cut, bi,
				 why, sizeof(why)))
		panic("%s", why);
	bi->direct_map_end = IDENTITY_MAP_END;
	boot_kernel(bi);
}
