// SPDX-License-Identifier: GPL-2.0
/*
 * The xenstore client: read, write and watch over the store ring.
 *
 * One CPU and no threads that block make the client simple: one request at
 * a time, sent and answered with events masked, so the upcall cannot take
 * the reply from under it, waiting on the store's event channel by
 * SCHEDOP_poll with a deadline (xenstored runs in dom0 and may be slow, but
 * a daemon that does not answer within XEN_STORE_TIMEOUT_NS is an error, not
 * a hang). Watch events can arrive at any time, between replies or in the
 * middle of a request; they are queued as they are read and their callbacks
 * run after the request, or from the store port's handler when the upcall
 * finds an event with no request pending, never inside a request, since a
 * callback may well make requests itself (control/shutdown reads its key).
 * A reply that cannot be parsed leaves the ring at an unknown place in the
 * stream, and indexes more than a ring apart (xenstore_wire.c) leave no
 * ring at all: the connection is then marked broken, the reason said once
 * on the console, the ring never touched again, and every later call fails
 * with -EIO at once.
 */
#define pr_fmt(fmt) "xenstore: " fmt

#include <kernel/errno.h>
#include <kernel/printk.h>
#include <kernel/string.h>
#include <pvops/ops.h>
#include <xen-guest/guest.h>
#include <xen-guest/xenstore.h>

/* How long xenstored may take to accept a request or to answer it. */
#define XEN_STORE_TIMEOUT_NS (20ULL * 1000 * 1000 * 1000)
#define XEN_STORE_WATCHES 4
#define XEN_STORE_QUEUE 4
#define XEN_STORE_WATCH_PATH_MAX 128
#define XEN_STORE_WHY_LEN 160

struct xen_store_watch {
	const char *path, *token;
	xen_store_watch_fn fn;
};

struct xen_store_event {
	char path[XEN_STORE_WATCH_PATH_MAX], token[XEN_STORE_WATCH_PATH_MAX];
};

static struct xenstore_domain_interface *store;
static evtchn_port_t store_port;
static u32 next_req_id;
static bool in_request, dispatching;
static char broken[XEN_STORE_WHY_LEN];
static char payload[XENSTORE_PAYLOAD_MAX + 1];

static struct xen_store_watch watches[XEN_STORE_WATCHES];
static struct xen_store_event queue[XEN_STORE_QUEUE];
static unsigned int queued;
static unsigned long events_dropped, stray_replies;

static int xen_store_break(int err, const char *why)
{
	if (!broken[0]) {
		strlcpy(broken, why, sizeof(broken));
		pr_err("connection broken: %s; every later call fails\n", broken);
	}
	return err;
}

/* Waits for the store's port until deadline; -ETIMEDOUT past it. */
static int xen_store_wait(u64 deadline, bool (*ready)(void))
{
	for (;;) {
		xen_evtchn_clear(store_port);
		if (ready())
			return 0;
		if (xen_evtchn_wait(store_port, deadline) == -ETIMEDOUT)
			return ready() ? 0 : -ETIMEDOUT;
	}
}

/* Indexes more than a ring apart: the ring is abandoned, saying which and why. */
static int xen_store_bad_ring(void)
{
	char why[XEN_STORE_WHY_LEN];

	xen_store_check_ring(store, why, sizeof(why));
	return xen_store_break(-EIO, why);
}

/* Both are ready on bad indexes too: the copy that follows refuses and reports. */
static bool req_has_room(void)
{
	return xen_store_ring_room(store) != 0;
}

static bool rsp_has_bytes(void)
{
	return xen_store_ring_avail(store) != 0;
}

static int xen_store_send(const void *data, size_t len, u64 deadline)
{
	while (len) {
		long n = xen_store_ring_put(store, data, len);

		if (n < 0)
			return xen_store_bad_ring();
		xen_evtchn_notify(store_port);
		data = (const char *)data + n;
		len -= n;
		if (len && xen_store_wait(deadline, req_has_room))
			return xen_store_break(-ETIMEDOUT, "xenstored took no request bytes in time");
	}
	return 0;
}

static int xen_store_recv(void *buf, size_t len, u64 deadline)
{
	while (len) {
		long n;

		if (xen_store_wait(deadline, rsp_has_bytes))
			return xen_store_break(-ETIMEDOUT, "no reply from xenstored in time");
		n = xen_store_ring_get(store, buf, len);
		if (n < 0)
			return xen_store_bad_ring();
		xen_evtchn_notify(store_port);
		buf = (char *)buf + n;
		len -= n;
	}
	return 0;
}

static void xen_store_queue_event(u32 len)
{
	const char *path, *token;

	if (xen_store_parse_watch(payload, len, &path, &token)) {
		pr_err("malformed watch event of %u bytes dropped\n", len);
		events_dropped++;
		return;
	}
	if (queued == XEN_STORE_QUEUE || strlen(path) >= XEN_STORE_WATCH_PATH_MAX ||
	    strlen(token) >= XEN_STORE_WATCH_PATH_MAX) {
		pr_err("watch event for %s dropped (queue full or path too long)\n", path);
		events_dropped++;
		return;
	}
	strlcpy(queue[queued].path, path, sizeof(queue[queued].path));
	strlcpy(queue[queued].token, token, sizeof(queue[queued].token));
	queued++;
}

