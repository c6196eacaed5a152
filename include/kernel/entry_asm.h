/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Saving and restoring a struct pt_regs, for the entry assembly.
 *
 * The exception path (kernel/entry.S) and the system-call path
 * (kernel/entry_user.S) build the same frame above the vector and error
 * code, so that do_trap(), do_syscall() and everything they call see one
 * layout (include/kernel/traps.h): the order of these pushes is that
 * structure read upwards, written once here. Assembly only.
 */
#ifndef KERNEL_ENTRY_ASM_H
#define KERNEL_ENTRY_ASM_H

#ifdef __ASSEMBLY__
.macro SAVE_PT_REGS
	push	%rax
	push	%rbx
	push	%rcx
	push	%rdx
	push	%rsi
	push	%rdi
	push	%rbp
	push	%r8
	push	%r9
	push	%r10
	push	%r11
	push	%r12
	push	%r13
	push	%r14
	push	%r15
.endm

.macro RESTORE_PT_REGS
	pop	%r15
	pop	%r14
	pop	%r13
	pop	%r12
	pop	%r11
	pop	%r10
	pop	%r9
	pop	%r8
	pop	%rbp
	pop	%rdi
	pop	%rsi
	pop	%rdx
	pop	%rcx
	pop	%rbx
	pop	%rax
.endm
#endif

#endif
