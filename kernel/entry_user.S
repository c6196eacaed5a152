/* SPDX-License-Identifier: GPL-2.0 */
/*
 * The system-call path every backend shares.
 *
 * A backend's syscall entry (native: pvops/platform/x86-user/syscall.S,
 * reached through LSTAR; Xen PV: its syscall callback) switches to the
 * kernel stack and leaves the frame an exception would have built there
 * (ss, rsp, rflags, cs, rip), then jumps to entry_syscall_common. Here the
 * frame becomes a struct pt_regs (vector SYSCALL_FRAME_VECTOR, so no one
 * mistakes it for a trap), do_syscall() runs and returns with interrupts
 * off, and the way back is the user.sysret jump site with every register
 * restored but %rcx and %r11, which syscall defines as clobbered and
 * sysret reads: the user's rip and rflags, from the frame. int 0x80 is not
 * here: it is an ordinary trap vector and returns through cpu.iret.
 */
#include <generated/asm-offsets.h>
#include <kernel/trap_stubs.h>
#include <pvops/call.h>

	.text
	.globl entry_syscall_common
	.type entry_syscall_common, @function
entry_syscall_common:
	pushq	$0				/* error code */
	pushq	$SYSCALL_FRAME_VECTOR
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
	call	do_syscall
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
	movq	PT_REGS_RIP - PT_REGS_RIP(%rsp), %rcx
	movq	PT_REGS_RFLAGS - PT_REGS_RIP(%rsp), %r11
	USER_SYSRET
	.size entry_syscall_common, . - entry_syscall_common

	.section .note.GNU-stack, "", @progbits
