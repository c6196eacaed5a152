/* SPDX-License-Identifier: GPL-2.0 */
/*
 * A pv_ops table of real instructions, for every backend that runs in ring 0.
 *
 * Bare hardware and a PVH container both execute the privileged
 * instructions themselves: a real interrupt flag, native page tables,
 * the CPU's descriptor tables. Such a backend's cpu, irq and mmu slots are
 * then the same list, so it is written once here: X86_NATIVE_PV_OPS(),
 * the designated initialisers of the three groups, pointing at the
 * backend's own templates of the hot ones (prefix##_irq_disable and so
 * on: a template record names its backend, so each backend declares its
 * copy, the instructions of X86_NATIVE_INSN_*) and at include/x86/insns.h. What differs between such backends (the clock, the timer,
 * what a lazy-mode leave answers) stays in the backend's table. Only
 * backends include this, never generic code, like insns.h itself.
 */
#ifndef X86_NATIVE_TABLE_H
#define X86_NATIVE_TABLE_H

#include <pvops/pv_ops.h>
#include <x86/insns.h>

/* The hot ops' instructions, for the backend's PVOP_TEMPLATE()s. */
#define X86_NATIVE_INSN_IRQ_DISABLE "cli"
#define X86_NATIVE_INSN_IRQ_ENABLE "sti"
#define X86_NATIVE_INSN_SAVE_FL "pushfq; popq %rax"
#define X86_NATIVE_INSN_RESTORE_FL "pushq %rdi; popfq"
#define X86_NATIVE_INSN_READ_CR2 "mov %cr2, %rax"
#define X86_NATIVE_INSN_READ_CR3 "mov %cr3, %rax"
#define X86_NATIVE_INSN_WRITE_CR3 "mov %rdi, %cr3"
#define X86_NATIVE_INSN_IRET "iretq"
#define X86_NATIVE_INSN_SWAPGS "swapgs"

#define X86_NATIVE_RAW(fn) ((void *)(fn))
#define X86_NATIVE_CALLEE_SAVE(fn) ((struct pv_callee_save){ .func = X86_NATIVE_RAW(fn) })

/*
 * .cpu, .irq and .mmu of a ring-0 table over the templates of prefix;
 * leave_lazy answers mmu.lazy_mode.leave (nothing deferred: 0).
 */
#define X86_NATIVE_PV_OPS(prefix, leave_lazy)                                                      \
	.cpu = {                                                                                   \
		.cpuid = native_cpuid,                                                             \
		.read_cr0 = native_read_cr0,                                                       \
		.write_cr0 = native_write_cr0,                                                     \
		.read_cr4 = native_read_cr4,                                                       \
		.write_cr4 = native_write_cr4,                                                     \
		.load_gdt = native_load_gdt,                                                       \
		.load_idt = native_load_idt,                                                       \
		.load_tr = native_load_tr,                                                         \
		.write_gdt_entry = native_write_gdt_entry,                                         \
		.write_idt_entry = native_write_idt_entry,                                         \
		.load_sp0 = native_load_sp0,                                                       \
		.read_msr = native_read_msr,                                                       \
		.write_msr = native_write_msr,                                                     \
		.wbinvd = native_wbinvd,                                                           \
		.iret = X86_NATIVE_RAW(prefix##_iret),                                             \
	},                                                                                         \
	.irq = {                                                                                   \
		.save_fl = X86_NATIVE_CALLEE_SAVE(prefix##_save_fl),                               \
		.restore_fl = X86_NATIVE_CALLEE_SAVE(prefix##_restore_fl),                         \
		.irq_disable = X86_NATIVE_CALLEE_SAVE(prefix##_irq_disable),                       \
		.irq_enable = X86_NATIVE_CALLEE_SAVE(prefix##_irq_enable),                         \
		.safe_halt = native_safe_halt,                                                     \
		.halt = native_halt,                                                               \
	},                                                                                         \
	.mmu = {                                                                                   \
		.read_cr2 = X86_NATIVE_RAW(prefix##_read_cr2),                                     \
		.read_cr3 = X86_NATIVE_RAW(prefix##_read_cr3),                                     \
		.write_cr3 = X86_NATIVE_RAW(prefix##_write_cr3),                                   \
		.flush_tlb_user = native_flush_tlb_user,                                           \
		.flush_tlb_kernel = native_flush_tlb_kernel,                                       \
		.flush_tlb_one_user = native_flush_tlb_one_user,                                   \
		.set_pte = native_set_pte,                                                         \
		.set_pmd = (void *)native_set_pte,                                                 \
		.set_pud = (void *)native_set_pte,                                                 \
		.set_p4d = (void *)native_set_pte,                                                 \
		.make_pte = pvops_ident,                                                           \
		.pte_val = pvops_ident,                                                            \
		.alloc_pte = (void *)pvops_nop,                                                    \
		.alloc_pmd = (void *)pvops_nop,                                                    \
		.alloc_pud = (void *)pvops_nop,                                                    \
		.alloc_pgd = (void *)pvops_nop,                                                    \
		.release_pte = (void *)pvops_nop,                                                  \
		.release_pmd = (void *)pvops_nop,                                                  \
		.release_pud = (void *)pvops_nop,                                                  \
		.release_pgd = (void *)pvops_nop,                                                  \
		.activate_mm = (void *)pvops_nop,                                                  \
		.exit_mmap = (void *)pvops_nop,                                                    \
		.lazy_mode = {                                                                     \
			.enter = (void *)pvops_nop,                                                \
			.leave = leave_lazy,                                                       \
			.flush = pvops_nop,                                                        \
		},                                                                                 \
	}

#endif
