// SPDX-License-Identifier: GPL-2.0
/*
 * What each pv_ops slot is called and what its targets may clobber.
 *
 * The record of a call site carries only a slot index; this table turns it
 * into a name for reports and into the contract the patcher checks a direct
 * call against: a plain C target may clobber every caller-saved register, a
 * callee-save slot's target only %rax. A required slot (REQ) is one the
 * generic kernel calls unconditionally today, so every backend must fill
 * it; optional ones (OPT) serve features a backend may not offer yet, and
 * a call through an empty one traps at its site. Entries are keyed by PVOP_SLOT() of
 * the member, so reordering struct pv_ops cannot misname a slot, and
 * pvops_slot_info() answers NULL for an index with no entry, which the
 * patcher treats as an unknown slot.
 */
#include <pvops/patch.h>
#include <pvops/pv_ops.h>

#define SLOT(member, clobbers, returns, is_required)                                               \
	[PVOP_SLOT(member)] = { .name = #member, .target_clobbers = clobbers,                      \
				.returns_value = returns, .required = is_required }
#define REQ true
#define OPT false
#define C_VOID(member, req) SLOT(member, CLBR_CALLER_SAVED, false, req)
#define C_RET(member, req) SLOT(member, CLBR_CALLER_SAVED, true, req)
#define CALLEE_VOID(member, req) SLOT(member, CLBR_RET_REG, false, req)
#define CALLEE_RET(member, req) SLOT(member, CLBR_RET_REG, true, req)

const struct pvop_slot_info pvop_slots[PVOP_NR_SLOTS] = {
	C_VOID(cpu.cpuid, REQ),
	C_RET(cpu.read_cr0, OPT),
	C_VOID(cpu.write_cr0, OPT),
	C_RET(cpu.read_cr4, OPT),
	C_VOID(cpu.write_cr4, OPT),
	C_VOID(cpu.load_gdt, REQ),
	C_VOID(cpu.load_idt, REQ),
	C_VOID(cpu.load_tr, REQ),
	C_VOID(cpu.write_gdt_entry, REQ),
	C_VOID(cpu.write_idt_entry, REQ),
	C_VOID(cpu.load_sp0, REQ),
	C_RET(cpu.read_msr, OPT),
	C_VOID(cpu.write_msr, OPT),
	C_VOID(cpu.wbinvd, OPT),
	SLOT(cpu.iret, CLBR_NONE, false, true),
	CALLEE_RET(irq.save_fl, REQ),
	CALLEE_VOID(irq.restore_fl, REQ),
	CALLEE_VOID(irq.irq_disable, REQ),
	CALLEE_VOID(irq.irq_enable, REQ),
	C_VOID(irq.safe_halt, REQ),
	C_VOID(irq.halt, REQ),
	C_RET(mmu.read_cr2, REQ),
	C_RET(mmu.read_cr3, REQ),
	C_VOID(mmu.write_cr3, OPT),
	C_VOID(mmu.flush_tlb_user, REQ),
	C_VOID(mmu.flush_tlb_kernel, REQ),
	C_VOID(mmu.flush_tlb_one_user, REQ),
	C_RET(mmu.set_pte, OPT),
	C_RET(mmu.set_pmd, OPT),
	C_RET(mmu.set_pud, OPT),
	C_RET(mmu.set_p4d, OPT),
	C_RET(mmu.make_pte, OPT),
	C_RET(mmu.pte_val, OPT),
	C_VOID(mmu.alloc_pte, OPT),
	C_VOID(mmu.alloc_pmd, OPT),
	C_VOID(mmu.alloc_pud, OPT),
	C_VOID(mmu.alloc_pgd, OPT),
	C_VOID(mmu.release_pte, OPT),
	C_VOID(mmu.release_pmd, OPT),
	C_VOID(mmu.release_pud, OPT),
	C_VOID(mmu.release_pgd, OPT),
	C_VOID(mmu.activate_mm, OPT),
	C_VOID(mmu.exit_mmap, OPT),
	C_VOID(mmu.lazy_mode.enter, OPT),
	C_RET(mmu.lazy_mode.leave, OPT),
	C_VOID(mmu.lazy_mode.flush, OPT),
	C_RET(time.sched_clock, REQ),
	C_RET(time.clock_khz, REQ),
	C_VOID(time.set_timer, REQ),
};

const struct pvop_slot_info *pvops_slot_info(unsigned int slot)
{
	if (slot >= PVOP_NR_SLOTS || !pvop_slots[slot].name)
		return NULL;
	return &pvop_slots[slot];
}

const char *pvops_missing_slot(const struct pv_ops *ops)
{
	const void *const *table = (const void *const *)ops;
	unsigned int slot;

	for (slot = 0; slot < PVOP_NR_SLOTS; slot++)
		if (pvop_slots[slot].required && !table[slot])
			return pvop_slots[slot].name;
	return NULL;
}
