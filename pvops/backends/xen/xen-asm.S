/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Xen PV entry and exit glue for exceptions and events.
 *
 * Xen delivers an exception to a 64-bit PV kernel with %rcx and %r11 saved
 * on top of the frame the hardware would have built (Xen needed those two
 * registers for its own return path). Each xen_exception_stubs entry pops
 * them back and jumps to the generic stub of the same vector, so the
 * generic kernel sees the native frame (exception_common clears DF, which
 * Xen leaves as the interrupted code had it). Event upcalls arrive the same way
 * and continue as the pseudo-vector XEN_UPCALL_VECTOR. The way out is the
 * iret hypercall, which takes the iret frame plus %rax, %r11, %rcx and a
 * flags word on the stack and restores the event mask from the saved IF;
 * the hypercall page's iret entry pushes the three registers itself and is
 * jumped to, not called, so the guest pushes only the flags word.
 */
#include <kernel/trap_stubs.h>
#include <xen-guest/hypercall.h>
#include <xen/xen.h>

#include "xen-vectors.h"

	.text
	.balign TRAP_STUB_SIZE
	.globl xen_exception_stubs
xen_exception_stubs:
	vector = 0
	.rept XEN_NR_EXCEPTIONS
	.balign TRAP_STUB_SIZE
	pop	%rcx
	pop	%r11
	jmp	exception_stubs + TRAP_STUB_SIZE * vector
	vector = vector + 1
	.endr

	.globl xen_hypervisor_callback
xen_hypervisor_callback:
	pop	%rcx
	pop	%r11
	jmp	exception_stubs + TRAP_STUB_SIZE * XEN_UPCALL_VECTOR

	.globl xen_failsafe_callback
xen_failsafe_callback:
	cld
	pop	%rcx
	pop	%r11
	mov	%rsp, %rdi
	call	xen_failsafe
1:	jmp	1b

	.globl xen_iret
xen_iret:
	incq	xen_hypercalls			/* counted like every other hypercall */
	incq	xen_hypercalls_by_op + 8 * __HYPERVISOR_iret
	pushq	$0				/* flags: not returning from a syscall */
	jmp	XEN_HYPERCALL_STUB(__HYPERVISOR_iret)

	.section .note.GNU-stack, "", @progbits
