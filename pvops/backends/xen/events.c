// SPDX-License-Identifier: GPL-2.0
/*
 * Event channels: Xen's interrupts, and the timer on top of them.
 *
 * Xen signals a PV guest by setting a bit in a two-level bitmap in
 * shared_info (a selector word per vCPU, then the per-port pending words)
 * and, unless the guest has events masked, by jumping to the event
 * callback the guest registered. The callback enters the generic trap path
 * as XEN_UPCALL_VECTOR, and xen_evtchn_do_upcall() walks the bitmaps:
 * clear the vCPU's pending flag first, then take each selector word and
 * each pending, unmasked port, clearing the port's bit before calling its
 * handler, and go round again if Xen set the flag meanwhile, so no event
 * can be lost between the scan and the return. Ports start masked; a port
 * is unmasked only once its handler is in place. The timer is VIRQ_TIMER
 * bound to a port, armed with set_timer_op (absolute Xen system time, the
 * same clock as sched_clock), with Xen's default periodic tick stopped.
 */
#define pr_fmt(fmt) "xen: " fmt

#include <kernel/printk.h>
#include <kernel/timer.h>
#include <kernel/traps.h>

#include "hypercall.h"
#include "multicalls.h"
#include "xen-vectors.h"
#include "xen.h"

#define XEN_NR_PORTS 1024
#define BITS_PER_WORD 64

typedef void (*xen_port_handler_t)(unsigned int port);

static xen_port_handler_t port_handlers[XEN_NR_PORTS];
static unsigned int xen_timer_port;
unsigned long xen_unhandled_events;

extern const char xen_hypervisor_callback[], xen_failsafe_callback[];

static void xen_register_callback(unsigned int type, const void *address)
{
	struct callback_register cb = {
		.type = type,
		.flags = CALLBACKF_mask_events,
		.address = (unsigned long)address,
	};
	long rc = xen_hypercall2(__HYPERVISOR_callback_op, CALLBACKOP_register, &cb);

	if (rc)
		xen_hypercall_failed(__func__, type == CALLBACKTYPE_event ?
				     "callback_op(event)" : "callback_op(failsafe)", rc);
}

static void xen_unmask_port(unsigned int port)
{
	struct evtchn_unmask unmask = { .port = port };
	long rc = HYPERVISOR_event_channel_op(EVTCHNOP_unmask, &unmask);

	if (rc)
		xen_hypercall_failed(__func__, "event_channel_op(EVTCHNOP_unmask)", rc);
}

static unsigned int xen_bind_virq(unsigned int virq, xen_port_handler_t handler)
{
	struct evtchn_bind_virq bind = { .virq = virq, .vcpu = 0 };
	long rc = HYPERVISOR_event_channel_op(EVTCHNOP_bind_virq, &bind);

	if (rc)
		xen_hypercall_failed(__func__, "event_channel_op(EVTCHNOP_bind_virq)", rc);
	if (bind.port >= XEN_NR_PORTS)
		panic("xen: VIRQ %u bound to port %u, beyond the %u ports handled", virq,
		      bind.port, XEN_NR_PORTS);
	port_handlers[bind.port] = handler;
	xen_unmask_port(bind.port);
	return bind.port;
}

static void xen_dispatch_port(unsigned int port)
{
	if (port < XEN_NR_PORTS && port_handlers[port])
		port_handlers[port](port);
	else
		xen_unhandled_events++;
}

static void xen_evtchn_do_upcall(struct pt_regs *regs)
{
	shared_info_t *s = xen_shared_info;

	/* Updates queued before the interrupt must be visible inside it. */
	xen_mc_flush();
	xen_in_upcall = true;
	do {
		unsigned long sel;

		WRITE_ONCE(xen_vcpu->evtchn_upcall_pending, 0);
		sel = __atomic_exchange_n(&xen_vcpu->evtchn_pending_sel, 0, __ATOMIC_SEQ_CST);
		while (sel) {
			unsigned int word = __builtin_ctzl(sel);
			unsigned long pending;

			sel &= sel - 1;
			pending = READ_ONCE(s->evtchn_pending[word]) & ~READ_ONCE(s->evtchn_mask[word]);
			while (pending) {
				unsigned int bit = __builtin_ctzl(pending);

				pending &= pending - 1;
				__atomic_fetch_and(&s->evtchn_pending[word], ~(1UL << bit),
						   __ATOMIC_SEQ_CST);
				xen_dispatch_port(word * BITS_PER_WORD + bit);
			}
		}
	} while (READ_ONCE(xen_vcpu->evtchn_upcall_pending));
	xen_in_upcall = false;
}

static void xen_timer_event(unsigned int port)
{
	timer_interrupt();
}

void xen_set_timer(u64 expires_ns)
{
	long rc = xen_hypercall1(__HYPERVISOR_set_timer_op, expires_ns);

	if (rc)
		xen_hypercall_failed(__func__, "set_timer_op", rc);
}

void xen_irq_init(void)
{
	unsigned int i;
	long rc;

	for (i = 0; i < sizeof(xen_shared_info->evtchn_mask) / sizeof(unsigned long); i++)
		xen_shared_info->evtchn_mask[i] = ~0UL;
	request_irq_vector(XEN_UPCALL_VECTOR, xen_evtchn_do_upcall);
	xen_register_callback(CALLBACKTYPE_event, xen_hypervisor_callback);
	xen_register_callback(CALLBACKTYPE_failsafe, xen_failsafe_callback);

	rc = HYPERVISOR_vcpu_op(VCPUOP_stop_periodic_timer, XEN_VCPU_SELF, NULL);
	if (rc)
		xen_hypercall_failed(__func__, "vcpu_op(VCPUOP_stop_periodic_timer)", rc);
	xen_timer_port = xen_bind_virq(VIRQ_TIMER, xen_timer_event);
	pr_info("VIRQ_TIMER on event channel %u\n", xen_timer_port);
}
