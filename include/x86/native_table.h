/* SPDX-License-Identifier: GPL-2.0 */
/*
 * A pv_ops table of real instructions, for every backend that runs in ring 0.
 *
 * Bare hardware and a PVH container both execute the privileged
 * instructions themselves: a real interrupt flag, native page tables,
 * the CPU's descriptor tables. Such a backend's cpu, irq and mmu slots are
 * then the same list, so it is written once here. X86_NATIVE_INSN_* are
 * the instructions of every op that fits a 6-byte site; a template record
 * names its backend, so each backend declares its own copy of them from
 * the list in include/x86/native_templates.h, and X86_NATIVE_PV_OPS(prefix),
 * the designated initialisers of the three groups, points the templated
 * slots at prefix_<op> and the others at include/x86/insns.h. What differs
 * between such backends (the clock, the timer, the user group's swapgs
 * template by name) stays in the backend's table. Only backends include
 * this, never generic code, like insns.h itself.
 */
#ifndef X86_NATIVE_TABLE_H
#define X86_NATIVE_TABLE_H

#include <pvops/pv_ops.h>
#include <x86/insns.h>

/*
 * Every op whose instructions fit the 6 bytes of a plain site, for the
 * backend's templates (why the others cannot: bench/baseline-limits.txt).
 * They touch nothing but %rax and the flags, which is why the irq ones can
 * sit in callee-save slots without a thunk.
 */
#define X86_NATIVE_INSN_IRQ_DISABLE "cli"
#define X86_NATIVE_INSN_IRQ_ENABLE "sti"
#define X86_NATIVE_INSN_SAVE_FL "pushfq; popq %rax"
#define X86_NATIVE_INSN_RESTORE_FL "pushq %rdi; popfq"
#define X86_NATIVE_INSN_SAFE_HALT "sti; hlt"
#define X86_NATIVE_INSN_HALT "hlt"
#define X86_NATIVE_INSN_READ_CR0 "mov %cr0, %rax"
#define X86_NATIVE_INSN_WRITE_CR0 "mov %rdi, %cr0"
#define X86_NATIVE_INSN_READ_CR2 "mov %cr2, %rax"
#define X86_NATIVE_INSN_READ_CR3 "mov %cr3, %rax"
#define X86_NATIVE_INSN_WRITE_CR3 "mov %rdi, %cr3"
#define X86_NATIVE_INSN_READ_CR4 "mov %cr4, %rax"
#define X86_NATIVE_INSN_WRITE_CR4 "mov %rdi, %cr4"
#define X86_NATIVE_INSN_LOAD_GDT "lgdt (%rdi)"
#define X86_NATIVE_INSN_LOAD_IDT "lidt (%rdi)"
#define X86_NATIVE_INSN_LOAD_TR "ltr %di"
#define X86_NATIVE_INSN_WBINVD "wbinvd"
/* Reloading CR3 drops every non-global translation: exactly the 6 bytes of a site. */
#define X86_NATIVE_INSN_FLUSH_TLB_USER "mov %cr3, %rax; mov %rax, %cr3"
#define X86_NATIVE_INSN_FLUSH_TLB_ONE_USER "invlpg (%rdi)"
/*
 * One store, and 0 for "accepted" (the slot returns a refusal); the 64-bit
 * xor fills the site's 6 bytes, so no padding instruction follows.
 */
#define X86_NATIVE_INSN_SET_PTE "mov %rsi, (%rdi); xor %rax, %rax"
#define X86_NATIVE_INSN_SET_PMD X86_NATIVE_INSN_SET_PTE
#define X86_NATIVE_INSN_SET_PUD X86_NATIVE_INSN_SET_PTE
#define X86_NATIVE_INSN_SET_P4D X86_NATIVE_INSN_SET_PTE
#define X86_NATIVE_INSN_IRET "iretq"
#define X86_NATIVE_INSN_SWAPGS "swapgs"
/* Nothing is deferred in ring 0, so leaving a lazy mode answers 0: nothing failed late. */
#define X86_NATIVE_INSN_LAZY_MODE_LEAVE "xor %eax, %eax"

