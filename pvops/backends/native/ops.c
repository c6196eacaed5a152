// SPDX-License-Identifier: GPL-2.0
/*
 * The native pv_ops table and its inline templates.
 *
 * The ops the patcher inlines are PVOP_TEMPLATEs: one definition gives
 * both the out-of-line function an unpatched site calls and the bytes the
 * patcher copies into a patched one, so the two cannot differ. Every op
 * whose instructions fit the 6 bytes of a plain site is one (the irq ops,
 * the halts, the control-register moves, lgdt/lidt/ltr, wbinvd, the TLB
 * flushes by CR3 reload and invlpg, the page-table stores, the answer of
 * lazy_mode.leave), so a patched site runs the instruction the kernel
 * would run with pv_ops compiled out, plus at most the padding (why the
 * others cannot: bench/baseline-limits.txt). They touch nothing but %rax and
 * the flags, which is why the irq ones can sit in callee-save slots
 * without a thunk. Every other op is the inline instruction from
 * include/x86/insns.h (the clock and timer: the PC layer's TSC and PIT),
 * compiled out of line because its address is taken; slots with nothing to
 * do on bare hardware point at pvops_nop (or pvops_ident), which the
 * patcher turns into padding (or a mov).
 */
#include <pc/pc.h>
#include <pvops/backend.h>
#include <pvops/privileged.h>
#include <pvops/pv_ops.h>
#include <pvops/template.h>
#include <x86/insns.h>
#include <x86/user.h>

#include "native.h"

PVOPS_ALLOW_PRIVILEGED(PVOPS_PRIV_RING0 | PVOPS_PRIV_IRET | PVOPS_PRIV_IO | PVOPS_PRIV_PVFLAGS);

