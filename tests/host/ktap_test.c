// SPDX-License-Identifier: GPL-2.0
/*
 * KTAP emission suite (host only): runs ktest_run() on a fake suite with a
 * passing, a failing and a skipped case into a capture console and compares
 * every byte with the KTAP that KUnit would print, including the failure
 * report's file:line and values. A change to the format shows up here
 * before it confuses the runner's parser.
 */
#include <string.h>

#include <kernel/ktest.h>
#include <kernel/printk.h>

static char out[4096];
static size_t out_len;

static void capture(const char *text, size_t len)
{
	if (out_len + len < sizeof(out)) {
		memcpy(out + out_len, text, len);
		out_len += len;
		out[out_len] = '\0';
	}
}

static struct console capture_console = { .name = "capture", .write = capture };

static void fake_pass(struct ktest *t)
{
	KTEST_EXPECT_EQ(t, 1 + 1, 2);
}

static int fake_fail_line;

static void fake_fail(struct ktest *t)
{
	int two = 2;

	fake_fail_line = __LINE__ + 1;
	KTEST_EXPECT_EQ(t, two, 3);
}

static void fake_skip(struct ktest *t)
{
	ktest_skip(t, "not here");
}

static const struct ktest_case fake_cases[] = {
	KTEST_CASE(fake_pass),
	KTEST_CASE(fake_fail),
	KTEST_CASE(fake_skip),
};
static const struct ktest_suite fake_suites[] = {
	{ .name = "fake", .cases = fake_cases, .nr_cases = 3 },
	{ .name = "other", .cases = fake_cases, .nr_cases = 1 },
};

void host_console_mute(bool mute);

static bool run_captured(const char *selection, struct ktest_totals *totals)
{
	bool ok;

	console_flush();
	out_len = 0;
	out[0] = '\0';
	host_console_mute(true);
	register_console(&capture_console);
	ok = ktest_run(selection, fake_suites, 2, totals);
	console_flush();
	unregister_console(&capture_console);
	host_console_mute(false);
	return ok;
}

static void emits_kunit_format(struct ktest *t)
{
	static const char expected_fmt[] =
		"KTAP version 1\n"
		"1..1\n"
		"    KTAP version 1\n"
		"    # Subtest: fake\n"
		"    1..3\n"
		"    ok 1 fake_pass\n"
		"    # fake_fail: EXPECTATION FAILED at tests/host/ktap_test.c:%d\n"
		"    Expected two == 3, but\n"
		"        two == 2 (0x2)\n"
		"        3 == 3 (0x3)\n"
		"    not ok 2 fake_fail\n"
		"    ok 3 fake_skip # SKIP not here\n"
		"# fake: pass:1 fail:1 skip:1 total:3\n"
		"not ok 1 fake\n"
		"# Totals: pass:1 fail:1 skip:1 total:3\n";
	char expected[sizeof(expected_fmt) + 8];
	struct ktest_totals totals;

	KTEST_EXPECT_FALSE(t, run_captured("fake", &totals));
	snprintf(expected, sizeof(expected), expected_fmt, fake_fail_line);
	KTEST_EXPECT_STREQ(t, out, expected);
	KTEST_EXPECT_EQ(t, totals.passed, 1);
	KTEST_EXPECT_EQ(t, totals.failed, 1);
	KTEST_EXPECT_EQ(t, totals.skipped, 1);
}

static void unknown_suite_is_a_failure(struct ktest *t)
{
	static const char expected[] =
		"KTAP version 1\n"
		"1..2\n"
		"    KTAP version 1\n"
		"    # Subtest: other\n"
		"    1..1\n"
		"    ok 1 fake_pass\n"
		"# other: pass:1 fail:0 skip:0 total:1\n"
		"ok 1 other\n"
		"# ktest: no suite named 'nosuch'\n"
		"not ok 2 nosuch # no such suite\n"
		"# Totals: pass:1 fail:1 skip:0 total:2\n";
	struct ktest_totals totals;

	KTEST_EXPECT_FALSE(t, run_captured("other,nosuch", &totals));
	KTEST_EXPECT_STREQ(t, out, expected);
}

/* A suite named twice runs once, and the repeat is refused like an unknown name. */
static void repeated_suite_is_a_failure(struct ktest *t)
{
	static const char expected[] =
		"KTAP version 1\n"
		"1..2\n"
		"    KTAP version 1\n"
		"    # Subtest: other\n"
		"    1..1\n"
		"    ok 1 fake_pass\n"
		"# other: pass:1 fail:0 skip:0 total:1\n"
		"ok 1 other\n"
		"# ktest: suite 'other' is named more than once; it runs once\n"
		"not ok 2 other # named again\n"
		"# Totals: pass:1 fail:1 skip:0 total:2\n";
	struct ktest_totals totals;

	KTEST_EXPECT_FALSE(t, run_captured("other,other", &totals));
	KTEST_EXPECT_STREQ(t, out, expected);
	KTEST_EXPECT_EQ(t, totals.failed, 1);
}

static void selection_by_list_and_all(struct ktest *t)
{
	struct ktest_totals totals;

	KTEST_EXPECT_TRUE(t, run_captured("other", &totals));
	KTEST_EXPECT_EQ(t, totals.passed, 1);
	KTEST_EXPECT_FALSE(t, run_captured("all", &totals));
	KTEST_EXPECT_EQ(t, totals.passed, 2);
	KTEST_EXPECT_TRUE(t, strstr(out, "1..2\n") == out + strlen("KTAP version 1\n"));
}

static const struct ktest_case ktap_cases[] = {
	KTEST_CASE(emits_kunit_format),
	KTEST_CASE(unknown_suite_is_a_failure),
	KTEST_CASE(repeated_suite_is_a_failure),
	KTEST_CASE(selection_by_list_and_all),
};
KTEST_SUITE(ktap, "ktap", ktap_cases);
