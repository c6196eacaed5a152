// SPDX-License-Identifier: GPL-2.0
/*
 * The xenstore wire: two byte rings in one page, and messages on them.
 *
 * The page (xenstore_domain_interface, io/xs_wire.h) holds a request ring
 * the guest produces into and a reply ring xenstored produces into, each
 * XENSTORE_RING_SIZE bytes indexed by free-running counters. A message is
 * an xsd_sockmsg header and len bytes of payload, and nothing marks where
 * one ends but that len; so a header that cannot be right (a length past
 * XENSTORE_PAYLOAD_MAX, a type the protocol does not have) means the stream
 * can no longer be followed, and the caller must treat the connection as
 * broken instead of reading on into garbage; so does a pair of ring indexes
 * more than a ring apart (include/xen-guest/ring.h), which the ring
 * functions refuse with -EIO before copying a byte. These functions only copy and
 * check; they never wait or signal, so the host unit tests drive them over
 * a page in ordinary memory, with replies no real xenstored would send.
 */
#include <kernel/errno.h>
#include <kernel/printk.h>
#include <kernel/string.h>
#include <xen-guest/ring.h>
#include <xen-guest/xenstore.h>

static int check_one(const char *name, const char *prod_name, const char *cons_name,
		     XENSTORE_RING_IDX prod, XENSTORE_RING_IDX cons, char *why, size_t why_len)
{
	if (xen_ring_indexes_ok(prod, cons, XENSTORE_RING_SIZE))
		return 0;
	snprintf(why, why_len, "%s ring: %s %#x is %u bytes ahead of %s %#x, more than the "
		 "%u-byte ring", name, prod_name, prod, prod - cons, cons_name, cons,
		 XENSTORE_RING_SIZE);
	return -EIO;
}

int xen_store_check_ring(const struct xenstore_domain_interface *intf, char *why, size_t why_len)
{
	int err = check_one("request", "req_prod", "req_cons", READ_ONCE(intf->req_prod),
			    READ_ONCE(intf->req_cons), why, why_len);

	return err ? err : check_one("reply", "rsp_prod", "rsp_cons", READ_ONCE(intf->rsp_prod),
				     READ_ONCE(intf->rsp_cons), why, why_len);
}

long xen_store_ring_room(const struct xenstore_domain_interface *intf)
{
	XENSTORE_RING_IDX prod = READ_ONCE(intf->req_prod), cons = READ_ONCE(intf->req_cons);

	if (!xen_ring_indexes_ok(prod, cons, XENSTORE_RING_SIZE))
		return -EIO;
	return XENSTORE_RING_SIZE - (prod - cons);
}

long xen_store_ring_put(struct xenstore_domain_interface *intf, const void *data, size_t len)
{
	XENSTORE_RING_IDX prod = READ_ONCE(intf->req_prod), cons = READ_ONCE(intf->req_cons);
	size_t room, n, i;

	if (!xen_ring_indexes_ok(prod, cons, XENSTORE_RING_SIZE))
		return -EIO;
	room = XENSTORE_RING_SIZE - (prod - cons);
	n = len < room ? len : room;
	for (i = 0; i < n; i++)
		intf->req[MASK_XENSTORE_IDX(prod + i)] = ((const char *)data)[i];
	barrier(); /* the bytes before the index: x86 keeps stores in order */
	WRITE_ONCE(intf->req_prod, prod + n);
	return n;
}

long xen_store_ring_avail(const struct xenstore_domain_interface *intf)
{
	XENSTORE_RING_IDX prod = READ_ONCE(intf->rsp_prod), cons = READ_ONCE(intf->rsp_cons);

	if (!xen_ring_indexes_ok(prod, cons, XENSTORE_RING_SIZE))
		return -EIO;
	return prod - cons;
}

long xen_store_ring_get(struct xenstore_domain_interface *intf, void *buf, size_t len)
{
	XENSTORE_RING_IDX prod = READ_ONCE(intf->rsp_prod), cons = READ_ONCE(intf->rsp_cons);
	size_t avail, n, i;

	if (!xen_ring_indexes_ok(prod, cons, XENSTORE_RING_SIZE))
		return -EIO;
	avail = prod - cons;
	n = len < avail ? len : avail;
	barrier(); /* the index before the bytes it covers */
	for (i = 0; i < n; i++)
		((char *)buf)[i] = intf->rsp[MASK_XENSTORE_IDX(cons + i)];
	barrier();
	WRITE_ONCE(intf->rsp_cons, cons + n);
	return n;
}

int xen_store_check_header(const struct xsd_sockmsg *msg, char *why, size_t why_len)
{
	if (msg->len > XENSTORE_PAYLOAD_MAX) {
		snprintf(why, why_len, "reply of %u bytes, more than XENSTORE_PAYLOAD_MAX (%u)",
			 msg->len, XENSTORE_PAYLOAD_MAX);
		return -E2BIG;
	}
	if (msg->type >= XS_TYPE_COUNT) {
		snprintf(why, why_len, "reply of type %u, which the protocol does not have",
			 msg->type);
		return -EPROTO;
	}
	return 0;
}

static int xen_store_error(const char *payload, u32 len)
{
	size_t i;

	for (i = 0; i < ARRAY_SIZE(xsd_errors); i++) {
		size_t n = strlen(xsd_errors[i].errstring);

		if (len >= n && !memcmp(payload, xsd_errors[i].errstring, n) &&
		    (len == n || payload[n] == '\0'))
			return -xsd_errors[i].errnum;
	}
	return -EIO;
}

int xen_store_reply_status(const struct xsd_sockmsg *msg, const char *payload, u32 type,
			   u32 req_id, char *why, size_t why_len)
{
	if (msg->req_id != req_id) {
		snprintf(why, why_len, "reply to request %u while request %u waits", msg->req_id,
			 req_id);
		return -EPROTO;
	}
	if (msg->type == XS_ERROR) {
		int err = xen_store_error(payload, msg->len);

		snprintf(why, why_len, "xenstored answered %.*s", (int)msg->len, payload);
		return err;
	}
	if (msg->type != type) {
		snprintf(why, why_len, "reply of type %u to a request of type %u", msg->type,
			 type);
		return -EPROTO;
	}
	return 0;
}

int xen_store_parse_watch(const char *payload, u32 len, const char **path, const char **token)
{
	size_t path_len = strnlen(payload, len);

	if (path_len == len || !path_len)
		return -EPROTO;
	if (strnlen(payload + path_len + 1, len - path_len - 1) != len - path_len - 2)
		return -EPROTO;
	*path = payload;
	*token = payload + path_len + 1;
	return 0;
}
