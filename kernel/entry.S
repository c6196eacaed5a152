/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Exception and interrupt entry, for every backend.
 *
 * One TRAP_STUB_SIZE stub per vector (include/kernel/trap_stubs.h) pushes a zero where the CPU pushes no error
 * code, then the vector number, so that every vector arrives at
 * exception_common with the same frame; exception_common saves the
 * general registers into a struct pt_regs and calls do_trap(). Nothing
 * here is privileged: the return (INTERRUPT_RETURN) is the cpu.iret pv op,
 * a jump site that
 * the patcher turns into iretq on bare hardware and into the iret
 * hypercall under Xen. A backend whose entry frame differs (Xen PV pushes
 * %rcx and %r11 first) enters through stubs of its own that undo the
 * difference and jump here.
 */
#include <generated/asm-offsets.h>
#include <kernel/trap_stubs.h>
#include <pvops/call.h>

	.text
	.balign TRAP_STUB_SIZE
	.globl exception_stubs
exception_stubs:
	vector = 0
	.rept NR_VECTORS
	.balign TRAP_STUB_SIZE
	.if TRAP_STUB_PUSHES_ZERO(vector)
	pushq	$0
	.endif
	pushq	$vector
	jmp	exception_common
	vector = vector + 1
	.endr

	.type exception_common, @function
exception_common:
	cld
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
	mov	%rsp, %rdi
	call	do_trap
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
	add	$16, %rsp			/* vector and error code */
	INTERRUPT_RETURN
	.size exception_common, . - exception_common

	.section .note.GNU-stack, "", @progbits
