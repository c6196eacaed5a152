// SPDX-License-Identifier: GPL-2.0
/*
 * User mode under Xen PV (64-bit): system calls, segment bases.
 *
 * Kernel and user both run in ring 3 here, so Xen does what the CPU would:
 * syscall lands in Xen, which switches to the kernel's page table and
 * stack (the one stack_switch registered) and bounces to the
 * CALLBACKTYPE_syscall callback, with events masked because the callback
 * is registered with CALLBACKF_mask_events (as FMASK clears IF natively).
 * The syscall32 and sysenter callbacks are not registered: there is no
 * 32-bit user code, and Xen turns a 32-bit system call without a callback
 * into a #GP for the guest, so a process that tries is killed like any
 * other that faults. The return is HYPERVISOR_iret with VGCF_in_syscall
 * (xen_sysret in user-asm.S), which tells Xen to return as sysret would.
 * Xen swaps GS itself at every crossing (user.swapgs is a nop) and keeps
 * the FS base and the user GS base for the guest, set with
 * HYPERVISOR_set_segment_base: queued as multicall entries, so in the lazy
 * CPU mode of a context switch they go with the stack and the page table
 * in one multicall.
 */
#define pr_fmt(fmt) "xen: " fmt

#include <kernel/printk.h>
#include <xen/callback.h>

#include "hypercall.h"
#include "multicalls.h"
#include "xen.h"

extern const char xen_syscall_entry[];

void xen_syscall_init(void)
{
	struct callback_register cb = {
		.type = CALLBACKTYPE_syscall,
		.flags = CALLBACKF_mask_events,
		.address = (unsigned long)xen_syscall_entry,
	};
	long rc = HYPERVISOR_callback_op(CALLBACKOP_register, &cb);

	if (rc)
		xen_hypercall_failed(__func__, "callback_op(syscall)", rc);
}

static void xen_set_segment_base(unsigned int which, unsigned long base, const char *caller)
{
	struct multicall_space mcs;

	xen_mc_batch(caller);
	mcs = xen_mc_entry(0, caller);
	mcs.mc->op = __HYPERVISOR_set_segment_base;
	mcs.mc->args[0] = which;
	mcs.mc->args[1] = base;
	xen_mc_issue(PVOPS_LAZY_CPU);
}

void xen_load_fs_base(unsigned long base)
{
	xen_set_segment_base(SEGBASE_FS, base, __func__);
}

void xen_load_gs_base_user(unsigned long base)
{
	xen_set_segment_base(SEGBASE_GS_USER, base, __func__);
}
