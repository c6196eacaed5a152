// SPDX-License-Identifier: GPL-2.0
/*
 * The xenstore wire against replies no real xenstored sends: a length past
 * XENSTORE_PAYLOAD_MAX, a type the protocol lacks, an answer to another
 * request, a watch event that is not "path\0token\0". Each must be an error
 * with its reason, since the kernel client breaks the connection on it
 * rather than read on into garbage or wait forever; the error names from
 * xenstored map to their errno. The rings are exercised across their wrap
 * and when full. Pure, so it runs in the host unit tests.
 */
#include <kernel/errno.h>
#include <kernel/ktest.h>
#include <kernel/string.h>
#include <pvops/xen/xenstore.h>

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
	KTEST_CASE(oversized_reply_is_refused),
	KTEST_CASE(unknown_type_is_refused),
	KTEST_CASE(errors_map_to_errno),
	KTEST_CASE(mismatched_reply_is_refused),
	KTEST_CASE(watch_events_are_checked),
};
KTEST_SUITE(xenstore_wire, "xenstore_wire", xenstore_wire_cases);
