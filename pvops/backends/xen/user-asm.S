/* SPDX-License-Identifier: GPL-2.0 */
/*
 * The Xen PV system-call entry and exit.
 *
 * Xen bounces a syscall to the callback on the kernel stack with %rcx and
 * %r11 on top of an iret frame (rip, cs, rflags, rsp, ss: Xen's flat
 * ring-3 selectors); popping the two leaves exactly the frame the generic
 * path expects (kernel/entry.S), and %rcx/%r11 get the user's rip and
 * rflags back, as after a hardware syscall. Xen clears AC, TF and NT for
 * the callback but leaves the user's DF, which a hardware syscall has
 * FMASK clear: cld comes before anything else, as the C ABI wants DF
 * clear (a ring-3 std would otherwise run the kernel's string copies
 * backwards). The exit (the user.sysret
 * slot) is entered with that frame on the stack: push the flags word and
 * jump to the hypercall page's iret, which pushes %rax, %r11 and %rcx
 * itself; VGCF_in_syscall tells Xen those two need not be restored.
 */
#include <kernel/syscall_nr.h>
#include <kernel/trap_stubs.h>
#include <xen-guest/hypercall.h>
#include <xen/xen.h>

#include "xen-vectors.h"

	.text
	.globl xen_syscall_entry
	.type xen_syscall_entry, @function
xen_syscall_entry:
	cld
	pop	%rcx
	pop	%r11
	jmp	entry_syscall_common
	.size xen_syscall_entry, . - xen_syscall_entry

	.globl xen_sysret
	.type xen_sysret, @function
xen_sysret:
	incq	xen_hypercalls			/* counted like every other hypercall */
	incq	xen_hypercalls_by_op + 8 * __HYPERVISOR_iret
	pushq	$VGCF_in_syscall
	jmp	XEN_HYPERCALL_STUB(__HYPERVISOR_iret)
	.size xen_sysret, . - xen_sysret

/*
 * The int 0x80 entry: Xen's %rcx and %r11 off, then the generic stub of
 * XEN_INT80_VECTOR, whose handler (trap_table.c) checks that the instruction
 * was int $0x80 before the system call runs.
 */
	.globl xen_int80_stub
	.type xen_int80_stub, @function
xen_int80_stub:
	pop	%rcx
	pop	%r11
	jmp	exception_stubs + TRAP_STUB_SIZE * XEN_INT80_VECTOR
	.size xen_int80_stub, . - xen_int80_stub

	.section .note.GNU-stack, "", @progbits
