// SPDX-License-Identifier: GPL-2.0
/*
 * The xenstore wire against replies no real xenstored sends: a length past
 * XENSTORE_PAYLOAD_MAX, a type the protocol lacks, an answer to another
 * request, a watch event that is not "path\0token\0". Each must be an error
 * with its reason, since the kernel client breaks the connection on it
 * rather than read on into garbage or wait forever; the error names from
 * xenstored map to their errno. The rings are exercised across their wrap
 * and when full, and with indexes no honest peer leaves (a producer more
 * than a ring ahead of its consumer, or behind it), which must be refused
 * before a byte is copied. Pure, so it runs in the host unit tests.
 */
#include <kernel/errno.h>
#include <kernel/ktest.h>
#include <kernel/string.h>
#include <xen-guest/xenstore.h>

static struct xenstore_domain_interface ring;
static char why[160];

static void ring_put_wraps_and_stops_when_full(struct ktest *t)
{
	static char data[XENSTORE_RING_SIZE + 10];

	memset(&ring, 0, sizeof(ring));
	memset(data, 'a', sizeof(data));
	ring.req_prod = ring.req_cons = XENSTORE_RING_SIZE - 3; /* next write wraps */
	data[2] = 'x';
	data[3] = 'y';
	KTEST_EXPECT_UEQ(t, xen_store_ring_put(&ring, data, sizeof(data)), XENSTORE_RING_SIZE);
	KTEST_EXPECT_EQ(t, ring.req[XENSTORE_RING_SIZE - 1], 'x');
	KTEST_EXPECT_EQ(t, ring.req[0], 'y');
	KTEST_EXPECT_UEQ(t, xen_store_ring_put(&ring, data, 1), 0); /* full */
	ring.req_cons += 5;
	KTEST_EXPECT_UEQ(t, xen_store_ring_put(&ring, data, sizeof(data)), 5);
}

static void ring_get_reads_across_the_wrap(struct ktest *t)
{
	char buf[8] = "";

	memset(&ring, 0, sizeof(ring));
	ring.rsp_cons = XENSTORE_RING_SIZE - 2;
	ring.rsp_prod = XENSTORE_RING_SIZE + 2;
	memcpy(&ring.rsp[XENSTORE_RING_SIZE - 2], "ab", 2);
	memcpy(ring.rsp, "cd", 2);
	KTEST_EXPECT_UEQ(t, xen_store_ring_avail(&ring), 4);
	KTEST_EXPECT_UEQ(t, xen_store_ring_get(&ring, buf, sizeof(buf)), 4);
	KTEST_EXPECT_STREQ(t, buf, "abcd");
	KTEST_EXPECT_UEQ(t, xen_store_ring_avail(&ring), 0);
}

/*
 * A backend that moves req_cons past req_prod (or leaves req_prod more than
 * a ring ahead) claims room that holds unconsumed bytes: nothing may be
 * written, the indexes stay, and the check names them.
 */
static void hostile_request_indexes_are_refused(struct ktest *t)
{
	static const XENSTORE_RING_IDX cons_of[] = { 150, 100 - XENSTORE_RING_SIZE - 1, 99 };
	static char data[XENSTORE_RING_SIZE + 100];
	unsigned int i;

	memset(data, 'z', sizeof(data));
	for (i = 0; i < ARRAY_SIZE(cons_of); i++) {
		memset(&ring, 'q', sizeof(ring));
		ring.req_prod = 100;
		ring.req_cons = cons_of[i];
		ring.rsp_prod = ring.rsp_cons = 0;
		KTEST_EXPECT_EQ(t, xen_store_ring_put(&ring, data, sizeof(data)),
				i == 2 ? XENSTORE_RING_SIZE - 1 : -EIO);
		if (i == 2)
			continue; /* one byte short of full: a well-formed ring */
		KTEST_EXPECT_EQ(t, xen_store_ring_room(&ring), -EIO);
		KTEST_EXPECT_EQ(t, ring.req_prod, 100);
		KTEST_EXPECT_EQ(t, ring.req[MASK_XENSTORE_IDX(100)], 'q');
		KTEST_EXPECT_EQ(t, xen_store_check_ring(&ring, why, sizeof(why)), -EIO);
	}
	KTEST_EXPECT_STREQ(t, why, "request ring: req_prod 0x64 is 1025 bytes ahead of req_cons "
				   "0xfffffc63, more than the 1024-byte ring");
}

/* A reply ring claiming more than a ring of bytes must not be read (it would repeat bytes). */
static void hostile_reply_indexes_are_refused(struct ktest *t)
{
	static const XENSTORE_RING_IDX prod_of[] = { 100 + XENSTORE_RING_SIZE + 1, 99 };
	char buf[XENSTORE_RING_SIZE + 8];
	unsigned int i;

	for (i = 0; i < ARRAY_SIZE(prod_of); i++) {
		memset(&ring, 0, sizeof(ring));
		memset(buf, 'b', sizeof(buf));
		ring.rsp_cons = 100;
		ring.rsp_prod = prod_of[i];
		KTEST_EXPECT_EQ(t, xen_store_ring_avail(&ring), -EIO);
		KTEST_EXPECT_EQ(t, xen_store_ring_get(&ring, buf, sizeof(buf)), -EIO);
		KTEST_EXPECT_EQ(t, ring.rsp_cons, 100);
		KTEST_EXPECT_EQ(t, buf[0], 'b');
		KTEST_EXPECT_EQ(t, xen_store_check_ring(&ring, why, sizeof(why)), -EIO);
	}
	KTEST_EXPECT_STREQ(t, why, "reply ring: rsp_prod 0x63 is 4294967295 bytes ahead of "
				   "rsp_cons 0x64, more than the 1024-byte ring");
	ring.rsp_prod = 100 + XENSTORE_RING_SIZE; /* exactly full: well formed */
	KTEST_EXPECT_EQ(t, xen_store_check_ring(&ring, why, sizeof(why)), 0);
	KTEST_EXPECT_EQ(t, xen_store_ring_avail(&ring), XENSTORE_RING_SIZE);
}

