// SPDX-License-Identifier: GPL-2.0
/*
 * vsnprintf against the C library (host only): a table of formats and
 * values printed by both, which must agree byte for byte and in the
 * returned length. The kernel-side format suite pins expected strings; this
 * one catches any case where "expected" was itself wrong.
 */
#include <stdio.h>
#include <string.h>

#include <kernel/ktest.h>

int kernel_snprintf(char *buf, size_t size, const char *fmt, ...);

#define COMPARE(t, fmt, ...)                                                                       \
	do {                                                                                       \
		char __k[128], __c[128];                                                           \
		int __kn = kernel_snprintf(__k, sizeof(__k), fmt, __VA_ARGS__);                    \
		int __cn = (snprintf)(__c, sizeof(__c), fmt, __VA_ARGS__);                         \
		KTEST_EXPECT_STREQ(t, __k, __c);                                                   \
		KTEST_EXPECT_EQ(t, __kn, __cn);                                                    \
	} while (0)

static void integers_match_libc(struct ktest *t)
{
	static const long long values[] = { 0, 1, -1, 42, -42, 255, 65535, 2147483647,
					    -2147483647LL - 1, 4294967296LL,
					    -9223372036854775807LL - 1 };
	size_t i;

	for (i = 0; i < ARRAY_SIZE(values); i++) {
		long long v = values[i];

		COMPARE(t, "%lld|%llu|%llx|%llX|%llo", v, v, v, v, v);
		COMPARE(t, "%5lld|%-5lld|%05lld|%+lld|% lld", v, v, v, v, v);
		COMPARE(t, "%#llx|%#llo|%.3lld|%8.3lld|%-8.3lld|", v, v, v, v, v);
		COMPARE(t, "%d|%u|%x|%hd|%hhu", (int)v, (unsigned int)v, (unsigned int)v, (int)v, (int)v);
	}
}

static void strings_match_libc(struct ktest *t)
{
	static const char *const strs[] = { "", "a", "hello", "a longer string" };
	size_t i;

	for (i = 0; i < ARRAY_SIZE(strs); i++) {
		COMPARE(t, "[%s][%10s][%-10s][%.3s][%*s]", strs[i], strs[i], strs[i], strs[i], 7,
			strs[i]);
		COMPARE(t, "[%c][%3c][%-3c]", 'z', 'z', 'z');
	}
}

static const struct ktest_case libc_cases[] = {
	KTEST_CASE(integers_match_libc),
	KTEST_CASE(strings_match_libc),
};
KTEST_SUITE(libc_format, "libc_format", libc_cases);
