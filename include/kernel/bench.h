/* SPDX-License-Identifier: GPL-2.0 */
/*
 * The one entry into the benchmarks, for start_kernel().
 *
 * The benchmarks are generic kernel code like the test suites: they run
 * after boot on whatever backend was chosen, and the command line says
 * which (`bench=all` or `bench=op,op`). They print machine-readable lines
 * for scripts/bench and never decide a verdict from what they measure:
 * only a command line they cannot honour makes the boot fail, so that a
 * typo in an op name is seen instead of silently measuring nothing. The
 * measuring itself is described in bench/bench.c and docs/bench.md.
 */
#ifndef KERNEL_BENCH_H
#define KERNEL_BENCH_H

#include <kernel/types.h>

/* Runs what bench= asked for; false if the request was bad (the boot then fails). */
bool bench_run(void);

#endif
