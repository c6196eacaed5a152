/* SPDX-License-Identifier: GPL-2.0 */
/*
 * ktest: in-kernel test suites that report in KTAP version 1.
 *
 * The shape is KUnit's, so anyone who has read a KUnit log can read ours
 * and the host runner can use one parser: a suite is a named array of cases,
 * each case a function taking a struct ktest; expectations record a failure
 * and go on, assertions record one and return from the case. A failed
 * expectation prints where it failed and both values, as KUnit does. Suites
 * are placed in the ktest_suites linker section by KTEST_SUITE, so adding one
 * is adding a file (the pure suites are linked into the host unit-test
 * program as well, and run there unchanged); `ktest=all` or `ktest=a,b` on the command line chooses
 * which run. A case that crashes the kernel leaves no verdict line, which the
 * runner reports as a crash.
 */
#ifndef KERNEL_KTEST_H
#define KERNEL_KTEST_H

#include <kernel/types.h>

struct ktest {
	const char *name;
	bool failed;
	bool skipped;
	char skip_reason[96];
};

struct ktest_case {
	const char *name;
	void (*run)(struct ktest *t);
};

struct ktest_suite {
	const char *name;
	const struct ktest_case *cases;
	size_t nr_cases;
};

struct ktest_totals {
	unsigned int passed, failed, skipped;
};

#define KTEST_CASE(fn) { .name = #fn, .run = fn }

#define KTEST_SUITE(ident, suite_name, case_array)                                                 \
	static const struct ktest_suite __ktest_suite_##ident __used                               \
		__section("ktest_suites") __aligned(8) = {                                        \
			.name = suite_name,                                                        \
			.cases = case_array,                                                       \
			.nr_cases = ARRAY_SIZE(case_array),                                        \
	}

/* Bounds of the section: set by kernel/pvops.lds, or by the host linker. */
#ifdef HOST_TEST
extern const struct ktest_suite __start_ktest_suites[], __stop_ktest_suites[];
#define __ktest_suites_start __start_ktest_suites
#define __ktest_suites_end __stop_ktest_suites
#else
extern const struct ktest_suite __ktest_suites_start[], __ktest_suites_end[];
#endif

/*
 * Runs the suites named in selection ("all" or a comma-separated list) out
 * of suites[0..n), printing KTAP. A name that matches no suite is reported
 * as a failed top-level test. Returns true if nothing failed.
 */
bool ktest_run(const char *selection, const struct ktest_suite *suites, size_t n,
	       struct ktest_totals *totals);

/*
 * A console registered beside the real ones while a case checks what the
 * kernel printed: ktest_capture_start() empties buf (size bytes, kept
 * NUL-terminated; what does not fit is dropped) and records every console
 * write into it until ktest_capture_stop(). One capture at a time.
 */
void ktest_capture_start(char *buf, size_t size);
void ktest_capture_stop(void);

void ktest_skip(struct ktest *t, const char *fmt, ...) __printf(2, 3);
void ktest_fail(struct ktest *t, const char *file, int line, const char *fmt, ...) __printf(4, 5);
bool ktest_check_int(struct ktest *t, bool ok, const char *file, int line, const char *left_expr,
		     const char *op, const char *right_expr, long long left, long long right);
bool ktest_check_uint(struct ktest *t, bool ok, const char *file, int line,
		      const char *left_expr, const char *op, const char *right_expr,
		      unsigned long long left, unsigned long long right);
bool ktest_check_str(struct ktest *t, bool ok, const char *file, int line, const char *left_expr,
		     const char *op, const char *right_expr, const char *left, const char *right);
bool ktest_check_true(struct ktest *t, bool ok, const char *file, int line, const char *expr,
		      bool expected);

#define __KTEST_INT(t, a, op, b)                                                                   \
	({                                                                                         \
		long long __a = (long long)(a), __b = (long long)(b);                              \
		ktest_check_int(t, __a op __b, __FILE__, __LINE__, #a, #op, #b, __a, __b);         \
	})
#define __KTEST_UINT(t, a, op, b)                                                                  \
	({                                                                                         \
		unsigned long long __a = (unsigned long long)(a), __b = (unsigned long long)(b);   \
		ktest_check_uint(t, __a op __b, __FILE__, __LINE__, #a, #op, #b, __a, __b);        \
	})
#define __KTEST_STR(t, a, op, b)                                                                   \
	({                                                                                         \
		const char *__a = (a), *__b = (b);                                                 \
		ktest_check_str(t, __a && __b && (strcmp(__a, __b) op 0), __FILE__, __LINE__, #a,  \
				#op, #b, __a, __b);                                                \
	})

#define KTEST_EXPECT_EQ(t, a, b) __KTEST_INT(t, a, ==, b)
#define KTEST_EXPECT_NE(t, a, b) __KTEST_INT(t, a, !=, b)
#define KTEST_EXPECT_LT(t, a, b) __KTEST_INT(t, a, <, b)
#define KTEST_EXPECT_LE(t, a, b) __KTEST_INT(t, a, <=, b)
#define KTEST_EXPECT_GT(t, a, b) __KTEST_INT(t, a, >, b)
#define KTEST_EXPECT_GE(t, a, b) __KTEST_INT(t, a, >=, b)
#define KTEST_EXPECT_UEQ(t, a, b) __KTEST_UINT(t, a, ==, b)
#define KTEST_EXPECT_ULE(t, a, b) __KTEST_UINT(t, a, <=, b)
#define KTEST_EXPECT_UGE(t, a, b) __KTEST_UINT(t, a, >=, b)
#define KTEST_EXPECT_STREQ(t, a, b) __KTEST_STR(t, a, ==, b)
#define KTEST_EXPECT_STRNE(t, a, b) __KTEST_STR(t, a, !=, b)
#define KTEST_EXPECT_TRUE(t, c) ktest_check_true(t, !!(c), __FILE__, __LINE__, #c, true)
#define KTEST_EXPECT_FALSE(t, c) ktest_check_true(t, !(c), __FILE__, __LINE__, #c, false)

#define KTEST_ASSERT_EQ(t, a, b)                                                                   \
	do {                                                                                       \
		if (!KTEST_EXPECT_EQ(t, a, b))                                                     \
			return;                                                                    \
	} while (0)
#define KTEST_ASSERT_TRUE(t, c)                                                                    \
	do {                                                                                       \
		if (!KTEST_EXPECT_TRUE(t, c))                                                      \
			return;                                                                    \
	} while (0)
#define KTEST_FAIL(t, fmt, ...) ktest_fail(t, __FILE__, __LINE__, fmt, ##__VA_ARGS__)

#endif
