/* SPDX-License-Identifier: GPL-2.0 */
/*
 * The local APIC's registers, for the files of this layer that program it
 * (apic.c: mode, IPIs; apic_timer.c: the timer). Two ways to reach them
 * (Intel SDM vol. 3, 10.4 and 10.12): x2APIC mode, whose registers are
 * MSRs, or the xAPIC's page of MMIO. pc_apic_init() chooses one for every
 * CPU before either file touches a register.
 */
#ifndef PC_LAPIC_H
#define PC_LAPIC_H

#include <kernel/types.h>
#include <x86/insns.h>

#define X2APIC_MSR_BASE 0x800 /* register offset >> 4, from here */

#define APIC_REG_ID	       0x20
#define APIC_REG_EOI	       0xb0
#define APIC_REG_SVR	       0xf0
#define APIC_REG_ICR_LOW       0x300
#define APIC_REG_ICR_HIGH      0x310
#define APIC_REG_LVT_TIMER     0x320
#define APIC_REG_TIMER_INITIAL 0x380
#define APIC_REG_TIMER_CURRENT 0x390
#define APIC_REG_TIMER_DIVIDE  0x3e0

extern bool pc_x2apic;
extern volatile u32 *pc_xapic;

static inline u32 lapic_read(unsigned int reg)
{
	if (pc_x2apic)
		return (u32)native_read_msr(X2APIC_MSR_BASE + (reg >> 4));
	return pc_xapic[reg / sizeof(u32)];
}

static inline void lapic_write(unsigned int reg, u32 value)
{
	if (pc_x2apic)
		native_write_msr(X2APIC_MSR_BASE + (reg >> 4), value);
	else
		pc_xapic[reg / sizeof(u32)] = value;
}

#endif
