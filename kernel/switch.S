/* SPDX-License-Identifier: GPL-2.0 */
/*
 * The stack swap at the heart of a context switch.
 *
 * __switch_to_asm(&prev->sp, next->sp) saves the callee-saved registers on
 * the old stack, records where that stack stopped, and resumes the new one
 * by popping the same registers and returning to wherever that thread last
 * called __switch_to_asm (or to thread_start, for a thread that has never
 * run). Everything else a switch changes is done in C through pv_ops
 * before this runs; nothing here is privileged.
 */
	.text
	.globl __switch_to_asm
	.type __switch_to_asm, @function
__switch_to_asm:
	push	%rbp
	push	%rbx
	push	%r12
	push	%r13
	push	%r14
	push	%r15
	mov	%rsp, (%rdi)
	mov	%rsi, %rsp
	pop	%r15
	pop	%r14
	pop	%r13
	pop	%r12
	pop	%rbx
	pop	%rbp
	ret
	.size __switch_to_asm, . - __switch_to_asm

/* A new thread's first return lands here, on an aligned stack. */
	.globl thread_start
	.type thread_start, @function
thread_start:
	call	thread_entry
1:	jmp	1b
	.size thread_start, . - thread_start

	.section .note.GNU-stack, "", @progbits
