// SPDX-License-Identifier: GPL-2.0
/*
 * The console ring's copy (console_wire.c) across its wrap, when full, and
 * with indexes no honest xenconsoled leaves: out_cons ahead of out_prod, or
 * out_prod more than the ring ahead of it. Those claim room that still holds
 * bytes not taken, so nothing may be written and the indexes must stay.
 * Pure, so it runs in the host unit tests.
 */
#include <kernel/errno.h>
#include <kernel/ktest.h>
#include <kernel/string.h>
#include <xen-guest/guest.h>

static struct xencons_interface cons;
static char text[sizeof(cons.out) + 16];

static void put_wraps_and_stops_when_full(struct ktest *t)
{
	memset(&cons, 0, sizeof(cons));
	memset(text, 'a', sizeof(text));
	text[1] = 'x';
	text[2] = 'y';
	cons.out_prod = cons.out_cons = sizeof(cons.out) - 2;
	KTEST_EXPECT_EQ(t, xen_cons_ring_put(&cons, text, sizeof(text)), (long)sizeof(cons.out));
	KTEST_EXPECT_EQ(t, cons.out[sizeof(cons.out) - 1], 'x');
	KTEST_EXPECT_EQ(t, cons.out[0], 'y');
	KTEST_EXPECT_EQ(t, xen_cons_ring_pending(&cons), (long)sizeof(cons.out));
	KTEST_EXPECT_EQ(t, xen_cons_ring_put(&cons, text, 1), 0);
	cons.out_cons += 3;
	KTEST_EXPECT_EQ(t, xen_cons_ring_put(&cons, text, sizeof(text)), 3);
}

static void hostile_indexes_are_refused(struct ktest *t)
{
	const XENCONS_RING_IDX cons_of[] = { 60, 50 - (XENCONS_RING_IDX)sizeof(cons.out) - 1 };
	char why[128];
	unsigned int i;

	memset(text, 'z', sizeof(text));
	for (i = 0; i < ARRAY_SIZE(cons_of); i++) {
		memset(&cons, 'q', sizeof(cons));
		cons.out_prod = 50;
		cons.out_cons = cons_of[i];
		KTEST_EXPECT_EQ(t, xen_cons_ring_put(&cons, text, sizeof(text)), -EIO);
		KTEST_EXPECT_EQ(t, xen_cons_ring_pending(&cons), -EIO);
		KTEST_EXPECT_EQ(t, cons.out_prod, 50);
		KTEST_EXPECT_EQ(t, cons.out[50], 'q');
	}
	xen_cons_ring_describe(&cons, why, sizeof(why));
	KTEST_EXPECT_STREQ(t, why, "console ring: out_prod 0x32 is 2049 bytes ahead of out_cons "
				   "0xfffff831, more than the 2048-byte ring");
}

static const struct ktest_case xen_console_wire_cases[] = {
	KTEST_CASE(put_wraps_and_stops_when_full),
	KTEST_CASE(hostile_indexes_are_refused),
};
KTEST_SUITE(xen_console_wire, "xen_console_wire", xen_console_wire_cases);
