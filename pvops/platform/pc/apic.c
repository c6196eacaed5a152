// SPDX-License-Identifier: GPL-2.0
/*
 * The local APIC: this CPU's end of interrupt, and IPIs to the others.
 *
 * Two ways to reach it (Intel SDM vol. 3, 10.4 and 10.12): x2APIC mode,
 * whose registers are MSRs and whose ICR is one 64-bit write, where CPUID
 * offers it; otherwise the xAPIC's page of MMIO at the base IA32_APIC_BASE
 * names, which lies beyond the 1 GiB the PVH entry maps, so it gets an
 * uncached large page of its own (pc_map_mmio()). Every CPU puts its APIC
 * in the same mode, the boot CPU first (pc_apic_init()), each AP in
 * pc_apic_init_ap(). LINT0 and LINT1 are left as the firmware set them:
 * the boot CPU's LINT0 keeps delivering the PIC's interrupts (virtual
 * wire), which is how the PIT reaches a backend whose timer it is; the
 * timer's LVT is apic_timer.c's. The registers are lapic.h's.
 *
 * An IPI is a write of the ICR: the vector, fixed delivery, physical
 * destination; the xAPIC takes the destination in the high half first and
 * sends on the write of the low half, and says by its delivery-status bit
 * when it has taken the message, which the sender waits for before the next.
 * x2APIC's ICR write is not ordered after earlier stores to memory, so a
 * fence precedes it: the target must see what the IPI announces.
 */
#define pr_fmt(fmt) "pc: " fmt

#include <kernel/printk.h>
#include <kernel/smp.h>
#include <kernel/timer.h>
#include <pc/apic.h>
#include <pc/pc.h>
#include <x86/insns.h>

#include "lapic.h"

#define MSR_IA32_APIC_BASE 0x1b
#define APIC_BASE_X2APIC_ENABLE (1ULL << 10)
#define APIC_BASE_ENABLE (1ULL << 11)
#define APIC_BASE_ADDR_MASK 0xfffff000ULL
#define CPUID_1_ECX_X2APIC (1U << 21)
#define XAPIC_ID_SHIFT 24 /* the ID register and the ICR's destination: bits 31:24 */
#define APIC_SVR_ENABLE (1U << 8)
#define APIC_SPURIOUS_VECTOR 0xff
#define APIC_ICR_SEND_SPINS 1000000

/* The interrupt command register, as x2APIC writes it in one go (xAPIC: two halves). */
union apic_icr {
	struct {
		u64 vector : 8;
		u64 delivery_mode : 3;
		u64 dest_logical : 1;
		u64 send_pending : 1; /* xAPIC's delivery status */
		u64 reserved0 : 1;
		u64 level_assert : 1;
		u64 trigger_level : 1;
		u64 reserved1 : 2;
		u64 shorthand : 2;
		u64 reserved2 : 12;
		u64 dest : 32; /* x2APIC: the id; xAPIC: the id in bits 31:24 */
	};
	struct {
		u32 low, high;
	};
	u64 raw;
};

_Static_assert(sizeof(union apic_icr) == 8, "ICR");

bool pc_x2apic;
volatile u32 *pc_xapic;

/* This CPU's APIC in the mode the boot CPU chose, software-enabled. */
static void pc_apic_enable(void)
{
	u64 base = native_read_msr(MSR_IA32_APIC_BASE) | APIC_BASE_ENABLE;

	if (pc_x2apic)
		base |= APIC_BASE_X2APIC_ENABLE;
	native_write_msr(MSR_IA32_APIC_BASE, base);
	lapic_write(APIC_REG_SVR, lapic_read(APIC_REG_SVR) | APIC_SVR_ENABLE | APIC_SPURIOUS_VECTOR);
}

u32 pc_apic_id(void)
{
	u32 id = lapic_read(APIC_REG_ID);

	return pc_x2apic ? id : id >> XAPIC_ID_SHIFT;
}

void pc_apic_init(void)
{
	u32 eax = 1, ebx, ecx = 0, edx;
	u64 phys;

	native_cpuid(&eax, &ebx, &ecx, &edx);
	pc_x2apic = ecx & CPUID_1_ECX_X2APIC;
	if (!pc_x2apic) {
		phys = native_read_msr(MSR_IA32_APIC_BASE) & APIC_BASE_ADDR_MASK;
		pc_xapic = pc_map_mmio(phys);
		if (!pc_xapic)
			panic("pc: cannot map the local APIC's page at %#llx",
			      (unsigned long long)phys);
	}
	pc_apic_enable();
	pr_info("local APIC in %s mode, boot CPU APIC id %u\n", pc_x2apic ? "x2APIC" : "xAPIC",
		pc_apic_id());
}

void pc_apic_init_ap(void)
{
	pc_apic_enable();
}

void pc_apic_eoi(void)
{
	lapic_write(APIC_REG_EOI, 0);
}

void pc_apic_send(u32 apic_id, unsigned int delivery_mode, unsigned int vector)
{
	union apic_icr icr = { .vector = vector, .delivery_mode = delivery_mode,
			       .level_assert = 1 };
	unsigned int spins;

	if (pc_x2apic) {
		icr.dest = apic_id;
		__asm__ __volatile__("mfence" : : : "memory");
		native_write_msr(X2APIC_MSR_BASE + (APIC_REG_ICR_LOW >> 4), icr.raw);
		return;
	}
	icr.dest = apic_id << XAPIC_ID_SHIFT;
	lapic_write(APIC_REG_ICR_HIGH, icr.high);
	lapic_write(APIC_REG_ICR_LOW, icr.low);
	for (spins = 0; spins < APIC_ICR_SEND_SPINS; spins++) {
		icr.low = lapic_read(APIC_REG_ICR_LOW);
		if (!icr.send_pending)
			return;
		__builtin_ia32_pause();
	}
	panic("pc: the local APIC did not send an IPI (vector %#x, mode %u) to APIC id %u",
	      vector, delivery_mode, apic_id);
}
