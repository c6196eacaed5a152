// SPDX-License-Identifier: GPL-2.0
/*
 * From the PVH entry to the generic boot.
 *
 * entry.S arrives here in long mode on the identity map with the physical
 * address of hvm_start_info. The console comes first, so that even a panic
 * about the boot data is seen, and the early IDT second, so that a fault
 * in this code is reported rather than ending in a triple fault. Reading
 * hvm_start_info (start_info.c) may only touch memory inside the identity
 * map this entry built: the mapping function below is that rule.
 */
#define pr_fmt(fmt) "native: " fmt

#include <kernel/bootinfo.h>
#include <kernel/desc.h>
#include <kernel/printk.h>
#include <kernel/traps.h>
#include <pc/pc.h>
#include <x86/insns.h>
#include <xen/xen.h>
#include <xen/arch-x86/hvm/start_info.h>

#include "native.h"
#include "start_info.h"

#define IDENTITY_MAP_END (1UL << 30) /* what entry.S maps */

#define NATIVE_BOOT_CS 0x08

extern const char native_early_idt_stubs[];
static struct idt_gate native_early_idt[NR_EXCEPTIONS] __aligned(16);
static struct boot_info native_boot_info;

void native_early_trap(const u64 *frame);
void native_early_trap(const u64 *frame)
{
	u64 vector = frame[0], error = frame[1], rip = frame[2];

	panic("early %s (vector %llu) at rip %#llx, error code %#llx, cr2 %#lx",
	      exception_name(vector), (unsigned long long)vector, (unsigned long long)rip,
	      (unsigned long long)error, native_read_cr2());
}

void native_early_idt_init(void)
{
	struct desc_ptr d = { .size = sizeof(native_early_idt) - 1,
			      .address = (u64)(uintptr_t)native_early_idt };
	unsigned int i;

	for (i = 0; i < NR_EXCEPTIONS; i++) {
		u64 addr = (u64)(uintptr_t)native_early_idt_stubs + TRAP_STUB_SIZE * i;

		native_early_idt[i] = make_idt_gate(addr, NATIVE_BOOT_CS);
	}
	native_load_idt(&d);
	pc_pic_mask_all();
}

static const void *identity_map(u64 paddr, u64 size)
{
	if (paddr >= IDENTITY_MAP_END || size > IDENTITY_MAP_END - paddr)
		return NULL;
	return (const void *)(uintptr_t)paddr;
}

void native_pvh_start(u32 start_info_paddr);
void native_pvh_start(u32 start_info_paddr)
{
	struct boot_info *bi = &native_boot_info;
	char why[160];

	pc_serial_init();
	pvops_entered_by(&native_backend);
	native_early_idt_init();

	if (native_parse_start_info(start_info_paddr, identity_map, bi, why, sizeof(why)))
		panic("%s", why);
	bi->direct_map_end = IDENTITY_MAP_END;
	pvops_boot(bi);
}
