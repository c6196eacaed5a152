// SPDX-License-Identifier: GPL-2.0
/*
 * The PVH backend's feature check, on feature words Xen may send: the one
 * it needs, none, and everything but it. Pure, so it runs on the host as
 * well as in the kernel, where no real Xen lacks the feature to show it.
 */
#include <kernel/ktest.h>
#include <kernel/string.h>
#include <xen/features.h>

#include "xen_pvh.h"

#define VECTOR_FEATURE (1U << XENFEAT_hvm_callback_vector)

static void vector_callback_is_enough(struct ktest *t)
{
	KTEST_EXPECT_TRUE(t, xen_pvh_missing_feature(VECTOR_FEATURE) == NULL);
}

static void missing_vector_callback_is_named(struct ktest *t)
{
	const char *why = xen_pvh_missing_feature(~VECTOR_FEATURE);

	KTEST_ASSERT_TRUE(t, why != NULL);
	KTEST_EXPECT_STREQ(t, why, "Xen lacks XENFEAT_hvm_callback_vector: no event delivery by "
				   "vector, so the timer could never interrupt");
	KTEST_EXPECT_TRUE(t, xen_pvh_missing_feature(0) != NULL);
}

static const struct ktest_case xen_pvh_features_cases[] = {
	KTEST_CASE(vector_callback_is_enough),
	KTEST_CASE(missing_vector_callback_is_named),
};
KTEST_SUITE(xen_pvh_features, "xen_pvh_features", xen_pvh_features_cases);
