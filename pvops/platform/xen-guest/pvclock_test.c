// SPDX-License-Identifier: GPL-2.0
/*
 * Xen's clock arithmetic on stamps and TSC readings chosen to show each
 * rule: ticks scaled by mul / 2^32 after the shift either way, and a TSC
 * read before its stamp (as Xen's emulated TSC can be) counting as the
 * stamp instead of wrapping. Pure, so it runs on the host and in the kernel.
 */
#include <kernel/ktest.h>
#include <xen-guest/pvclock.h>

#define HALF (1U << 31) /* mul: 0.5 ns per shifted tick */
#define SYSTEM_TIME 1000000000ULL
#define STAMP 5000000ULL

static void ticks_are_scaled(struct ktest *t)
{
	KTEST_EXPECT_UEQ(t, xen_pvclock_ns(SYSTEM_TIME, STAMP, HALF, 1, STAMP + 1000),
			 SYSTEM_TIME + 1000);
	KTEST_EXPECT_UEQ(t, xen_pvclock_ns(SYSTEM_TIME, STAMP, HALF, -1, STAMP + 1000),
			 SYSTEM_TIME + 250);
	KTEST_EXPECT_UEQ(t, xen_pvclock_ns(SYSTEM_TIME, STAMP, HALF, 0, STAMP), SYSTEM_TIME);
}

static void tsc_before_its_stamp_is_the_stamp(struct ktest *t)
{
	KTEST_EXPECT_UEQ(t, xen_pvclock_ns(SYSTEM_TIME, STAMP, HALF, 1, STAMP - 3), SYSTEM_TIME);
}

static const struct ktest_case xen_pvclock_cases[] = {
	KTEST_CASE(ticks_are_scaled),
	KTEST_CASE(tsc_before_its_stamp_is_the_stamp),
};
KTEST_SUITE(xen_pvclock, "xen_pvclock", xen_pvclock_cases);
