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
 * PASS" or "FAIL" and the backend that ran (and, if it is not the one
 * pvops.backend= asked for, that the request was refused), immediately
 * followed by the matching exit: the host runner needs both to agree, so
 * a run that dies before this line is a crash whatever its exit status.
 */
#define pr_fmt(fmt) "pvops: " fmt

#include <kernel/bootinfo.h>
#include <kernel/desc.h>
#include <kernel/fpu.h>
#include <kernel/init.h>
#include <kernel/machine.h>
#include <kernel/mm.h>
#include <kernel/printk.h>
#include <kernel/syscall.h>
#include <kernel/sched.h>
#include <kernel/select.h>
#include <kernel/smp.h>
#include <kernel/traps.h>
#include <pvops/backend.h>

void start_kernel(const struct boot_state *bs)
{
	struct boot_info *bi = bs->info;
	const struct late_work *w;
	bool ok = true, refused;

	page_alloc_init(bi);
	mm_init();
	desc_init();
	sched_init();
	traps_init();
	user_init();
	fpu_init();
	machine_irq_init();
	smp_init();
	pr_info("pvops kernel, backend %s, entered through %s\n", machine_backend_name(),
		bs->protocol);
	pr_info("command line: '%pE'\n", bs->cmdline);
	pr_info("RAM: %llu KiB in %u region(s)\n", (unsigned long long)(bi->ram_bytes >> 10),
		bi->nr_mem_regions);
	if (bs->cmdline_errors)
		pr_warn("%d command-line word(s) rejected (see above)\n", bs->cmdline_errors);

	for (w = __late_work_start; w < __late_work_end; w++)
		if (!w->run())
			ok = false;
	/* A boot that kept another backend than the one asked for says so with its verdict. */
	refused = bs->selection->outcome == PVOPS_SELECT_UNKNOWN ||
		  bs->selection->outcome == PVOPS_SELECT_NOT_DETECTED;
	printk(KERN_EMERG "pvops: verdict: %s on backend %s%s%s%s\n", ok ? "PASS" : "FAIL",
	       machine_backend_name(), refused ? " (pvops.backend=" : "",
	       refused ? bs->selection->requested : "", refused ? " refused)" : "");
	machine_exit(ok ? EXIT_PASS : EXIT_FAIL);
}
