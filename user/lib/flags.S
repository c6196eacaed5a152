/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Kernel entries made with hostile flags, for the user suite.
 *
 * Ring 3 may enter the kernel with any arithmetic flag, DF and AC set;
 * the kernel must clear what its C code depends on and hand the user's
 * flags back on return. These helpers raise the flags of `set` for one
 * instruction that enters the kernel (syscall, int 0x80, a store that
 * faults, ud2), record the flags seen right after it and put the caller's
 * flags back, all in assembly: compiled code must never run with DF set,
 * and the pushes here need no red zone, as inline assembly would.
 */
#include <kernel/syscall_nr.h>

	.text
/* long flags_syscall(long nr, long a0, long a1, long a2, unsigned long set, unsigned long *after) */
	.macro FLAGS_CALL name, insn:vararg
	.globl \name
	.type \name, @function
\name:
	mov	%r9, %r10			/* after: kept by the kernel, as every register but %rcx, %r11 */
	mov	%rdi, %rax
	mov	%rsi, %rdi
	mov	%rdx, %rsi
	mov	%rcx, %rdx
	pushfq
	pop	%r9				/* the caller's flags */
	push	%r9
	or	%r8, (%rsp)
	popfq
	\insn
	pushfq
	popq	(%r10)
	push	%r9
	popfq
	ret
	.size \name, . - \name
	.endm

	FLAGS_CALL flags_syscall, syscall
	FLAGS_CALL flags_int80, int $SYSCALL_VECTOR

/* void flags_store(volatile char *p, unsigned long set, unsigned long *after): *p = 1 */
	.globl flags_store
	.type flags_store, @function
flags_store:
	pushfq
	pop	%rax
	push	%rax
	or	%rsi, (%rsp)
	popfq
	movb	$1, (%rdi)
	pushfq
	popq	(%rdx)
	push	%rax
	popfq
	ret
	.size flags_store, . - flags_store

/* void flags_ud2(unsigned long set): never returns */
	.globl flags_ud2
	.type flags_ud2, @function
flags_ud2:
	pushfq
	or	%rdi, (%rsp)
	popfq
	ud2
	.size flags_ud2, . - flags_ud2

	.section .note.GNU-stack, "", @progbits
