// SPDX-License-Identifier: GPL-2.0
/*
 * printk formatting suite: vsnprintf against fixed expected strings, so the
 * same cases prove the formatter in the kernel and on the host (where
 * tests/host/libc_format_test.c also compares it with the C library).
 * Some cases hand the formatter what gcc's format checker rejects (a NULL
 * string, an unknown conversion) on purpose, hence the pragmas.
 */
#include <kernel/ktest.h>
#include <kernel/printk.h>
#include <kernel/string.h>

#pragma GCC diagnostic ignored "-Wformat"
#pragma GCC diagnostic ignored "-Wformat-overflow"
#pragma GCC diagnostic ignored "-Wformat-extra-args"

#define EXPECT_FMT(t, expected, ...)                                                               \
	do {                                                                                       \
		char __buf[128];                                                                   \
		int __n = snprintf(__buf, sizeof(__buf), __VA_ARGS__);                             \
		KTEST_EXPECT_STREQ(t, __buf, expected);                                            \
		KTEST_EXPECT_EQ(t, __n, (int)strlen(expected));                                    \
	} while (0)

static void integers(struct ktest *t)
{
	EXPECT_FMT(t, "0 -1 42 4294967295", "%d %d %u %u", 0, -1, 42u, 0xffffffffu);
	EXPECT_FMT(t, "-9223372036854775808", "%lld", (long long)(-9223372036854775807LL - 1));
	EXPECT_FMT(t, "18446744073709551615", "%llu", ~0ULL);
	EXPECT_FMT(t, "ff FF 0xff 777 0", "%x %X %#x %o %x", 255, 255, 255, 0777, 0);
	EXPECT_FMT(t, "-1 255", "%hhd %hhu", 255, 255);
	EXPECT_FMT(t, "123 456", "%zu %ld", (size_t)123, 456L);
}

static void widths_and_flags(struct ktest *t)
{
	EXPECT_FMT(t, "   42|42   |00042|+42| 42", "%5d|%-5d|%05d|%+d|% d", 42, 42, 42, 42, 42);
	EXPECT_FMT(t, "-0042", "%05d", -42);
	EXPECT_FMT(t, "  007", "%5.3d", 7);
	EXPECT_FMT(t, "0x00ff", "%#06x", 255);
	EXPECT_FMT(t, "   ab|ab   ", "%*s|%-*s", 5, "ab", 5, "ab");
}

static void strings_and_chars(struct ktest *t)
{
	EXPECT_FMT(t, "abc|ab|(null)|x|%", "%s|%.2s|%s|%c|%%", "abc", "abc", (char *)NULL, 'x');
	EXPECT_FMT(t, "[  abc]", "[%5.3s]", "abcdef");
}

static void pointers(struct ktest *t)
{
	EXPECT_FMT(t, "0x1000", "%p", (void *)0x1000);
}

static void unknown_conversion_shown(struct ktest *t)
{
	EXPECT_FMT(t, "a%qb", "a%qb");
}

static void truncation(struct ktest *t)
{
	char buf[4];
	int n = snprintf(buf, sizeof(buf), "%s", "abcdef");

	KTEST_EXPECT_EQ(t, n, 6);
	KTEST_EXPECT_STREQ(t, buf, "abc");
	KTEST_EXPECT_EQ(t, snprintf(NULL, 0, "%d", 12345), 5);
}

/* %pE: what the kernel echoes from the command line can neither end a line nor fake one. */
static void escaped_strings(struct ktest *t)
{
	EXPECT_FMT(t, "'a b'", "'%pE'", "a b");
	EXPECT_FMT(t, "x\\x0a(XEN) y\\x0d\\x1b\\x7f\\xff\\\\", "%pE", "x\n(XEN) y\r\x1b\x7f\xff\\");
	EXPECT_FMT(t, "ab\\x09|", "%*pE|", 3, "ab\tcd");
	EXPECT_FMT(t, "|", "%*pE|", 0, "abc");
	EXPECT_FMT(t, "(null)", "%pE", (char *)NULL);
}

static const struct ktest_case format_cases[] = {
	KTEST_CASE(integers),
	KTEST_CASE(widths_and_flags),
	KTEST_CASE(strings_and_chars),
	KTEST_CASE(pointers),
	KTEST_CASE(unknown_conversion_shown),
	KTEST_CASE(truncation),
	KTEST_CASE(escaped_strings),
};
KTEST_SUITE(format, "format", format_cases);
