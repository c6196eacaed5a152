// SPDX-License-Identifier: GPL-2.0
/*
 * The test suites as late work: what ktest= asks for, run once the kernel is up.
 *
 * The runner itself (ktest.c) is pure and is linked into the host unit-test
 * program too; this file is the kernel's half, which reads the command line
 * and registers with LATE_WORK() so that start_kernel() runs the suites
 * without naming them. A refused ktest= list fails the boot even though no
 * suite failed: tests were asked for, and running fewer, or none, must not
 * read as a pass.
 */
#define pr_fmt(fmt) "pvops: " fmt

#include <kernel/cmdline.h>
#include <kernel/init.h>
#include <kernel/ktest.h>
#include <kernel/printk.h>

static char ktest_selection[256];
static bool ktest_refused;
KERNEL_PARAM_STRING_CHECKED(ktest, "ktest", ktest_selection, &ktest_refused);

static bool ktest_late(void)
{
	struct ktest_totals totals;
	bool ok = true;

	if (ktest_refused) {
		pr_err("ktest: a requested suite list was refused (see above); "
		       "the verdict is FAIL\n");
		ok = false;
	}
	if (ktest_selection[0]) {
		ok = ktest_run(ktest_selection, __ktest_suites_start,
			       __ktest_suites_end - __ktest_suites_start, &totals);
		pr_info("tests: %u passed, %u failed, %u skipped\n", totals.passed, totals.failed,
			totals.skipped);
	} else if (!ktest_refused) {
		pr_info("no tests requested (ktest=all runs every suite)\n");
	}
	return ok;
}
LATE_WORK(ktest, LATE_WORK_TESTS, ktest_late);
