/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Inside the benchmarks: what an op is, and how its loop is timed.
 *
 * A benchmarked op is a noinline loop function that runs one generic
 * operation (an include/pvops/ops.h wrapper, so one patchable call site)
 * a given number of times between two TSC reads and returns the ticks in
 * between. One function per op keeps each op's call site at its own
 * symbol, which is how scripts/bench finds out from pvops.report whether
 * the patcher inlined it, called it directly or left it indirect. The op
 * also names the pv_ops slots its loop reaches, so a backend that leaves
 * one NULL (its site would be ud2) is reported as not implementing the op
 * instead of being run. The harness (bench.c) owns everything else: the
 * command line, warm-up, doubling, the empty loop, and the result lines.
 * The loop's shape and a backend's own ops are in <kernel/bench.h>.
 */
#ifndef BENCH_BENCH_H
#define BENCH_BENCH_H

#include <kernel/bench.h>
#include <kernel/types.h>
#include <pvops/ops.h>

#define BENCH_MAX_SLOTS 3

struct bench_slot {
	unsigned int slot;
	const char *name;
};

/*
 * Without CONFIG_PVOPS there is no table to ask, and the ops.h names are
 * macros for the native functions, which PVOP_SLOT() must not see.
 */
#ifdef CONFIG_PVOPS
#define BENCH_SLOT(member) { PVOP_SLOT(member), #member }
#else
#define BENCH_SLOT(member) { 0, #member }
#endif

struct bench_op {
	const char *name;
	u64 (*loop)(u64 iters);
	struct bench_slot slots[BENCH_MAX_SLOTS];
	unsigned int nr_slots;
	/* A round trip through a kernel path rather than one call site in a loop. */
	bool trip;
	/*
	 * The loop returns the op's own ticks, measured window by window against
	 * a reference window, and adds the hypercalls of those windows to
	 * bench_window_hypercalls: nothing to subtract, and only those to count.
	 */
	bool windowed;
	/* A backend's own op (BENCH_OWN_OP): run on that backend only, NULL for the generic. */
	const struct pvops_backend *owner;
};

extern const struct bench_op bench_ops[];
extern const size_t bench_nr_ops;

/* The loop every op's loop is compared against: the same loop with no op in it. */
u64 bench_loop_empty(u64 iters);

/* The round trips through the kernel's paths (trips.c). */
u64 bench_loop_fault_fixup(u64 iters);
u64 bench_loop_timer_tick(u64 iters);
u64 bench_loop_timer_irq(u64 iters);
u64 bench_loop_map_unmap(u64 iters);
u64 bench_loop_context_switch(u64 iters);
/* The user-mode paths (user.c), timed in user mode. */
u64 bench_loop_null_syscall(u64 iters);
u64 bench_loop_int80_syscall(u64 iters);
u64 bench_loop_page_fault(u64 iters);
u64 bench_loop_mprotect64(u64 iters);
u64 bench_loop_pipe_rt(u64 iters);
u64 bench_loop_process_switch(u64 iters);
extern unsigned long bench_window_hypercalls;

/*
 * Marks bench_ops[i] in chosen[] for each op named in selection ("all" or a
 * comma-separated list). Returns false, with the offending word copied to
 * bad[], for a name that is no op or an empty one.
 */
bool bench_parse_selection(const char *selection, const struct bench_op *ops, size_t nr_ops,
			   bool *chosen, char *bad, size_t bad_size);

#endif
