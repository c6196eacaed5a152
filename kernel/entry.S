/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Exception and interrupt entry, for every backend.
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
#include <kernel/entry_asm.h>
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

/* A process's first entry to user mode: regs is the frame to return through. */
	.globl enter_user_mode
	.type enter_user_mode, @function
enter_user_mode:
	mov	%rdi, %rsp
	jmp	exception_return
	.size enter_user_mode, . - enter_user_mode

	.section .note.GNU-stack, "", @progbits
