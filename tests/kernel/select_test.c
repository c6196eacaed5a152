// SPDX-License-Identifier: GPL-2.0
/*
 * Backend-selection suite: select_backend() against fake backends, so
 * every outcome (detected, forced, unknown name, refused, nothing fits) is
 * covered on every boot and on the host, whatever this machine happens to
 * be. The live boot's own selection is checked by the backend suite.
 */
#include <kernel/ktest.h>
#include <kernel/select.h>
#include <kernel/string.h>
#include <pvops/backend.h>

static const char *only_pvh(const struct boot_info *bi)
{
	return bi->protocol == BOOT_PROTOCOL_PVH ? NULL : "needs PVH";
}

static const char *only_xen_pv(const struct boot_info *bi)
{
	return bi->protocol == BOOT_PROTOCOL_XEN_PV ? NULL : "needs Xen PV";
}

static const char *never(const struct boot_info *bi)
{
	return "no such host";
}

static const struct pvops_backend fakes[] = {
	{ .name = "low-pvh", .priority = 1, .detect = only_pvh },
	{ .name = "never", .priority = 99, .detect = never },
	{ .name = "high-pvh", .priority = 5, .detect = only_pvh },
	{ .name = "xenish", .priority = 10, .detect = only_xen_pv },
};

static struct boot_info pvh = { .protocol = BOOT_PROTOCOL_PVH };
static struct boot_info xen_pv = { .protocol = BOOT_PROTOCOL_XEN_PV };

static void highest_priority_detected_wins(struct ktest *t)
{
	struct pvops_selection sel;

	KTEST_ASSERT_TRUE(t, select_backend(fakes, ARRAY_SIZE(fakes), &pvh, NULL, &sel));
	KTEST_EXPECT_STREQ(t, sel.chosen->name, "high-pvh");
	KTEST_EXPECT_EQ(t, sel.outcome, PVOPS_SELECT_DETECTED);
	KTEST_ASSERT_TRUE(t, select_backend(fakes, ARRAY_SIZE(fakes), &xen_pv, NULL, &sel));
	KTEST_EXPECT_STREQ(t, sel.chosen->name, "xenish");
}

static void forced_backend_that_can_run(struct ktest *t)
{
	struct pvops_selection sel;

	KTEST_ASSERT_TRUE(t,
			  select_backend(fakes, ARRAY_SIZE(fakes), &pvh, "low-pvh", &sel));
	KTEST_EXPECT_STREQ(t, sel.chosen->name, "low-pvh");
	KTEST_EXPECT_STREQ(t, sel.detected->name, "high-pvh");
	KTEST_EXPECT_EQ(t, sel.outcome, PVOPS_SELECT_FORCED);
}

static void unknown_name_keeps_detected(struct ktest *t)
{
	struct pvops_selection sel;

	KTEST_ASSERT_TRUE(t, select_backend(fakes, ARRAY_SIZE(fakes), &pvh, "bogus", &sel));
	KTEST_EXPECT_STREQ(t, sel.chosen->name, "high-pvh");
	KTEST_EXPECT_EQ(t, sel.outcome, PVOPS_SELECT_UNKNOWN);
	KTEST_EXPECT_STREQ(t, sel.requested, "bogus");
}

static void refused_backend_keeps_detected(struct ktest *t)
{
	struct pvops_selection sel;

	KTEST_ASSERT_TRUE(t, select_backend(fakes, ARRAY_SIZE(fakes), &pvh, "never", &sel));
	KTEST_EXPECT_STREQ(t, sel.chosen->name, "high-pvh");
	KTEST_EXPECT_EQ(t, sel.outcome, PVOPS_SELECT_NOT_DETECTED);
	KTEST_EXPECT_STREQ(t, sel.refusal, "no such host");
	KTEST_ASSERT_TRUE(t,
			  select_backend(fakes, ARRAY_SIZE(fakes), &pvh, "xenish", &sel));
	KTEST_EXPECT_STREQ(t, sel.refusal, "needs Xen PV");
}

static void nothing_can_run(struct ktest *t)
{
	struct pvops_selection sel;

	KTEST_EXPECT_FALSE(t, select_backend(&fakes[1], 1, &pvh, NULL, &sel));
	KTEST_EXPECT_TRUE(t, sel.chosen == NULL);
	KTEST_EXPECT_FALSE(t, select_backend(fakes, 0, &pvh, "never", &sel));
}

static const struct ktest_case select_cases[] = {
	KTEST_CASE(highest_priority_detected_wins),
	KTEST_CASE(forced_backend_that_can_run),
	KTEST_CASE(unknown_name_keeps_detected),
	KTEST_CASE(refused_backend_keeps_detected),
	KTEST_CASE(nothing_can_run),
};
KTEST_SUITE(select, "select", select_cases);
