// SPDX-License-Identifier: GPL-2.0
/*
 * What each pv_ops slot is called and what its targets may clobber.
 *
 * The record of a call site carries only a slot index; this table turns it
 * into a name for reports and into the contract the patcher checks a direct
 * call against: a plain C target may clobber every caller-saved register, a
 * callee-save slot's target only %rax. Entries are keyed by PVOP_SLOT() of
 * the member, so reordering struct pv_ops cannot misname a slot, and
 * pvops_slot_info() answers NULL for an index with no entry, which the
 * patcher treats as an unknown slot.
 */
#include <pvops/patch.h>
#include <pvops/pv_ops.h>

#define SLOT(member, clobbers, returns)                                                            \
	[PVOP_SLOT(member)] = { .name = #member, .target_clobbers = clobbers,                      \
				.returns_value = returns }
#define C_VOID(member) SLOT(member, CLBR_CALLER_SAVED, false)
#define C_RET(member) SLOT(member, CLBR_CALLER_SAVED, true)
#define CALLEE_VOID(member) SLOT(member, CLBR_RET_REG, false)
#define CALLEE_RET(member) SLOT(member, CLBR_RET_REG, true)

const struct pvop_slot_info pvop_slots[PVOP_NR_SLOTS] = {
	C_VOID(cpu.cpuid),
	C_RET(cpu.read_cr0),
	C_VOID(cpu.write_cr0),
	C_RET(cpu.read_cr4),
	C_VOID(cpu.write_cr4),
	C_VOID(cpu.load_gdt),
	C_VOID(cpu.load_idt),
	C_VOID(cpu.load_tr),
	C_VOID(cpu.write_gdt_entry),
	C_VOID(cpu.write_idt_entry),
	C_VOID(cpu.load_sp0),
	C_RET(cpu.read_msr),
	C_VOID(cpu.write_msr),
	C_VOID(cpu.wbinvd),
	SLOT(cpu.iret, CLBR_NONE, false),
	CALLEE_RET(irq.save_fl),
	CALLEE_VOID(irq.restore_fl),
	CALLEE_VOID(irq.irq_disable),
	CALLEE_VOID(irq.irq_enable),
	C_VOID(irq.safe_halt),
	C_VOID(irq.halt),
	C_RET(mmu.read_cr2),
	C_RET(mmu.read_cr3),
	C_VOID(mmu.write_cr3),
	C_VOID(mmu.flush_tlb_user),
	C_VOID(mmu.flush_tlb_kernel),
	C_VOID(mmu.flush_tlb_one_user),
	C_VOID(mmu.set_pte),
	C_VOID(mmu.set_pmd),
	C_VOID(mmu.set_pud),
	C_VOID(mmu.set_p4d),
	C_RET(mmu.make_pte),
	C_RET(mmu.pte_val),
	C_VOID(mmu.alloc_pte),
	C_VOID(mmu.alloc_pmd),
	C_VOID(mmu.alloc_pud),
	C_VOID(mmu.release_pte),
	C_VOID(mmu.release_pmd),
	C_VOID(mmu.release_pud),
	C_VOID(mmu.activate_mm),
	C_VOID(mmu.exit_mmap),
	C_VOID(mmu.lazy_mode.enter),
	C_VOID(mmu.lazy_mode.leave),
	C_VOID(mmu.lazy_mode.flush),
	C_RET(time.sched_clock),
	C_RET(time.clock_khz),
	C_VOID(time.set_timer),
};

const struct pvop_slot_info *pvops_slot_info(unsigned int slot)
{
	if (slot >= PVOP_NR_SLOTS || !pvop_slots[slot].name)
		return NULL;
	return &pvop_slots[slot];
}