static void oversized_reply_is_refused(struct ktest *t)
{
	struct xsd_sockmsg msg = { .type = XS_READ, .len = XENSTORE_PAYLOAD_MAX };

	KTEST_EXPECT_EQ(t, xen_store_check_header(&msg, why, sizeof(why)), 0);
	msg.len = XENSTORE_PAYLOAD_MAX + 1;
	KTEST_EXPECT_EQ(t, xen_store_check_header(&msg, why, sizeof(why)), -E2BIG);
	KTEST_EXPECT_STREQ(t, why, "reply of 4097 bytes, more than XENSTORE_PAYLOAD_MAX (4096)");
	msg.len = 0xffffffff;
	KTEST_EXPECT_EQ(t, xen_store_check_header(&msg, why, sizeof(why)), -E2BIG);
}

static void unknown_type_is_refused(struct ktest *t)
{
	struct xsd_sockmsg msg = { .type = XS_TYPE_COUNT };

	KTEST_EXPECT_EQ(t, xen_store_check_header(&msg, why, sizeof(why)), -EPROTO);
	KTEST_EXPECT_STREQ(t, why, "reply of type 23, which the protocol does not have");
}

static void errors_map_to_errno(struct ktest *t)
{
	struct xsd_sockmsg msg = { .type = XS_ERROR, .req_id = 7, .len = 7 };

	KTEST_EXPECT_EQ(t, xen_store_reply_status(&msg, "ENOENT", XS_READ, 7, why, sizeof(why)),
			-ENOENT);
	KTEST_EXPECT_STREQ(t, why, "xenstored answered ENOENT");
	KTEST_EXPECT_EQ(t, xen_store_reply_status(&msg, "EACCES", XS_READ, 7, why, sizeof(why)),
			-EACCES);
	msg.len = 6; /* no NUL: still the name */
	KTEST_EXPECT_EQ(t, xen_store_reply_status(&msg, "E2BIGX", XS_READ, 7, why, sizeof(why)),
			-EIO); /* not a prefix match */
	msg.len = 5;
	KTEST_EXPECT_EQ(t, xen_store_reply_status(&msg, "E2BIG", XS_READ, 7, why, sizeof(why)),
			-E2BIG);
	msg.len = 9;
	KTEST_EXPECT_EQ(t, xen_store_reply_status(&msg, "EUNKNOWN", XS_READ, 7, why, sizeof(why)),
			-EIO);
}

static void mismatched_reply_is_refused(struct ktest *t)
{
	struct xsd_sockmsg msg = { .type = XS_READ, .req_id = 8, .len = 0 };

	KTEST_EXPECT_EQ(t, xen_store_reply_status(&msg, "", XS_READ, 8, why, sizeof(why)), 0);
	KTEST_EXPECT_EQ(t, xen_store_reply_status(&msg, "", XS_READ, 9, why, sizeof(why)),
			-EPROTO);
	KTEST_EXPECT_STREQ(t, why, "reply to request 8 while request 9 waits");
	KTEST_EXPECT_EQ(t, xen_store_reply_status(&msg, "", XS_WRITE, 8, why, sizeof(why)),
			-EPROTO);
	KTEST_EXPECT_STREQ(t, why, "reply of type 2 to a request of type 11");
}

static void watch_events_are_checked(struct ktest *t)
{
	const char *path = NULL, *token = NULL;

	KTEST_ASSERT_EQ(t, xen_store_parse_watch("control/shutdown\0tok", 21, &path, &token), 0);
	KTEST_EXPECT_STREQ(t, path, "control/shutdown");
	KTEST_EXPECT_STREQ(t, token, "tok");
	KTEST_EXPECT_EQ(t, xen_store_parse_watch("control/shutdown", 16, &path, &token), -EPROTO);
	KTEST_EXPECT_EQ(t, xen_store_parse_watch("a\0tok", 5, &path, &token), -EPROTO);
	KTEST_EXPECT_EQ(t, xen_store_parse_watch("\0tok", 5, &path, &token), -EPROTO);
	KTEST_EXPECT_EQ(t, xen_store_parse_watch("a\0t\0x", 6, &path, &token), -EPROTO);
}

static const struct ktest_case xenstore_wire_cases[] = {
	KTEST_CASE(ring_put_wraps_and_stops_when_full),
	KTEST_CASE(ring_get_reads_across_the_wrap),
	KTEST_CASE(hostile_request_indexes_are_refused),
	KTEST_CASE(hostile_reply_indexes_are_refused),
	KTEST_CASE(oversized_reply_is_refused),
	KTEST_CASE(unknown_type_is_refused),
	KTEST_CASE(errors_map_to_errno),
	KTEST_CASE(mismatched_reply_is_refused),
	KTEST_CASE(watch_events_are_checked),
};
KTEST_SUITE(xenstore_wire, "xenstore_wire", xenstore_wire_cases);
