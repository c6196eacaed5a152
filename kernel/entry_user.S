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
#include <kernel/entry_asm.h>
#include <kernel/trap_stubs.h>
#include <pvops/call.h>

	.text
	.globl entry_syscall_common
	.type entry_syscall_common, @function
entry_syscall_common:
	pushq	$0				/* error code */
	pushq	$SYSCALL_FRAME_VECTOR
	SAVE_PT_REGS
	mov	%rsp, %rdi
	call	do_syscall
	RESTORE_PT_REGS
	add	$16, %rsp			/* vector and error code */
	movq	PT_REGS_RIP - PT_REGS_RIP(%rsp), %rcx
	movq	PT_REGS_RFLAGS - PT_REGS_RIP(%rsp), %r11
	USER_SYSRET
	.size entry_syscall_common, . - entry_syscall_common

	.section .note.GNU-stack, "", @progbits
