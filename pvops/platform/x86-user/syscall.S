/* SPDX-License-Identifier: GPL-2.0 */
/*
 * The hardware syscall entry and the sysret exit.
 *
 * syscall arrives with the user's %rsp, %rcx = its rip and %r11 = its
 * rflags, interrupts off (FMASK) and nothing on any stack. swapgs gives
 * the kernel's GS base, this CPU's per-CPU area (include/kernel/smp.h),
 * whose scratch word holds the user %rsp while the kernel stack of the
 * running thread (this CPU's TSS's sp0, which load_sp0 keeps current) is
 * loaded; then the frame an exception would have built is
 * pushed, so kernel/entry.S sees one shape whatever the backend.
 * This path is reached only from LSTAR, never through a pv_ops site: with
 * the user's stack still in %rsp, a call would write to user memory.
 * The exit is the user.sysret slot's target: registers are restored and
 * the iret frame is on the kernel stack, so it only swaps GS back, takes
 * the user %rsp from the frame and returns; %rcx and %r11 already hold the
 * rip and rflags sysret restores.
 */
#include <generated/asm-offsets.h>
#include <kernel/segments.h>
#include <x86/user.h>

#define FRAME_RSP 24 /* rip, cs, rflags, then rsp */

	.text
	.globl x86_syscall_entry
	.type x86_syscall_entry, @function
x86_syscall_entry:
	swapgs
	movq	%rsp, %gs:PERCPU_ENTRY_SCRATCH
	movq	%gs:PERCPU_TSS_SP0, %rsp
	pushq	$USER_DS_SELECTOR
	pushq	%gs:PERCPU_ENTRY_SCRATCH
	pushq	%r11
	pushq	$USER_CS_SELECTOR
	pushq	%rcx
	jmp	entry_syscall_common
	.size x86_syscall_entry, . - x86_syscall_entry

	.globl x86_sysret
	.type x86_sysret, @function
x86_sysret:
	swapgs
	movq	FRAME_RSP(%rsp), %rsp
	sysretq
	.size x86_sysret, . - x86_sysret

	.section .note.GNU-stack, "", @progbits
