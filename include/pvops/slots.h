/* SPDX-License-Identifier: GPL-2.0 */
/*
 * The list of pv_ops slots: one line per member of struct pv_ops, naming
 * its calling convention and its contract.
 *
 * Three consumers need every slot and must not drift apart: the slot
 * table of pvops/core/slots.c (names for reports, what a target may
 * clobber, which slots every backend must fill), kernel/asm-offsets.c
 * (a PVOP_SLOT_<NAME> index for assembly and for inline templates) and
 * tools/patchcheck, which links slots.c. So the list is written once and
 * each of them includes it with its own PVOP_SLOT_ENTRY(), as Linux does
 * with asm/kvm-x86-ops.h; there is no include guard on purpose, and
 * slots.c asserts that the list is as long as struct pv_ops.
 *
 * The contract is a fact about the generic kernel, not a wish: a slot is
 * REQ exactly when code in kernel/ has a call site for it (benchmarks and
 * suites are not the kernel, core owns the table). `patchcheck required`
 * recomputes that set from every image the build links and fails the
 * build, naming the slot, when this list says otherwise.
 *
 * PVOP_SLOT_ENTRY(member, kind, contract). kind: C_VOID, C_RET (a plain C
 * target), CALLEE_VOID, CALLEE_RET (a callee-save target: clobbers %rax at
 * most), JUMP (jumped to, clobbers nothing). contract: REQ or OPT.
 */
PVOP_SLOT_ENTRY(cpu.cpuid, C_VOID, REQ)
PVOP_SLOT_ENTRY(cpu.read_cr0, C_RET, OPT)
PVOP_SLOT_ENTRY(cpu.write_cr0, C_VOID, OPT)
PVOP_SLOT_ENTRY(cpu.read_cr4, C_RET, OPT)
PVOP_SLOT_ENTRY(cpu.write_cr4, C_VOID, OPT)
PVOP_SLOT_ENTRY(cpu.load_gdt, C_VOID, REQ)
PVOP_SLOT_ENTRY(cpu.load_idt, C_VOID, REQ)
PVOP_SLOT_ENTRY(cpu.load_tr, C_VOID, REQ)
PVOP_SLOT_ENTRY(cpu.write_gdt_entry, C_VOID, REQ)
PVOP_SLOT_ENTRY(cpu.write_idt_entry, C_VOID, REQ)
PVOP_SLOT_ENTRY(cpu.load_sp0, C_VOID, REQ)
PVOP_SLOT_ENTRY(cpu.read_msr, C_RET, OPT)
PVOP_SLOT_ENTRY(cpu.write_msr, C_VOID, OPT)
PVOP_SLOT_ENTRY(cpu.wbinvd, C_VOID, OPT)
PVOP_SLOT_ENTRY(cpu.iret, JUMP, REQ)
PVOP_SLOT_ENTRY(irq.save_fl, CALLEE_RET, REQ)
PVOP_SLOT_ENTRY(irq.restore_fl, CALLEE_VOID, REQ)
PVOP_SLOT_ENTRY(irq.irq_disable, CALLEE_VOID, REQ)
PVOP_SLOT_ENTRY(irq.irq_enable, CALLEE_VOID, REQ)
PVOP_SLOT_ENTRY(irq.safe_halt, C_VOID, REQ)
PVOP_SLOT_ENTRY(irq.halt, C_VOID, OPT)
PVOP_SLOT_ENTRY(mmu.read_cr2, C_RET, REQ)
PVOP_SLOT_ENTRY(mmu.read_cr3, C_RET, REQ)
PVOP_SLOT_ENTRY(mmu.write_cr3, C_VOID, REQ)
PVOP_SLOT_ENTRY(mmu.flush_tlb_user, C_VOID, REQ)
PVOP_SLOT_ENTRY(mmu.flush_tlb_kernel, C_VOID, OPT)
PVOP_SLOT_ENTRY(mmu.flush_tlb_one_user, C_VOID, REQ)
PVOP_SLOT_ENTRY(mmu.set_pte, C_RET, REQ)
PVOP_SLOT_ENTRY(mmu.set_pmd, C_RET, REQ)
PVOP_SLOT_ENTRY(mmu.set_pud, C_RET, REQ)
PVOP_SLOT_ENTRY(mmu.set_p4d, C_RET, REQ)
PVOP_SLOT_ENTRY(mmu.make_pte, C_RET, REQ)
PVOP_SLOT_ENTRY(mmu.pte_val, C_RET, REQ)
PVOP_SLOT_ENTRY(mmu.alloc_pte, C_VOID, REQ)
PVOP_SLOT_ENTRY(mmu.alloc_pmd, C_VOID, REQ)
PVOP_SLOT_ENTRY(mmu.alloc_pud, C_VOID, REQ)
PVOP_SLOT_ENTRY(mmu.alloc_pgd, C_VOID, REQ)
PVOP_SLOT_ENTRY(mmu.release_pte, C_VOID, REQ)
PVOP_SLOT_ENTRY(mmu.release_pmd, C_VOID, REQ)
PVOP_SLOT_ENTRY(mmu.release_pud, C_VOID, REQ)
PVOP_SLOT_ENTRY(mmu.release_pgd, C_VOID, REQ)
PVOP_SLOT_ENTRY(mmu.activate_mm, C_VOID, REQ)
PVOP_SLOT_ENTRY(mmu.exit_mmap, C_VOID, REQ)
PVOP_SLOT_ENTRY(mmu.lazy_mode.enter, C_VOID, REQ)
PVOP_SLOT_ENTRY(mmu.lazy_mode.leave, C_RET, REQ)
PVOP_SLOT_ENTRY(mmu.lazy_mode.flush, C_VOID, OPT)
PVOP_SLOT_ENTRY(time.sched_clock, C_RET, REQ)
PVOP_SLOT_ENTRY(time.clock_khz, C_RET, OPT)
PVOP_SLOT_ENTRY(time.set_timer, C_VOID, REQ)
PVOP_SLOT_ENTRY(time.steal_clock, C_RET, OPT)
PVOP_SLOT_ENTRY(user.syscall_init, C_VOID, REQ)
PVOP_SLOT_ENTRY(user.swapgs, C_VOID, REQ)
PVOP_SLOT_ENTRY(user.sysret, JUMP, REQ)
PVOP_SLOT_ENTRY(user.load_fs_base, C_VOID, REQ)
PVOP_SLOT_ENTRY(user.load_gs_base_user, C_VOID, REQ)
PVOP_SLOT_ENTRY(user.enable_fpu, C_RET, REQ)
PVOP_SLOT_ENTRY(lock.unlock, CALLEE_VOID, REQ)
PVOP_SLOT_ENTRY(lock.wait, C_VOID, REQ)
PVOP_SLOT_ENTRY(lock.kick, C_VOID, OPT)
PVOP_SLOT_ENTRY(lock.vcpu_is_preempted, C_RET, REQ)
PVOP_SLOT_ENTRY(smp.load_percpu_base, C_VOID, REQ)
PVOP_SLOT_ENTRY(smp.send_ipi, C_VOID, REQ)
PVOP_SLOT_ENTRY(smp.send_ipi_mask, C_VOID, REQ)
PVOP_SLOT_ENTRY(smp.start_cpu, C_RET, REQ)
PVOP_SLOT_ENTRY(smp.flush_tlb_multi, C_VOID, REQ)
