// SPDX-License-Identifier: GPL-2.0
/*
 * start_kernel(): the generic kernel, identical on every backend.
 *
 * By the time it runs, a backend has been chosen and pv_ops is final, so
 * nothing here knows or asks where it runs. It reports what the loader
 * gave, runs the test suites and benchmarks the command line asked for,
 * and leaves with a verdict. The verdict is always the last console line,
 * "pvops: verdict: PASS" or "FAIL", immediately followed by the matching
 * exit status: the host runner needs both to agree, so a run that dies
 * before this line is a crash whatever its exit status.
 */
#define pr_fmt(fmt) "pvops: " fmt

#include <kernel/bench.h>
#include <kernel/bootinfo.h>
#include <kernel/cmdline.h>
#include <kernel/desc.h>
#include <kernel/ktest.h>
#include <kernel/mm.h>
#include <kernel/printk.h>
#include <kernel/sched.h>
#include <kernel/traps.h>
#include <pvops/backend.h>

static char ktest_selection[256];
static bool ktest_refused;
KERNEL_PARAM_STRING_CHECKED(ktest, "ktest", ktest_selection, &ktest_refused);

void start_kernel(struct boot_info *bi) __noreturn;
void start_kernel(struct boot_info *bi)
{
	struct ktest_totals totals;
	bool ok = true;

	page_alloc_init(bi);
	mm_init();
	desc_init();
	sched_init();
	traps_init();
	pvops_backend->irq_init();
	pr_info("pvops kernel, backend %s, entered through %s\n", pvops_backend->name,
		boot_protocol_name(bi->protocol));
	pr_info("command line: '%s'\n", boot_command_line);
	pr_info("RAM: %llu KiB in %u region(s)\n", (unsigned long long)(bi->ram_bytes >> 10),
		bi->nr_mem_regions);
	if (boot_cmdline_errors)
		pr_warn("%d command-line word(s) rejected (see above)\n", boot_cmdline_errors);

	if (ktest_refused) {
		/* Tests were asked for; running fewer, or none, must not read as a pass. */
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
	if (!bench_run())
		ok = false;
	printk(KERN_EMERG "pvops: verdict: %s\n", ok ? "PASS" : "FAIL");
	machine_exit(ok ? EXIT_PASS : EXIT_FAIL);
}
