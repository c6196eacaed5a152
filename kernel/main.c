// SPDX-License-Identifier: GPL-2.0
/*
 * start_kernel(): the generic kernel, identical on every backend.
 *
 * By the time it runs, a backend has been chosen and pv_ops is final, so
 * nothing here knows or asks where it runs: interrupt delivery is set up
 * through machine_irq_init() and the way out is machine_exit(). It reports
 * what the loader gave, runs the late work registered with LATE_WORK()
 * (the test suites, the benchmarks, in level order) and leaves with a
 * verdict. The verdict is always the last console line, "pvops: verdict:
 * PASS" or "FAIL", immediately followed by the matching exit: the host
 * runner needs both to agree, so a run that dies before this line is a
 * crash whatever its exit status.
 */
#define pr_fmt(fmt) "pvops: " fmt

#include <kernel/bootinfo.h>
#include <kernel/cmdline.h>
#include <kernel/desc.h>
#include <kernel/fpu.h>
#include <kernel/init.h>
#include <kernel/mm.h>
#include <kernel/printk.h>
#include <kernel/process.h>
#include <kernel/sched.h>
#include <kernel/traps.h>
#include <pvops/backend.h>

void start_kernel(struct boot_info *bi)
{
	const struct late_work *w;
	bool ok = true;

	page_alloc_init(bi);
	mm_init();
	desc_init();
	sched_init();
	traps_init();
	user_init();
	fpu_init();
	machine_irq_init();
	pr_info("pvops kernel, backend %s, entered through %s\n", machine_backend_name(),
		boot_protocol_name(bi->protocol));
	pr_info("command line: '%s'\n", boot_command_line);
	pr_info("RAM: %llu KiB in %u region(s)\n", (unsigned long long)(bi->ram_bytes >> 10),
		bi->nr_mem_regions);
	if (boot_cmdline_errors)
		pr_warn("%d command-line word(s) rejected (see above)\n", boot_cmdline_errors);

	for (w = __late_work_start; w < __late_work_end; w++)
		if (!w->run())
			ok = false;
	printk(KERN_EMERG "pvops: verdict: %s\n", ok ? "PASS" : "FAIL");
	machine_exit(ok ? EXIT_PASS : EXIT_FAIL);
}
