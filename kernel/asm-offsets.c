// SPDX-License-Identifier: GPL-2.0
/*
 * Constants that assembly needs but only C can compute: the index of every
 * pv_ops slot (offsetof() of the table's members), for PVOP_ASM_SITE and
 * for the records of inline templates (include/pvops/template.h). This
 * file is compiled to assembly only; the Makefile turns each "->NAME value"
 * marker into a #define in include/generated/asm-offsets.h, as Linux does.
 * The slots come from the one list of include/pvops/slots.h, so a new slot
 * gets its index without an edit here: "->slot:irq.save_fl 15" becomes
 * PVOP_SLOT_SAVE_FL (the member without its group, dots as underscores,
 * upper case: mmu.lazy_mode.enter is PVOP_SLOT_LAZY_MODE_ENTER).
 */
#include <kernel/smp.h>
#include <pvops/pv_ops.h>

#define DEFINE(marker, val) ({ __asm__ __volatile__("\n.ascii \"->" marker " %c0\"" : : "i"(val)); })

void asm_offsets(void);
void asm_offsets(void)
{
#define PVOP_SLOT_ENTRY(member, kind, contract) DEFINE("slot:" #member, PVOP_SLOT(member)),
	(void)(
#include <pvops/slots.h>
		0);
#undef PVOP_SLOT_ENTRY
	/* The syscall entry's words of the per-CPU area (pvops/platform/x86-user/syscall.S). */
	DEFINE("const:PERCPU_ENTRY_SCRATCH", offsetof(struct percpu, entry_scratch));
	DEFINE("const:PERCPU_TSS_SP0", offsetof(struct percpu, tss.sp0));
}
