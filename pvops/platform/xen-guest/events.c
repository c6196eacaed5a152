// SPDX-License-Identifier: GPL-2.0
/*
 * Event channels: Xen's interrupts, as any Xen guest receives them.
 *
 * Xen signals a guest by setting a bit in a two-level bitmap in
 * shared_info (a selector word per vCPU, then the per-port pending words)
 * and, unless the guest has events masked, by making an upcall: a PV
 * callback or a PVH vector, the backend's business, which ends in
 * xen_evtchn_do_upcall(). The demux clears the vCPU's pending flag first,
 * then takes each selector word and each pending, unmasked port, clearing
 * the port's bit before calling its handler, and goes round again if Xen
 * set the flag meanwhile, so no event can be lost between the scan and the
 * return. Ports start masked; a port is unmasked only once its handler is
 * in place. shared_info and vcpu_info are wherever the backend put them.
 */
#define pr_fmt(fmt) "xen: " fmt

#include <kernel/printk.h>
#include <xen-guest/guest.h>
#include <xen-guest/hypercall.h>

#define XEN_NR_PORTS 1024
#define BITS_PER_WORD 64

shared_info_t *xen_shared_info;
struct vcpu_info *xen_vcpu;

static xen_port_handler_t port_handlers[XEN_NR_PORTS];
unsigned long xen_unhandled_events;

static void xen_unmask_port(unsigned int port)
{
	struct evtchn_unmask unmask = { .port = port };
	long rc = HYPERVISOR_event_channel_op(EVTCHNOP_unmask, &unmask);

	if (rc)
		xen_hypercall_failed(__func__, "event_channel_op(EVTCHNOP_unmask)", rc);
}

unsigned int xen_bind_virq(unsigned int virq, xen_port_handler_t handler)
{
	struct evtchn_bind_virq bind = { .virq = virq, .vcpu = XEN_VCPU_SELF };
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

void xen_bind_port(unsigned int port, xen_port_handler_t handler)
{
	if (port >= XEN_NR_PORTS)
		panic("xen: event channel %u is beyond the %u ports handled", port, XEN_NR_PORTS);
	port_handlers[port] = handler;
	xen_unmask_port(port);
}

static void xen_dispatch_port(unsigned int port)
{
	if (port < XEN_NR_PORTS && port_handlers[port])
		port_handlers[port](port);
	else
		xen_unhandled_events++;
}

void xen_evtchn_do_upcall(void)
{
	shared_info_t *s = xen_shared_info;

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
}

void xen_evtchn_init(void)
{
	unsigned int i;

	for (i = 0; i < sizeof(xen_shared_info->evtchn_mask) / sizeof(unsigned long); i++)
		xen_shared_info->evtchn_mask[i] = ~0UL;
}
