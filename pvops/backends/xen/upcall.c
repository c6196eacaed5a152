// SPDX-License-Identifier: GPL-2.0
/*
 * How events reach a PV guest: the callbacks Xen jumps to.
 *
 * A PV guest registers, with callback_op, the address Xen bounces to when
 * an event is pending and events are unmasked (the event callback), and
 * the one it uses when it cannot reload the guest's segment registers on
 * a return (the failsafe callback). Both are xen-asm.S stubs; the event
 * one enters the generic trap path as XEN_UPCALL_VECTOR, whose handler
 * here hands over to the Xen layer's demux (pvops/platform/xen-guest/events.c). Around
 * it sits what only PV needs: updates queued in the multicall buffer
 * before the interrupt must be visible inside it, and while it runs the
 * lazy mode reads as NONE, so the handler issues what it queues at once.
 */
#include <kernel/traps.h>

#include "hypercall_pv.h"
#include "multicalls.h"
#include "xen-vectors.h"
#include "xen.h"

extern const char xen_hypervisor_callback[], xen_failsafe_callback[];

void xen_register_callback(unsigned int type, const void *address, const char *what)
{
	struct callback_register cb = {
		.type = type,
		.flags = CALLBACKF_mask_events,
		.address = (unsigned long)address,
	};
	long rc = HYPERVISOR_callback_op(CALLBACKOP_register, &cb);

	if (rc)
		xen_hypercall_failed(__func__, what, rc);
}

static void xen_pv_upcall(struct pt_regs *regs)
{
	xen_mc_flush();
	xen_in_upcall = true;
	xen_evtchn_do_upcall();
	xen_in_upcall = false;
}

void xen_irq_init(void)
{
	xen_evtchn_init();
	request_irq_vector(XEN_UPCALL_VECTOR, xen_pv_upcall);
	xen_register_callback(CALLBACKTYPE_event, xen_hypervisor_callback, "callback_op(event)");
	xen_register_callback(CALLBACKTYPE_failsafe, xen_failsafe_callback,
			      "callback_op(failsafe)");
	xen_timer_init();
	xen_pv_store_init();
}
