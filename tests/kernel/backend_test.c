// SPDX-License-Identifier: GPL-2.0
/*
 * Backend suite: the selection this boot actually made. The runner boots
 * each environment plainly and with pvops.backend= set to a bogus name, to a
 * built-in backend that cannot run there, and to the one that can, and says
 * what it expects with ktest.expect_backend= and ktest.expect_selection=;
 * the cases also re-derive the outcome from the registered backends, so the
 * kernel's report is checked against an independent reading.
 */
#include <kernel/ktest.h>
#include <kernel/string.h>
#include <pvops/backend.h>
#include <pvops/patch.h>

static char expect_backend[32];
KERNEL_PARAM_STRING(expect_backend, "ktest.expect_backend", expect_backend);
static char expect_selection[16];
KERNEL_PARAM_STRING(expect_selection, "ktest.expect_selection", expect_selection);

static const char *const outcome_names[] = {
	[PVOPS_SELECT_DETECTED] = "detected",
	[PVOPS_SELECT_FORCED] = "forced",
	[PVOPS_SELECT_UNKNOWN] = "unknown",
	[PVOPS_SELECT_NOT_DETECTED] = "refused",
};

static const struct pvops_backend *find_backend(const char *name)
{
	const struct pvops_backend *b;

	for (b = __pvops_backends_start; b < __pvops_backends_end; b++)
		if (!strcmp(b->name, name))
			return b;
	return NULL;
}

static void chosen_is_expected(struct ktest *t)
{
	if (!expect_backend[0]) {
		ktest_skip(t, "no ktest.expect_backend= on the command line");
		return;
	}
	KTEST_EXPECT_STREQ(t, pvops_backend->name, expect_backend);
	KTEST_EXPECT_TRUE(t, pvops_backend == pvops_boot_selection.chosen);
}

static void outcome_is_expected(struct ktest *t)
{
	if (!expect_selection[0]) {
		ktest_skip(t, "no ktest.expect_selection= on the command line");
		return;
	}
	KTEST_EXPECT_STREQ(t, outcome_names[pvops_boot_selection.outcome], expect_selection);
}

static void outcome_agrees_with_registry(struct ktest *t)
{
	const struct pvops_selection *sel = &pvops_boot_selection;
	const struct pvops_backend *named;

	KTEST_ASSERT_TRUE(t, sel->detected != NULL);
	KTEST_EXPECT_TRUE(t, sel->detected->detect(boot_info) == NULL);
	if (!sel->requested) {
		KTEST_EXPECT_EQ(t, sel->outcome, PVOPS_SELECT_DETECTED);
		KTEST_EXPECT_TRUE(t, sel->chosen == sel->detected);
		return;
	}
	named = find_backend(sel->requested);
	if (!named) {
		KTEST_EXPECT_EQ(t, sel->outcome, PVOPS_SELECT_UNKNOWN);
		KTEST_EXPECT_TRUE(t, sel->chosen == sel->detected);
	} else if (named->detect(boot_info)) {
		KTEST_EXPECT_EQ(t, sel->outcome, PVOPS_SELECT_NOT_DETECTED);
		KTEST_EXPECT_TRUE(t, sel->refusal != NULL);
		KTEST_EXPECT_TRUE(t, sel->chosen == sel->detected);
	} else {
		KTEST_EXPECT_EQ(t, sel->outcome, PVOPS_SELECT_FORCED);
		KTEST_EXPECT_TRUE(t, sel->chosen == named);
	}
}

static void registry_is_well_formed(struct ktest *t)
{
	const struct pvops_backend *b, *o;

	KTEST_ASSERT_TRUE(t, __pvops_backends_end - __pvops_backends_start > 0);
	for (b = __pvops_backends_start; b < __pvops_backends_end; b++) {
		KTEST_EXPECT_TRUE(t, b->name && b->name[0]);
		KTEST_EXPECT_TRUE(t, b->detect && b->init && b->irq_init && b->exit);
		for (o = __pvops_backends_start; o < b; o++)
			KTEST_EXPECT_STRNE(t, o->name, b->name);
	}
}

#ifdef CONFIG_PVOPS
/* Every backend built in, not only the one running, fills the required slots. */
static void every_table_is_complete(struct ktest *t)
{
	const struct pvops_backend *b;

	for (b = __pvops_backends_start; b < __pvops_backends_end; b++) {
		const char *missing;

		KTEST_ASSERT_TRUE(t, b->ops && b->info);
		missing = pvops_missing_slot(b->ops);
		if (missing)
			KTEST_FAIL(t, "backend %s leaves required slot %s empty", b->name, missing);
	}
}
#endif

static const struct ktest_case backend_cases[] = {
	KTEST_CASE(chosen_is_expected),
	KTEST_CASE(outcome_is_expected),
	KTEST_CASE(outcome_agrees_with_registry),
	KTEST_CASE(registry_is_well_formed),
#ifdef CONFIG_PVOPS
	KTEST_CASE(every_table_is_complete),
#endif
};
KTEST_SUITE(backend, "backend", backend_cases);
