// SPDX-License-Identifier: GPL-2.0
/*
 * Backend suite: the selection this boot actually made. The runner boots
 * each environment plainly and with pvops.backend= set to a bogus name, to a
 * built-in backend that cannot run there, and to the one that can, and says
 * what it expects with ktest.expect_backend= and ktest.expect_selection=;
 * the cases also re-derive the outcome from the registered backends, so the
 * kernel's report is checked against an independent reading.
 */
#include <kernel/boot.h>
#include <kernel/ktest.h>
#include <kernel/machine.h>
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
	KTEST_EXPECT_STREQ(t, machine_backend->name, expect_backend);
	KTEST_EXPECT_TRUE(t, machine_backend == boot_selection.chosen);
}

static void outcome_is_expected(struct ktest *t)
{
	if (!expect_selection[0]) {
		ktest_skip(t, "no ktest.expect_selection= on the command line");
		return;
	}
	KTEST_EXPECT_STREQ(t, outcome_names[boot_selection.outcome], expect_selection);
}

static void outcome_agrees_with_registry(struct ktest *t)
{
	const struct pvops_selection *sel = &boot_selection;
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

/*
 * The facts suites and the kernel ask instead of names must be true: the
 * running backend's against the CPU (the one place that reads %cs, to
 * check the answer everyone else takes on trust).
 */
static void running_facts_are_true(struct ktest *t)
{
	u16 cs;

	__asm__("mov %%cs, %0" : "=r"(cs));
	KTEST_EXPECT_UEQ(t, pv_info.kernel_cs, cs);
	KTEST_EXPECT_UEQ(t, pv_info.kernel_rpl, cs & 3);
#ifdef CONFIG_PVOPS
	KTEST_EXPECT_STREQ(t, pv_info.name, machine_backend->name);
#else
	KTEST_EXPECT_EQ(t, pv_info.flags, 0);
#endif
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

/* ...and every built-in backend's against its own registration. */
static void every_backend_states_its_facts(struct ktest *t)
{
	const struct pvops_backend *b;

	for (b = __pvops_backends_start; b < __pvops_backends_end; b++) {
		const struct pv_info *info = b->info;

		KTEST_ASSERT_TRUE(t, info != NULL);
		KTEST_EXPECT_UEQ(t, info->kernel_cs & 3, info->kernel_rpl);
		KTEST_EXPECT_EQ(t, !!(info->flags & PV_INFO_COUNTS_HYPERCALLS), !!b->hypercalls);
		if (!(info->flags & PV_INFO_HYPERVISOR))
			KTEST_EXPECT_EQ(t, info->kernel_rpl, 0);
	}
}
#endif

static const struct ktest_case backend_cases[] = {
	KTEST_CASE(chosen_is_expected),
	KTEST_CASE(outcome_is_expected),
	KTEST_CASE(outcome_agrees_with_registry),
	KTEST_CASE(registry_is_well_formed),
	KTEST_CASE(running_facts_are_true),
#ifdef CONFIG_PVOPS
	KTEST_CASE(every_table_is_complete),
	KTEST_CASE(every_backend_states_its_facts),
#endif
};
KTEST_SUITE(backend, "backend", backend_cases);
