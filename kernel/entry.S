/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Exception, interrupt and system-call entry, for every backend.
 *
 * One TRAP_STUB_SIZE stub per vector (include/kernel/trap_stubs.h) pushes a zero where the CPU pushes no error
 * code, then the vector number, so that every vector arrives at
 * exception_common with the same frame; exception_common saves the
 * general registers into a struct pt_regs and calls do_trap(). A frame
 * from user mode (RPL 3) gets the kernel's GS base on the way in and the
 * user's on the way out through the user.swapgs site, placed where the
 * registers are saved so a call there may clobber them. Nothing
 * here is privileged: the return (INTERRUPT_RETURN) is the cpu.iret pv op,
 * a jump site that
 * the patcher turns into iretq on bare hardware and into the iret
 * hypercall under Xen. A backend whose entry frame differs (Xen PV pushes
 * %rcx and %r11 first) enters through stubs of its own that undo the
 * difference and jump here.
 */
#include <generated/asm-offsets.h>
#include <kernel/segments.h>
#include <kernel/trap_stubs.h>
#include <pvops/call.h>

/* The frame above the vector and error code: struct pt_regs read upwards. */
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
	SAVE_PT_REGS
	testb	$USER_RPL, PT_REGS_CS(%rsp)
	jz	1f
	PV_SWAPGS					/* from user mode: the kernel's GS base */
1:	mov	%rsp, %rdi
	call	do_trap
	.globl exception_return
exception_return:
	testb	$USER_RPL, PT_REGS_CS(%rsp)
	jz	2f
	PV_SWAPGS					/* back to user mode: the user's GS base */
2:	RESTORE_PT_REGS
	add	$16, %rsp			/* vector and error code */
	INTERRUPT_RETURN
	.size exception_common, . - exception_common

/*
 * The system-call path every backend shares. A backend's syscall entry
 * (native: pvops/platform/x86-user/syscall.S, reached through LSTAR; Xen
 * PV: its syscall callback) switches to the kernel stack, leaves the frame
 * an exception would have built there (ss, rsp, rflags, cs, rip) and jumps
 * here. The frame becomes a struct pt_regs (vector SYSCALL_FRAME_VECTOR,
 * so no one mistakes it for a trap), do_syscall() runs and returns with
 * interrupts off, and the way back is the user.sysret jump site with every
 * register restored but %rcx and %r11, which syscall defines as clobbered
 * and sysret reads: the user's rip and rflags, from the frame. int 0x80 is
 * an ordinary trap vector above and returns through cpu.iret.
 */
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


/* A process's first entry to user mode: regs is the frame to return through. */
	.globl enter_user_mode
	.type enter_user_mode, @function
enter_user_mode:
	mov	%rdi, %rsp
	jmp	exception_return
	.size enter_user_mode, . - enter_user_mode

	.section .note.GNU-stack, "", @progbits
