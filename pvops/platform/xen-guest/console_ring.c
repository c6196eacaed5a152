// SPDX-License-Identifier: GPL-2.0
/*
 * The console of an unprivileged guest: the ring page shared with xenconsoled.
 *
 * console_io writes are refused to a domU on a non-debug Xen, so a guest that
 * is not the hardware domain prints into the out[] half of the page Xen's
 * domain builder gave it (xencons_interface, io/console.h) and signals the
 * console event channel; dom0's xenconsoled copies the bytes to its log or
 * tty and moves out_cons on. The backend tells the layer where the page and
 * the port are (PV: start_info's console.domU; PVH: HVM_PARAM_CONSOLE_*),
 * before the first printk. Output is never dropped for want of room: a
 * full ring waits for the consumer, by polling the port, for at most
 * XEN_CONSOLE_WAIT_NS without progress; it masks no events, since the first
 * lines come before the pv_ops table exists and printk is not reentrant
 * anyway (one pending line). Past that the rest is counted as lost, and the next
 * write that finds room says how much went missing, so a stalled backend is
 * a visible line in the log rather than a silent gap. Before the Xen clock
 * exists (the first lines of the entry) there is no deadline to wait by;
 * the empty 2 KiB ring holds far more than those lines, so a full ring then
 * counts as lost at once. The port stays masked: nobody handles it. The
 * copy itself (console_wire.c) refuses indexes more than the ring apart;
 * the ring is then abandoned for good, everything after counted as lost.
 */
#include <kernel/errno.h>
#include <kernel/printk.h>
#include <kernel/string.h>
#include <xen-guest/guest.h>
#include <xen-guest/hypercall.h>

/* How long a full ring may make no progress before its output is counted lost. */
#define XEN_CONSOLE_WAIT_NS (30ULL * 1000 * 1000 * 1000)

static struct xencons_interface *ring;
static evtchn_port_t ring_port;
static unsigned long ring_lost, ring_lost_reported;
static bool ring_abandoned;

/*
 * Indexes more than the ring apart: a protocol error, so the ring is never
 * written again and what would have gone there counts as lost. The ring
 * cannot carry its own obituary; console_io is tried (a debug Xen, or
 * dom0's, shows it), and the domu suite's lost-bytes check fails the run.
 */
static void ring_abandon(void)
{
	char why[160];
	size_t n;

	ring_abandoned = true;
	xen_cons_ring_describe(ring, why, sizeof(why));
	n = strlen(why);
	snprintf(why + n, sizeof(why) - n, "; abandoned\n");
	HYPERVISOR_console_io(CONSOLEIO_write, strlen(why), why);
}

static size_t ring_room(void)
{
	long pending = xen_cons_ring_pending(ring);

	if (pending < 0) {
		ring_abandon();
		return 0;
	}
	return sizeof(ring->out) - pending;
}

/* Waits until the consumer makes room; false if it made none in time. */
static bool ring_wait_for_room(void)
{
	u64 deadline;

	if (!xen_vcpu || !xen_shared_info)
		return false;
	deadline = xen_sched_clock() + XEN_CONSOLE_WAIT_NS;
	for (;;) {
		xen_evtchn_notify(ring_port);
		xen_evtchn_clear(ring_port);
		if (ring_room() || ring_abandoned)
			return !ring_abandoned;
		if (xen_evtchn_wait(ring_port, deadline))
			return false;
	}
}

static void ring_write_all(const char *text, size_t len)
{
	while (len) {
		long n;

		if (ring_abandoned || (!ring_room() && !ring_wait_for_room())) {
			ring_lost += len;
			return;
		}
		n = xen_cons_ring_put(ring, text, len);
		if (n < 0) {
			ring_abandon();
			continue;
		}
		text += n;
		len -= n;
	}
}

static void xen_console_ring_write(const char *text, size_t len)
{
	if (ring_abandoned) {
		ring_lost += len;
		return;
	}
	if (ring_lost != ring_lost_reported) {
		char note[96];
		int n = snprintf(note, sizeof(note),
				 "[xen console: %lu bytes lost: xenconsoled took none for %llu s]\n",
				 ring_lost - ring_lost_reported,
				 XEN_CONSOLE_WAIT_NS / 1000000000ULL);

		ring_lost_reported = ring_lost;
		ring_write_all(note, n);
	}
	ring_write_all(text, len);
	xen_evtchn_notify(ring_port);
}

static struct console xen_console_ring = {
	.name = "xen-console-ring",
	.write = xen_console_ring_write,
};

void xen_console_ring_init(struct xencons_interface *intf, evtchn_port_t port)
{
	ring = intf;
	ring_port = port;
	register_console(&xen_console_ring);
}

bool xen_console_ring_drain(void)
{
	u64 deadline;

	if (!ring)
		return true;
	deadline = xen_sched_clock() + XEN_CONSOLE_WAIT_NS;
	for (;;) {
		long pending;

		xen_evtchn_notify(ring_port);
		xen_evtchn_clear(ring_port);
		pending = ring_abandoned ? -EIO : xen_cons_ring_pending(ring);
		if (pending < 0)
			return false;
		if (!pending)
			return true;
		if (xen_evtchn_wait(ring_port, deadline))
			return false;
	}
}

unsigned long xen_console_ring_lost(void)
{
	return ring_lost;
}