#define X86_NATIVE_RAW(fn) ((void *)(fn))
#define X86_NATIVE_CALLEE_SAVE(fn) ((struct pv_callee_save){ .func = X86_NATIVE_RAW(fn) })

/*
 * .cpu, .irq and .mmu of a ring-0 table over the templates of prefix
 * (every slot of include/x86/native_templates.h, bar user.swapgs).
 */
#define X86_NATIVE_PV_OPS(prefix) X86_RING0_PV_OPS(prefix, prefix, native_flush_tlb_kernel)

/*
 * The same, with the CR0/CR4 slots at cr_prefix_<op> and the global flush
 * at flush_kernel: for a backend that keeps shadows of CR0 and CR4
 * (X86_NATIVE_CR_SHADOWED), whose flush reads the shadow.
 */
#define X86_RING0_PV_OPS(prefix, cr_prefix, flush_kernel)                                          \
	.cpu = {                                                                                   \
		.cpuid = native_cpuid,                                                             \
		.read_cr0 = X86_NATIVE_RAW(cr_prefix##_read_cr0),                                  \
		.write_cr0 = X86_NATIVE_RAW(cr_prefix##_write_cr0),                                \
		.read_cr4 = X86_NATIVE_RAW(cr_prefix##_read_cr4),                                  \
		.write_cr4 = X86_NATIVE_RAW(cr_prefix##_write_cr4),                                \
		.load_gdt = X86_NATIVE_RAW(prefix##_load_gdt),                                     \
		.load_idt = X86_NATIVE_RAW(prefix##_load_idt),                                     \
		.load_tr = X86_NATIVE_RAW(prefix##_load_tr),                                       \
		.write_gdt_entry = native_write_gdt_entry,                                         \
		.write_idt_entry = native_write_idt_entry,                                         \
		.load_sp0 = native_load_sp0,                                                       \
		.read_msr = native_read_msr,                                                       \
		.write_msr = native_write_msr,                                                     \
		.wbinvd = X86_NATIVE_RAW(prefix##_wbinvd),                                         \
		.iret = X86_NATIVE_RAW(prefix##_iret),                                             \
	},                                                                                         \
	.irq = {                                                                                   \
		.save_fl = X86_NATIVE_CALLEE_SAVE(prefix##_save_fl),                               \
		.restore_fl = X86_NATIVE_CALLEE_SAVE(prefix##_restore_fl),                         \
		.irq_disable = X86_NATIVE_CALLEE_SAVE(prefix##_irq_disable),                       \
		.irq_enable = X86_NATIVE_CALLEE_SAVE(prefix##_irq_enable),                         \
		.safe_halt = X86_NATIVE_RAW(prefix##_safe_halt),                                   \
		.halt = X86_NATIVE_RAW(prefix##_halt),                                             \
	},                                                                                         \
	.mmu = {                                                                                   \
		.read_cr2 = X86_NATIVE_RAW(prefix##_read_cr2),                                     \
		.read_cr3 = X86_NATIVE_RAW(prefix##_read_cr3),                                     \
		.write_cr3 = X86_NATIVE_RAW(prefix##_write_cr3),                                   \
		.flush_tlb_user = X86_NATIVE_RAW(prefix##_flush_tlb_user),                         \
		.flush_tlb_kernel = flush_kernel,                                                  \
		.flush_tlb_one_user = X86_NATIVE_RAW(prefix##_flush_tlb_one_user),                 \
		.set_pte = X86_NATIVE_RAW(prefix##_set_pte),                                       \
		.set_pmd = X86_NATIVE_RAW(prefix##_set_pmd),                                       \
		.set_pud = X86_NATIVE_RAW(prefix##_set_pud),                                       \
		.set_p4d = X86_NATIVE_RAW(prefix##_set_p4d),                                       \
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
			.leave = X86_NATIVE_RAW(prefix##_leave_lazy),                              \
			.flush = pvops_nop,                                                        \
		},                                                                                 \
	}

#endif
