/* SPDX-License-Identifier: GPL-2.0 */
/*
 * The list of pv_ops slots: one line per member of struct pv_ops, naming
 * its calling convention and its contract.
 *
 * Three consumers need every slot and must not drift apart: the slot
 * table of pvops/core/slots.c (names for reports, what a target may
 * clobber, which slots every backend must fill), kernel/asm-offsets.c
 * (a PVOP_SLOT_<NAME> index for assembly and for inline templates) and
 * tools/patchcheck, which links slots.c. So the list is written once, as
 * an X-macro each of them expands, and slots.c asserts that it has as
 * many lines as struct pv_ops has slots.
 *
 * The contract is a fact about the generic kernel, not a wish: a slot is
 * REQ exactly when code in kernel/ has a call site for it (benchmarks and
 * suites are not the kernel, core owns the table). `patchcheck required`
 * recomputes that set from every image the build links and fails the
 * build, naming the slot, when this list says otherwise.
 */
#ifndef PVOPS_SLOTS_H
#define PVOPS_SLOTS_H

/*
 * X(member, kind, contract). kind: C_VOID, C_RET (a plain C target),
 * CALLEE_VOID, CALLEE_RET (a callee-save target: clobbers %rax at most),
 * JUMP (jumped to, clobbers nothing). contract: REQ or OPT.
 */
#define PVOP_SLOT_LIST(X)                                                                          \
	X(cpu.cpuid, C_VOID, OPT)                                                                  \
	X(cpu.read_cr0, C_RET, OPT)                                                                \
	X(cpu.write_cr0, C_VOID, OPT)                                                              \
	X(cpu.read_cr4, C_RET, OPT)                                                                \
	X(cpu.write_cr4, C_VOID, OPT)                                                              \
	X(cpu.load_gdt, C_VOID, REQ)                                                               \
	X(cpu.load_idt, C_VOID, REQ)                                                               \
	X(cpu.load_tr, C_VOID, REQ)                                                                \
	X(cpu.write_gdt_entry, C_VOID, REQ)                                                        \
	X(cpu.write_idt_entry, C_VOID, REQ)                                                        \
	X(cpu.load_sp0, C_VOID, REQ)                                                               \
	X(cpu.read_msr, C_RET, OPT)                                                                \
	X(cpu.write_msr, C_VOID, OPT)                                                              \
	X(cpu.wbinvd, C_VOID, OPT)                                                                 \
	X(cpu.iret, JUMP, REQ)                                                                     \
	X(irq.save_fl, CALLEE_RET, REQ)                                                            \
	X(irq.restore_fl, CALLEE_VOID, REQ)                                                        \
	X(irq.irq_disable, CALLEE_VOID, REQ)                                                       \
	X(irq.irq_enable, CALLEE_VOID, OPT)                                                        \
	X(irq.safe_halt, C_VOID, OPT)                                                              \
	X(irq.halt, C_VOID, OPT)                                                                   \
	X(mmu.read_cr2, C_RET, REQ)                                                                \
	X(mmu.read_cr3, C_RET, REQ)                                                                \
	X(mmu.write_cr3, C_VOID, REQ)                                                              \
	X(mmu.flush_tlb_user, C_VOID, OPT)                                                         \
	X(mmu.flush_tlb_kernel, C_VOID, OPT)                                                       \
	X(mmu.flush_tlb_one_user, C_VOID, REQ)                                                     \
	X(mmu.set_pte, C_RET, REQ)                                                                 \
	X(mmu.set_pmd, C_RET, REQ)                                                                 \
	X(mmu.set_pud, C_RET, REQ)                                                                 \
	X(mmu.set_p4d, C_RET, REQ)                                                                 \
	X(mmu.make_pte, C_RET, REQ)                                                                \
	X(mmu.pte_val, C_RET, REQ)                                                                 \
	X(mmu.alloc_pte, C_VOID, REQ)                                                              \
	X(mmu.alloc_pmd, C_VOID, REQ)                                                              \
	X(mmu.alloc_pud, C_VOID, REQ)                                                              \
	X(mmu.alloc_pgd, C_VOID, REQ)                                                              \
	X(mmu.release_pte, C_VOID, REQ)                                                            \
	X(mmu.release_pmd, C_VOID, REQ)                                                            \
	X(mmu.release_pud, C_VOID, REQ)                                                            \
	X(mmu.release_pgd, C_VOID, REQ)                                                            \
	X(mmu.activate_mm, C_VOID, REQ)                                                            \
	X(mmu.exit_mmap, C_VOID, REQ)                                                              \
	X(mmu.lazy_mode.enter, C_VOID, REQ)                                                        \
	X(mmu.lazy_mode.leave, C_RET, REQ)                                                         \
	X(mmu.lazy_mode.flush, C_VOID, OPT)                                                        \
	X(time.sched_clock, C_RET, REQ)                                                            \
	X(time.clock_khz, C_RET, OPT)                                                              \
	X(time.set_timer, C_VOID, REQ)

#endif
