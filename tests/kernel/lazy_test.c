// SPDX-License-Identifier: GPL-2.0
/*
 * Lazy suite: the rules of lazy mode (kernel/lazy.c), on every backend and
 * on the host. The decision is pure, so every legal and illegal step is
 * checked here by value; that a real misuse panics with the decision's
 * words is a boot of its own (the lazy-misuse variant of scripts/run-tests,
 * which sets ktest.lazy_misuse and expects the panic), since a panic ends
 * the boot. Without that parameter the misuse case skips itself.
 */
#include <kernel/cmdline.h>
#include <kernel/ktest.h>
#include <kernel/string.h>
#include <pvops/ops.h>

static bool lazy_misuse;
KERNEL_PARAM_FLAG(lazy_misuse, "ktest.lazy_misuse", &lazy_misuse);

static void legal_steps_pass(struct ktest *t)
{
	KTEST_EXPECT_TRUE(t, !lazy_mode_misuse(PVOPS_LAZY_NONE, true, PVOPS_LAZY_MMU));
	KTEST_EXPECT_TRUE(t, !lazy_mode_misuse(PVOPS_LAZY_NONE, true, PVOPS_LAZY_CPU));
	KTEST_EXPECT_TRUE(t, !lazy_mode_misuse(PVOPS_LAZY_MMU, false, PVOPS_LAZY_MMU));
	KTEST_EXPECT_TRUE(t, !lazy_mode_misuse(PVOPS_LAZY_CPU, false, PVOPS_LAZY_CPU));
}

static void nested_enter_is_refused(struct ktest *t)
{
	KTEST_EXPECT_STREQ(t, lazy_mode_misuse(PVOPS_LAZY_MMU, true, PVOPS_LAZY_MMU),
			   "nested enter");
	KTEST_EXPECT_STREQ(t, lazy_mode_misuse(PVOPS_LAZY_CPU, true, PVOPS_LAZY_MMU),
			   "nested enter");
}

static void unbalanced_leave_is_refused(struct ktest *t)
{
	KTEST_EXPECT_STREQ(t, lazy_mode_misuse(PVOPS_LAZY_NONE, false, PVOPS_LAZY_MMU),
			   "leave without enter");
	KTEST_EXPECT_STREQ(t, lazy_mode_misuse(PVOPS_LAZY_NONE, false, PVOPS_LAZY_CPU),
			   "leave without enter");
}

static void mismatched_leave_is_refused(struct ktest *t)
{
	KTEST_EXPECT_STREQ(t, lazy_mode_misuse(PVOPS_LAZY_MMU, false, PVOPS_LAZY_CPU),
			   "leave of another mode");
	KTEST_EXPECT_STREQ(t, lazy_mode_misuse(PVOPS_LAZY_CPU, false, PVOPS_LAZY_MMU),
			   "leave of another mode");
}

static void none_is_not_a_mode(struct ktest *t)
{
	KTEST_EXPECT_STREQ(t, lazy_mode_misuse(PVOPS_LAZY_NONE, true, PVOPS_LAZY_NONE),
			   "not a lazy mode");
	KTEST_EXPECT_STREQ(t, lazy_mode_misuse(PVOPS_LAZY_MMU, false, PVOPS_LAZY_NONE),
			   "not a lazy mode");
}

/* Only when asked: the panic ends the boot, and the runner checks its message. */
static void mismatched_leave_panics(struct ktest *t)
{
	if (!lazy_misuse) {
		ktest_skip(t, "only with ktest.lazy_misuse (it panics)");
		return;
	}
	arch_enter_lazy_mode(PVOPS_LAZY_MMU);
	arch_leave_lazy_mode(PVOPS_LAZY_CPU);
	KTEST_FAIL(t, "leaving lazy CPU mode inside lazy MMU mode did not panic");
}

static const struct ktest_case lazy_cases[] = {
	KTEST_CASE(legal_steps_pass),
	KTEST_CASE(nested_enter_is_refused),
	KTEST_CASE(unbalanced_leave_is_refused),
	KTEST_CASE(mismatched_leave_is_refused),
	KTEST_CASE(none_is_not_a_mode),
	KTEST_CASE(mismatched_leave_panics),
};
KTEST_SUITE(lazy, "lazy", lazy_cases);
