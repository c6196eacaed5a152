// SPDX-License-Identifier: GPL-2.0
/*
 * The user-mode benchmarks: system calls, page faults, protection changes,
 * pipes and process switches, timed in user mode.
 *
 * What these paths cost is paid in ring 3 and in the crossings, so the
 * timed loop cannot be kernel code: each op's loop function spawns the
 * ubench program (user/ubench.c) with the iteration count and waits for
 * it; the program times its own windows and exits with the ticks and the
 * hypercalls made inside them (user/ubench.h), which this hands to the
 * harness as a windowed trip (nothing subtracted, only those hypercalls
 * counted). Spawning, the partner process, the mappings the faults need
 * and the pipe's warm-up are outside the windows, and the harness's
 * doubling takes the difference of two runs, so what remains is per op.
 * Definitions (user/ubench.c): null_syscall is lmbench's null call
 * (getppid) through syscall, int80_syscall the same through int 0x80,
 * page_fault the first touch of a page of a fresh anonymous mapping (the
 * zeroing of 4 KiB included), mprotect64 one mprotect of 64 populated
 * pages, RO and RW in turn, pipe_rt one byte there and back through two
 * pipes between two processes, process_switch one yield to a partner that
 * yields back (two switches, as context_switch is two).
 */
#include <kernel/printk.h>
#include <kernel/process.h>

#include "../user/ubench.h"
#include "bench.h"

static u64 run_ubench(unsigned int mode, u64 iters)
{
	struct proc_status st = { .code = -1 };
	int pid = process_spawn("ubench", UBENCH_ARG(mode, iters), NULL);

	if (pid < 0 || process_wait_kernel(pid, &st) != pid || st.signal || st.code < 0)
		panic("bench: ubench mode %u, %llu iterations, failed (pid %d, exit code %ld, "
		      "signal %d)", mode, (unsigned long long)iters, pid, st.code, st.signal);
	bench_window_hypercalls = UBENCH_HYPERCALLS(st.code);
	return UBENCH_TICKS(st.code);
}

#define UBENCH_LOOP(op, mode)                                                                      \
	u64 bench_loop_##op(u64 iters)                                                             \
	{                                                                                          \
		return run_ubench(mode, iters);                                                    \
	}

UBENCH_LOOP(null_syscall, UBENCH_NULL_SYSCALL)
UBENCH_LOOP(int80_syscall, UBENCH_INT80)
UBENCH_LOOP(page_fault, UBENCH_PAGE_FAULT)
UBENCH_LOOP(mprotect64, UBENCH_MPROTECT64)
UBENCH_LOOP(pipe_rt, UBENCH_PIPE_RT)
UBENCH_LOOP(process_switch, UBENCH_SWITCH)