#define NATIVE_TEMPLATE(slot, name, insns, clobbers)                                               \
	PVOP_TEMPLATE("native", slot, native_asm_##name, insns, clobbers)

NATIVE_TEMPLATE(IRQ_DISABLE, irq_disable, "cli", CLBR_NONE);
NATIVE_TEMPLATE(IRQ_ENABLE, irq_enable, "sti", CLBR_NONE);
NATIVE_TEMPLATE(SAVE_FL, save_fl, "pushfq; popq %rax", CLBR_RAX);
NATIVE_TEMPLATE(RESTORE_FL, restore_fl, "pushq %rdi; popfq", CLBR_NONE);
NATIVE_TEMPLATE(SAFE_HALT, safe_halt, "sti; hlt", CLBR_NONE);
NATIVE_TEMPLATE(HALT, halt, "hlt", CLBR_NONE);
NATIVE_TEMPLATE(READ_CR0, read_cr0, "mov %cr0, %rax", CLBR_RAX);
NATIVE_TEMPLATE(WRITE_CR0, write_cr0, "mov %rdi, %cr0", CLBR_NONE);
NATIVE_TEMPLATE(READ_CR2, read_cr2, "mov %cr2, %rax", CLBR_RAX);
NATIVE_TEMPLATE(READ_CR3, read_cr3, "mov %cr3, %rax", CLBR_RAX);
NATIVE_TEMPLATE(WRITE_CR3, write_cr3, "mov %rdi, %cr3", CLBR_NONE);
NATIVE_TEMPLATE(READ_CR4, read_cr4, "mov %cr4, %rax", CLBR_RAX);
NATIVE_TEMPLATE(WRITE_CR4, write_cr4, "mov %rdi, %cr4", CLBR_NONE);
NATIVE_TEMPLATE(LOAD_GDT, load_gdt, "lgdt (%rdi)", CLBR_NONE);
NATIVE_TEMPLATE(LOAD_IDT, load_idt, "lidt (%rdi)", CLBR_NONE);
NATIVE_TEMPLATE(LOAD_TR, load_tr, "ltr %di", CLBR_NONE);
NATIVE_TEMPLATE(WBINVD, wbinvd, "wbinvd", CLBR_NONE);
/* Reloading CR3 drops every non-global translation: exactly the 6 bytes of a site. */
NATIVE_TEMPLATE(FLUSH_TLB_USER, flush_tlb_user, "mov %cr3, %rax; mov %rax, %cr3", CLBR_RAX);
NATIVE_TEMPLATE(FLUSH_TLB_ONE_USER, flush_tlb_one_user, "invlpg (%rdi)", CLBR_NONE);
/*
 * One store, and 0 for "accepted" (the slot returns a refusal); the 64-bit
 * xor fills the site's 6 bytes, so no padding instruction follows.
 */
#define NATIVE_SET_ENTRY "mov %rsi, (%rdi); xor %rax, %rax"
NATIVE_TEMPLATE(SET_PTE, set_pte, NATIVE_SET_ENTRY, CLBR_RAX);
NATIVE_TEMPLATE(SET_PMD, set_pmd, NATIVE_SET_ENTRY, CLBR_RAX);
NATIVE_TEMPLATE(SET_PUD, set_pud, NATIVE_SET_ENTRY, CLBR_RAX);
NATIVE_TEMPLATE(SET_P4D, set_p4d, NATIVE_SET_ENTRY, CLBR_RAX);
NATIVE_TEMPLATE(IRET, iret, "iretq", CLBR_NONE);
NATIVE_TEMPLATE(SWAPGS, swapgs, "swapgs", CLBR_NONE);

/* Nothing is deferred on bare hardware, so leaving a lazy mode answers 0: nothing failed late. */
NATIVE_TEMPLATE(LAZY_MODE_LEAVE, leave_lazy, "xor %eax, %eax", CLBR_RAX);

#define RAW(name) ((void *)native_asm_##name)
#define NATIVE_CALLEE_SAVE(name) ((struct pv_callee_save){ .func = RAW(name) })

const struct pv_ops native_pv_ops = {
	.cpu = {
		.cpuid = native_cpuid,
		.read_cr0 = RAW(read_cr0),
		.write_cr0 = RAW(write_cr0),
		.read_cr4 = RAW(read_cr4),
		.write_cr4 = RAW(write_cr4),
		.load_gdt = RAW(load_gdt),
		.load_idt = RAW(load_idt),
		.load_tr = RAW(load_tr),
		.write_gdt_entry = native_write_gdt_entry,
		.write_idt_entry = native_write_idt_entry,
		.load_sp0 = native_load_sp0,
		.read_msr = native_read_msr,
		.write_msr = native_write_msr,
		.wbinvd = RAW(wbinvd),
		.iret = RAW(iret),
	},
	.irq = {
		.save_fl = NATIVE_CALLEE_SAVE(save_fl),
		.restore_fl = NATIVE_CALLEE_SAVE(restore_fl),
		.irq_disable = NATIVE_CALLEE_SAVE(irq_disable),
		.irq_enable = NATIVE_CALLEE_SAVE(irq_enable),
		.safe_halt = RAW(safe_halt),
		.halt = RAW(halt),
	},
	.mmu = {
		.read_cr2 = RAW(read_cr2),
		.read_cr3 = RAW(read_cr3),
		.write_cr3 = RAW(write_cr3),
		.flush_tlb_user = RAW(flush_tlb_user),
		.flush_tlb_kernel = native_flush_tlb_kernel,
		.flush_tlb_one_user = RAW(flush_tlb_one_user),
		.set_pte = RAW(set_pte),
		.set_pmd = RAW(set_pmd),
		.set_pud = RAW(set_pud),
		.set_p4d = RAW(set_p4d),
		.make_pte = pvops_ident,
		.pte_val = pvops_ident,
		.alloc_pte = (void *)pvops_nop,
		.alloc_pmd = (void *)pvops_nop,
		.alloc_pud = (void *)pvops_nop,
		.alloc_pgd = (void *)pvops_nop,
		.release_pte = (void *)pvops_nop,
		.release_pmd = (void *)pvops_nop,
		.release_pud = (void *)pvops_nop,
		.release_pgd = (void *)pvops_nop,
		.activate_mm = (void *)pvops_nop,
		.exit_mmap = (void *)pvops_nop,
		.lazy_mode = {
			.enter = (void *)pvops_nop,
			.leave = RAW(leave_lazy),
			.flush = pvops_nop,
		},
	},
	.time = {
		.sched_clock = pc_sched_clock,
		.clock_khz = pc_clock_khz,
		.set_timer = pc_pit_set_timer,
	},
	/* User mode is the shared hardware layer's (include/x86/user.h). */
	.user = X86_HW_USER_OPS(RAW(swapgs)),
};
