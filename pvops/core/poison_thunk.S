/* SPDX-License-Identifier: GPL-2.0 */
/*
 * pvops.poison: every site calls pvops_poison_thunk instead of its target
 * (the C half is poison.c).
 *
 * The thunk finds its site from the return address, calls the real target
 * with the caller's registers untouched, and on the way back overwrites
 * every register the site's record says the callee may clobber (bar %rax
 * when it carries a result) with a recognisable poison value. Code that
 * relied on one of those registers surviving, because the asm around the
 * site told the compiler less than the record claims, then computes with
 * garbage and a test fails, where without poison it would pass by luck of
 * what the target happened to touch.
 *
 * Frame, from the stack pointer up, while the C helpers run:
 *   r11 r10 r9 r8 rdi rsi rdx rcx rax | target | mask | return address
 */
.macro SAVE_CALLER_SAVED
	push	%rax
	push	%rcx
	push	%rdx
	push	%rsi
	push	%rdi
	push	%r8
	push	%r9
	push	%r10
	push	%r11
.endm

.macro RESTORE_CALLER_SAVED
	pop	%r11
	pop	%r10
	pop	%r9
	pop	%r8
	pop	%rdi
	pop	%rsi
	pop	%rdx
	pop	%rcx
	pop	%rax
.endm

	.text
	.globl pvops_poison_thunk
	.type pvops_poison_thunk, @function
pvops_poison_thunk:
	sub	$16, %rsp
	SAVE_CALLER_SAVED
	mov	%rsp, %rdi
	call	pvops_poison_lookup
	RESTORE_CALLER_SAVED
	call	*(%rsp)
	SAVE_CALLER_SAVED
	mov	%rsp, %rdi
	call	pvops_poison_fill
	RESTORE_CALLER_SAVED
	add	$16, %rsp
	ret
	.size pvops_poison_thunk, . - pvops_poison_thunk

	.section .note.GNU-stack, "", @progbits
