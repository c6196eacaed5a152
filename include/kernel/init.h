/* SPDX-License-Identifier: GPL-2.0 */
/*
 * What runs once per boot, in the one direction the boot goes.
 *
 * An entry path (a backend) hands a struct boot_info to boot_kernel()
 * (kernel/boot.c), which owns the boot state, parses the command line and
 * runs core's setup; it then calls start_kernel() (kernel/main.c), declared
 * here and nowhere else. start_kernel() names none of the work that runs
 * after the kernel is up: the test runner and the benchmarks register a
 * struct late_work with LATE_WORK(), in a linker section sorted by level,
 * the way Linux's late_initcall() works, so that adding a kind of late
 * work touches neither main.c nor the boot files. Each entry returns
 * whether it went as asked; any false makes the boot's verdict FAIL.
 */
#ifndef KERNEL_INIT_H
#define KERNEL_INIT_H

#include <kernel/bootinfo.h>
#include <kernel/types.h>

/*
 * What the boot sequence hands start_kernel(), so that the kernel reads
 * the boot's facts from its argument and never reaches back into boot.c.
 */
struct pvops_selection;

struct boot_state {
	struct boot_info *info;
	const struct pvops_selection *selection; /* which backend runs, and why */
	const char *protocol; /* boot_protocol_name(info->protocol) */
	const char *cmdline;  /* as parsed, at most COMMAND_LINE_SIZE - 1 bytes */
	int cmdline_errors;   /* words refused, by the parser or by core's setup */
};

void start_kernel(const struct boot_state *bs) __noreturn;

struct late_work {
	const char *name;
	bool (*run)(void);
};

/* Levels, lowest first: the suites judge the kernel before anything measures it. */
#define LATE_WORK_TESTS 1
#define LATE_WORK_BENCH 2

#define __LATE_WORK_SECTION(level) ".late_work." #level
#define LATE_WORK(ident, level, fn)                                                                \
	static const struct late_work __late_work_##ident __used                                   \
		__section(__LATE_WORK_SECTION(level)) __aligned(8) = { #ident, fn }

extern const struct late_work __late_work_start[], __late_work_end[];

#endif
