// SPDX-License-Identifier: GPL-2.0
/*
 * Constants that assembly needs but only C can compute: pv_ops slot
 * indexes (offsetof() of the table's members) for PVOP_ASM_SITE. This file
 * is compiled to assembly only; the Makefile turns each "->NAME value"
 * marker into a #define in include/generated/asm-offsets.h, as Linux does.
 */
#include <pvops/pv_ops.h>

#define DEFINE(sym, val) ({ __asm__ __volatile__("\n.ascii \"->" #sym " %c0\"" : : "i"(val)); })
#define SLOT(sym, member) DEFINE(PVOP_SLOT_##sym, PVOP_SLOT(member))

void asm_offsets(void);
void asm_offsets(void)
{
	SLOT(SAVE_FL, irq.save_fl);
	SLOT(RESTORE_FL, irq.restore_fl);
	SLOT(IRQ_DISABLE, irq.irq_disable);
	SLOT(IRQ_ENABLE, irq.irq_enable);
	SLOT(READ_CR2, mmu.read_cr2);
	SLOT(IRET, cpu.iret);
	SLOT(SCHED_CLOCK, time.sched_clock);
}
