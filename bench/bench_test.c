// SPDX-License-Identifier: GPL-2.0
/*
 * The bench suite: the harness's handling of `bench=`, checked on every
 * backend by `ktest=all` (the measurements themselves are checked by
 * scripts/run-tests, which boots the benchmarks twice and compares).
 * What matters is that a request either selects exactly the ops it names
 * or is refused with the word that was wrong, because the result of a
 * misspelled op would otherwise be a report that silently lacks it. The
 * cases use a private table, so adding an op to the benchmarks cannot
 * change what they expect.
 */
#include <kernel/ktest.h>
#include <kernel/string.h>

#include "bench.h"

static const struct bench_op ops[] = {
	{ .name = "read_cr3" },
	{ .name = "read_cr" },
	{ .name = "cpuid" },
};
static bool chosen[ARRAY_SIZE(ops)];
static char bad[16];

static bool parse(const char *selection)
{
	bad[0] = '\0';
	return bench_parse_selection(selection, ops, ARRAY_SIZE(ops), chosen, bad, sizeof(bad));
}

static void all_selects_every_op(struct ktest *t)
{
	KTEST_ASSERT_TRUE(t, parse("all"));
	KTEST_EXPECT_TRUE(t, chosen[0] && chosen[1] && chosen[2]);
}

static void names_select_exactly_those_ops(struct ktest *t)
{
	KTEST_ASSERT_TRUE(t, parse("cpuid,read_cr"));
	KTEST_EXPECT_FALSE(t, chosen[0]);
	KTEST_EXPECT_TRUE(t, chosen[1]);
	KTEST_EXPECT_TRUE(t, chosen[2]);
}

static void unknown_name_is_refused_by_name(struct ktest *t)
{
	KTEST_EXPECT_FALSE(t, parse("cpuid,read_cr33,read_cr3"));
	KTEST_EXPECT_STREQ(t, bad, "read_cr33");
	KTEST_EXPECT_FALSE(t, parse("read_c"));
	KTEST_EXPECT_STREQ(t, bad, "read_c");
}

static void empty_name_is_refused(struct ktest *t)
{
	KTEST_EXPECT_FALSE(t, parse("cpuid,,read_cr3"));
	KTEST_EXPECT_STREQ(t, bad, "");
	KTEST_EXPECT_FALSE(t, parse("cpuid,"));
}

static const struct ktest_case bench_cases[] = {
	KTEST_CASE(all_selects_every_op),
	KTEST_CASE(names_select_exactly_those_ops),
	KTEST_CASE(unknown_name_is_refused_by_name),
	KTEST_CASE(empty_name_is_refused),
};
KTEST_SUITE(bench, "bench", bench_cases);
