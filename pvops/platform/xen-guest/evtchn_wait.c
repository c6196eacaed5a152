// SPDX-License-Identifier: GPL-2.0
/*
 * Waiting on one event channel, and signalling one: what a ring driver needs.
 *
 * A guest that shares a ring with a backend in another domain (the console,
 * the xenstore) must sometimes wait for the other side: a full ring it
 * writes to, a reply it has asked for. Waiting with events enabled and
 * letting the upcall wake it would tie the driver to the interrupt path and
 * race with it; SCHEDOP_poll instead blocks the vCPU until one given port
 * is pending or an absolute deadline passes, and works with events masked,
 * which is how the drivers call it (a write can come from any printk, the
 * upcall included). The caller clears the port's pending bit, then looks
 * at the ring, then polls: an event that arrives after the look leaves the
 * bit set and the poll returns at once, so no wake-up is lost. The
 * deadline is the Xen clock's (sched_clock), so a wait is bounded in time,
 * not in tries. -ETIMEDOUT comes only from a call made after the deadline,
 * so a caller always looks at its ring once more after the poll that ended
 * at the deadline, then turns the timeout into its own clear failure.
 */
#include <kernel/errno.h>
#include <xen-guest/guest.h>
#include <xen-guest/hypercall.h>

#define BITS_PER_WORD 64

long xen_evtchn_notify(evtchn_port_t port)
{
	struct evtchn_send send = { .port = port };

	return HYPERVISOR_event_channel_op(EVTCHNOP_send, &send);
}

void xen_evtchn_clear(evtchn_port_t port)
{
	__atomic_fetch_and(&xen_shared_info->evtchn_pending[port / BITS_PER_WORD],
			   ~(1UL << (port % BITS_PER_WORD)), __ATOMIC_SEQ_CST);
}

long xen_evtchn_wait(evtchn_port_t port, u64 deadline_ns)
{
	struct sched_poll poll = { .nr_ports = 1, .timeout = deadline_ns };

	if (xen_sched_clock() >= deadline_ns)
		return -ETIMEDOUT;
	set_xen_guest_handle(poll.ports, &port);
	return HYPERVISOR_sched_op(SCHEDOP_poll, &poll);
}
