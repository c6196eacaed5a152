// SPDX-License-Identifier: GPL-2.0
/*
 * Slot numbers for the patchcheck fixture (tests/tools/fixture.S), computed
 * from struct pv_ops the way kernel/asm-offsets.c computes the kernel's, so
 * the fixture names slots by member and stays right when the table grows.
 * Compiled to assembly only; the Makefile turns each "->NAME value" marker
 * into a #define in include/generated/fixture-offsets.h.
 */
#include <pvops/pv_ops.h>

#define DEFINE(sym, val)  ({ __asm__ __volatile__("\n.ascii \"->" #sym " %c0\"" : : "i"(val)); })
#define SLOT(sym, member) DEFINE(FIXTURE_SLOT_##sym, PVOP_SLOT(member))

void fixture_offsets(void);
void fixture_offsets(void)
{
	SLOT(CPUID, cpu.cpuid);
	SLOT(READ_CR0, cpu.read_cr0);
	SLOT(SAVE_FL, irq.save_fl);
	SLOT(IRQ_DISABLE, irq.irq_disable);
	SLOT(READ_CR2, mmu.read_cr2);
	SLOT(MAKE_PTE, mmu.make_pte);
	SLOT(ALLOC_PTE, mmu.alloc_pte);
	SLOT(SCHED_CLOCK, time.sched_clock);
}