/* Reads one message into payload; its header into msg. */
static int xen_store_read_message(struct xsd_sockmsg *msg, u64 deadline)
{
	char why[XEN_STORE_WHY_LEN];
	int err = xen_store_recv(msg, sizeof(*msg), deadline);

	if (err)
		return err;
	err = xen_store_check_header(msg, why, sizeof(why));
	if (err)
		return xen_store_break(err, why);
	err = xen_store_recv(payload, msg->len, deadline);
	payload[msg->len] = '\0';
	return err;
}

/*
 * Reads every whole message the ring holds: watch events are queued, a reply
 * nobody waits for (one that came after its request timed out) is counted.
 */
static void xen_store_drain(void)
{
	struct xsd_sockmsg msg;
	long avail = 0;

	while (!broken[0] && (avail = xen_store_ring_avail(store)) >= (long)sizeof(msg)) {
		if (xen_store_read_message(&msg, xen_sched_clock() + XEN_STORE_TIMEOUT_NS))
			break;
		if (msg.type == XS_WATCH_EVENT)
			xen_store_queue_event(msg.len);
		else
			stray_replies++;
	}
	if (!broken[0] && avail < 0)
		xen_store_bad_ring();
}

static void xen_store_dispatch(void)
{
	if (dispatching || in_request)
		return;
	dispatching = true;
	while (queued) {
		struct xen_store_event ev = queue[0];
		unsigned int i;

		queued--;
		memmove(&queue[0], &queue[1], queued * sizeof(queue[0]));
		for (i = 0; i < XEN_STORE_WATCHES; i++)
			if (watches[i].fn && !strcmp(watches[i].token, ev.token))
				watches[i].fn(ev.path, ev.token);
	}
	dispatching = false;
}

static int xen_store_request(u32 type, const char *const parts[], const u32 lens[],
			     unsigned int nparts, char *reply, size_t reply_len)
{
	struct xsd_sockmsg msg = { .type = type }, rsp;
	char why[XEN_STORE_WHY_LEN];
	unsigned long flags;
	unsigned int i;
	u64 deadline;
	int err;

	if (!store)
		return -ENOENT;
	if (broken[0])
		return -EIO;
	for (i = 0; i < nparts; i++)
		msg.len += lens[i];
	if (msg.len > XENSTORE_PAYLOAD_MAX)
		return -E2BIG;
	local_irq_save(flags);
	in_request = true;
	msg.req_id = ++next_req_id;
	deadline = xen_sched_clock() + XEN_STORE_TIMEOUT_NS;
	err = xen_store_send(&msg, sizeof(msg), deadline);
	for (i = 0; !err && i < nparts; i++)
		err = xen_store_send(parts[i], lens[i], deadline);
	while (!err) {
		err = xen_store_read_message(&rsp, deadline);
		if (err)
			break;
		if (rsp.type == XS_WATCH_EVENT) {
			xen_store_queue_event(rsp.len);
			continue;
		}
		err = xen_store_reply_status(&rsp, payload, type, msg.req_id, why, sizeof(why));
		if (err == -EPROTO)
			err = xen_store_break(err, why);
		else if (!err && reply) {
			if (rsp.len >= reply_len)
				err = -E2BIG;
			else
				memcpy(reply, payload, rsp.len + 1);
		}
		if (!err)
			err = rsp.len;
		break;
	}
	/*
	 * The waits cleared the port as they went, so what followed the reply
	 * (a watch event) has no event left to announce it: read it now.
	 * Anything written after this clear comes with an event of its own.
	 */
	xen_evtchn_clear(store_port);
	xen_store_drain();
	in_request = false;
	local_irq_restore(flags);
	xen_store_dispatch();
	return err;
}

int xen_store_read(const char *path, char *buf, size_t len)
{
	const char *const parts[] = { path };
	const u32 lens[] = { strlen(path) + 1 };

	return xen_store_request(XS_READ, parts, lens, 1, buf, len);
}

int xen_store_write(const char *path, const char *value)
{
	const char *const parts[] = { path, value };
	const u32 lens[] = { strlen(path) + 1, strlen(value) };
	int err = xen_store_request(XS_WRITE, parts, lens, 2, NULL, 0);

	return err < 0 ? err : 0;
}

int xen_store_watch(const char *path, const char *token, xen_store_watch_fn fn)
{
	const char *const parts[] = { path, token };
	const u32 lens[] = { strlen(path) + 1, strlen(token) + 1 };
	unsigned int i;
	int err;

	for (i = 0; i < XEN_STORE_WATCHES && watches[i].fn; i++)
		;
	if (i == XEN_STORE_WATCHES)
		return -ENOSPC;
	watches[i] = (struct xen_store_watch){ .path = path, .token = token, .fn = fn };
	err = xen_store_request(XS_WATCH, parts, lens, 2, NULL, 0);
	if (err < 0) {
		watches[i].fn = NULL;
		return err;
	}
	return 0;
}

/* The store's port, between requests (a request reads its own replies). */
static void xen_store_event(unsigned int port)
{
	xen_store_drain();
	xen_store_dispatch();
}

bool xen_store_connected(void)
{
	return store && !broken[0];
}

int xen_store_init(struct xenstore_domain_interface *intf, evtchn_port_t port)
{
	if (READ_ONCE(intf->connection) != XENSTORE_CONNECTED) {
		pr_err("store ring not connected (state %u)\n", intf->connection);
		return -EIO;
	}
	store = intf;
	store_port = port;
	xen_bind_port(port, xen_store_event);
	pr_info("connected on event channel %u\n", port);
	return 0;
}
