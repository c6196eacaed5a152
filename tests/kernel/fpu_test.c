// SPDX-License-Identifier: GPL-2.0
/*
 * FPU suite: each process has its own x87, MMX, SSE and (where the
 * kernel enabled it) AVX registers and control words, and a new program
 * starts from the architectural initial state, whatever ran before it.
 *
 * The uswitch program (user/uswitch.c) does the register work in ring 3
 * and exits with the check that failed; the kernel side picks the modes
 * and seeds, tells it whether AVX is on (it cross-checks with CPUID and
 * XGETBV, so the YMM part cannot silently drop out) and checks that every
 * page came back, the save areas included.
 */
#include <kernel/fpu.h>
#include <kernel/ktest.h>
#include <kernel/printk.h>
#include <kernel/process.h>

#include "../../user/uswitch.h"

#define FPU_ROUNDS 200

static unsigned long uswitch_arg(unsigned int mode, unsigned int seed, unsigned int rounds)
{
	return USWITCH_ARG(mode, seed, rounds, !!(fpu_config.xcr0 & XFEATURE_AVX));
}

static long run_alone(struct ktest *t, unsigned int mode, unsigned int seed)
{
	int pid = process_spawn("uswitch", uswitch_arg(mode, seed, 0), NULL);
	struct proc_status status = { .code = -1 };

	KTEST_EXPECT_GT(t, pid, 0);
	if (pid > 0)
		KTEST_EXPECT_EQ(t, process_wait_kernel(pid, &status), pid);
	KTEST_EXPECT_EQ(t, status.signal, 0); /* a kill is no check's code */
	return status.code;
}

static void save_area_fits_the_state(struct ktest *t)
{
	KTEST_EXPECT_UGE(t, fpu_config.size, sizeof(struct fxsave_legacy));
	KTEST_EXPECT_ULE(t, fpu_config.size, PAGE_SIZE);
	if (fpu_config.xcr0) {
		KTEST_EXPECT_UEQ(t, fpu_config.xcr0 & (XFEATURE_X87 | XFEATURE_SSE),
				 XFEATURE_X87 | XFEATURE_SSE);
		KTEST_EXPECT_UGE(t, fpu_config.size,
				 sizeof(struct fxsave_legacy) + sizeof(struct xsave_header));
	}
	printk("# fpu: %s, xcr0 %#llx, %u bytes\n", fpu_config.xcr0 ? "xsave" : "fxsave",
	       (unsigned long long)fpu_config.xcr0, fpu_config.size);
}

/* Two processes alternate by yield, each holding its own values in every register file. */
static void registers_are_per_process(struct ktest *t)
{
	unsigned long free = page_alloc_free_pages();
	int a = process_spawn("uswitch", uswitch_arg(USWITCH_OWN, 1, FPU_ROUNDS), NULL);
	int b = process_spawn("uswitch", uswitch_arg(USWITCH_OWN, 2, FPU_ROUNDS), NULL);
	struct proc_status sa = { .code = -1 }, sb = { .code = -1 };

	KTEST_ASSERT_TRUE(t, a > 0 && b > 0);
	KTEST_EXPECT_EQ(t, process_wait_kernel(a, &sa), a);
	KTEST_EXPECT_EQ(t, process_wait_kernel(b, &sb), b);
	KTEST_EXPECT_EQ(t, sa.code, USWITCH_OK);
	KTEST_EXPECT_EQ(t, sb.code, USWITCH_OK);
	KTEST_EXPECT_EQ(t, sa.signal, 0);
	KTEST_EXPECT_EQ(t, sb.signal, 0);
	KTEST_EXPECT_UEQ(t, page_alloc_free_pages(), free);
}

/* A program that leaves every register dirty, then a fresh one: FCW 0x37f, MXCSR 0x1f80, zeros. */
static void new_program_starts_clean(struct ktest *t)
{
	unsigned long free = page_alloc_free_pages();

	KTEST_EXPECT_EQ(t, run_alone(t, USWITCH_DIRTY, 1), USWITCH_OK);
	KTEST_EXPECT_EQ(t, run_alone(t, USWITCH_FRESH, 2), USWITCH_OK);
	KTEST_EXPECT_UEQ(t, page_alloc_free_pages(), free);
}

static const struct ktest_case fpu_cases[] = {
	KTEST_CASE(save_area_fits_the_state),
	KTEST_CASE(registers_are_per_process),
	KTEST_CASE(new_program_starts_clean),
};
KTEST_SUITE(fpu, "fpu", fpu_cases);
