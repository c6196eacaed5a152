/* SPDX-License-Identifier: GPL-2.0 */
/*
 * What a benchmark is, for the code outside bench/ that contributes one.
 *
 * The generic ops are bench/'s own table. Some costs only a backend can
 * measure, because they are not pv_ops slots: the plain hypercall an op
 * needs, the null hypercall that is the floor of every exit. A backend
 * names them from its own folder with BENCH_OWN_OP(), which places a record
 * in the bench_own_ops section, as KTEST_SUITE() places a suite; the
 * harness (bench/bench.c) runs a record only on the backend it names and
 * reports it as that backend's own elsewhere, so no generic file names a
 * backend. The loops are shaped by BENCH_LOOP(), like every other op's, so
 * the empty loop the harness subtracts is the right one, and its ticks are
 * exact instructions under -icount shift=0.
 */
#ifndef KERNEL_BENCH_H
#define KERNEL_BENCH_H

#include <kernel/types.h>
#include <kernel/mm.h>

struct pvops_backend;

/* lfence keeps a real CPU (wall-clock mode under KVM) from reading the TSC early. */
static inline u64 bench_rdtsc(void)
{
	u32 lo, hi;

	__asm__ __volatile__("lfence; rdtsc" : "=a"(lo), "=d"(hi) : : "memory");
	return ((u64)hi << 32) | lo;
}

#define bench_use(v) ({ __asm__ __volatile__("" : : "r"(v)); })

/*
 * The timed loop of most ops: setup, then body iters times between two TSC
 * reads. Every loop has the same shape so that the empty loop's cost is the
 * right thing to subtract.
 */
#define BENCH_LOOP(op, setup, body)                                                                \
	static noinline u64 bench_loop_##op(u64 iters)                                             \
	{                                                                                          \
		u64 start, end;                                                                    \
		setup;                                                                             \
		start = bench_rdtsc();                                                             \
		for (; iters; iters--) {                                                           \
			body;                                                                      \
			barrier();                                                                 \
		}                                                                                  \
		end = bench_rdtsc();                                                               \
		return end - start;                                                                \
	}

/* A benchmark of one backend's own: a name and a BENCH_LOOP() of the same file. */
struct bench_own_op {
	const char *name;
	u64 (*loop)(u64 iters);
};

#define BENCH_OWN(op) { .name = #op, .loop = bench_loop_##op }

/* A backend's own ops, in the order the report lists them, run on that backend only. */
struct bench_own_ops {
	const struct pvops_backend *backend;
	const struct bench_own_op *ops;
	size_t nr_ops;
};

#define BENCH_OWN_OPS(ident, owner, op_array)                                                      \
	static const struct bench_own_ops __bench_own_ops_##ident __used                           \
		__section("bench_own_ops") __aligned(8) = {                                       \
			.backend = (owner),                                                        \
			.ops = op_array,                                                           \
			.nr_ops = ARRAY_SIZE(op_array),                                            \
	}

extern const struct bench_own_ops __bench_own_ops_start[], __bench_own_ops_end[];

/*
 * Page-table entries to write: BENCH_LAZY_BATCH read-only aliases of
 * bench_page from BENCH_WINDOW (3 GiB: above every direct map, apart from
 * the mm suite's windows), mapped in init_mm on the first call. The pages
 * after them in the same L1 table are free for map_unmap.
 */
#define BENCH_WINDOW 0xc0000000UL
#define BENCH_LAZY_BATCH 64
extern u8 bench_page[];
pte_t *bench_ptes(void);

#endif
