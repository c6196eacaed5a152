// SPDX-License-Identifier: GPL-2.0
/*
 * The virtual interrupt flag of a PV guest.
 *
 * A PV kernel runs in ring 3 and cannot execute cli/sti; Xen instead gives
 * each vCPU a mask byte in vcpu_info: events (Xen's interrupts) are not
 * delivered while evtchn_upcall_mask is set. Disabling is one store.
 * Enabling is one store plus the rule Xen's PV ABI imposes: an event that
 * arrived while masked only set evtchn_upcall_pending, and nothing will
 * deliver it until the guest next enters Xen, so after unmasking the guest
 * checks that byte and, if set, makes a cheap hypercall (xen_version) to
 * have the upcall delivered now. The ops are C with generated callee-save
 * thunks, so their sites clobber only %rax like native cli/sti.
 */
#include <pvops/ops.h>
#include <pvops/pv_ops.h>

#include "hypercall.h"
#include "xen.h"

static void xen_force_evtchn_callback(void)
{
	HYPERVISOR_xen_version(0, NULL);
}

unsigned long xen_save_fl(void)
{
	return READ_ONCE(xen_vcpu->evtchn_upcall_mask) ? 0 : X86_EFLAGS_IF;
}
PV_CALLEE_SAVE_REGS_THUNK(xen_save_fl);

void xen_irq_disable(void)
{
	WRITE_ONCE(xen_vcpu->evtchn_upcall_mask, 1);
	barrier();
}
PV_CALLEE_SAVE_REGS_THUNK(xen_irq_disable);

void xen_irq_enable(void)
{
	WRITE_ONCE(xen_vcpu->evtchn_upcall_mask, 0);
	barrier(); /* unmask before checking for what arrived while masked */
	if (READ_ONCE(xen_vcpu->evtchn_upcall_pending))
		xen_force_evtchn_callback();
}
PV_CALLEE_SAVE_REGS_THUNK(xen_irq_enable);

void xen_restore_fl(unsigned long flags)
{
	if (flags & X86_EFLAGS_IF)
		xen_irq_enable();
	else
		xen_irq_disable();
}
PV_CALLEE_SAVE_REGS_THUNK(xen_restore_fl);

/* SCHEDOP_block unmasks events atomically with blocking: no lost wakeup. */
void xen_safe_halt(void)
{
	long rc = HYPERVISOR_sched_op(SCHEDOP_block, NULL);

	if (rc)
		xen_hypercall_failed(__func__, "sched_op(SCHEDOP_block)", rc);
}

void xen_halt(void)
{
	xen_safe_halt();
}
