// SPDX-License-Identifier: GPL-2.0
/*
 * A kernel built without its test suites or benchmarks, asked for them.
 *
 * CONFIG_KTEST=n and CONFIG_BENCH=n leave the suites and the loops out of
 * the image (configs/release), and with them the parameters that run
 * them. An unknown parameter is only reported, so `ktest=all` on such a
 * kernel would boot to a PASS having run nothing. This file takes the
 * word instead, says which option would build the work in, and fails the
 * boot: asking for tests or figures never reads as getting them.
 */
#define pr_fmt(fmt) "pvops: " fmt

#include <kernel/cmdline.h>
#include <kernel/init.h>
#include <kernel/printk.h>

static bool refuse(const char *param, const char *value, const char *option)
{
	if (!value[0])
		return true;
	pr_err("%s=%s: this kernel is built without %s, so nothing runs; the verdict is FAIL\n",
	       param, value, option);
	return false;
}

#ifndef CONFIG_KTEST
static char ktest_selection[256];
KERNEL_PARAM_STRING(ktest, "ktest", ktest_selection);

static bool ktest_absent(void)
{
	return refuse("ktest", ktest_selection, "CONFIG_KTEST");
}
LATE_WORK(ktest_absent, LATE_WORK_TESTS, ktest_absent);
#endif

#ifndef CONFIG_BENCH
static char bench_selection[256];
KERNEL_PARAM_STRING(bench, "bench", bench_selection);

static bool bench_absent(void)
{
	return refuse("bench", bench_selection, "CONFIG_BENCH");
}
LATE_WORK(bench_absent, LATE_WORK_BENCH, bench_absent);
#endif
