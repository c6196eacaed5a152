// SPDX-License-Identifier: GPL-2.0
/*
 * Preemption suite: a process spinning in ring 3 with no system call
 * does not keep the CPU; the tick switches it out every time slice.
 *
 * Two spinners (uswitch's spin mode, which also checks its own MMX, SSE
 * and AVX registers on every turn of the loop, so a state lost at a
 * preemption ends it with the failed check as its status) share the CPU
 * with a third process that yields its way through rounds of its own
 * register checks. Without preemption the third never runs again after
 * its first yield and the boot never reaches its verdict; with it, the
 * third finishes, the kernel kills both spinners and reaps them, and every
 * page is back. The preemptions are counted, so a pass that needed none
 * (the spinners never running) cannot be mistaken for one that did.
 */
#include <kernel/errno.h>
#include <kernel/fpu.h>
#include <kernel/ktest.h>
#include <kernel/printk.h>
#include <kernel/preempt.h>
#include <kernel/process.h>
#include <kernel/syscall_nr.h>

#include "../../user/uswitch.h"

#define PREEMPT_ROUNDS 8
#define PREEMPT_SPINNERS 2

static unsigned long uswitch_arg(unsigned int mode, unsigned int seed, unsigned int rounds)
{
	return USWITCH_ARG(mode, seed, rounds, !!(fpu_config.xcr0 & XFEATURE_AVX));
}

static void spinners_do_not_stop_others(struct ktest *t)
{
	unsigned long free = page_alloc_free_pages(), preemptions = preempt_switches;
	int spinner[PREEMPT_SPINNERS], worker;
	struct proc_status status = { .code = -1 };
	unsigned int i;

	for (i = 0; i < PREEMPT_SPINNERS; i++) {
		spinner[i] = process_spawn("uswitch", uswitch_arg(USWITCH_SPIN, 1 + i, 0), NULL);
		KTEST_ASSERT_TRUE(t, spinner[i] > 0);
	}
	worker = process_spawn("uswitch", uswitch_arg(USWITCH_OWN, 3, PREEMPT_ROUNDS), NULL);
	KTEST_ASSERT_TRUE(t, worker > 0);
	KTEST_EXPECT_EQ(t, process_wait_kernel(worker, &status), worker);
	KTEST_EXPECT_EQ(t, status.code, USWITCH_OK);
	KTEST_EXPECT_EQ(t, status.signal, 0);
	preemptions = preempt_switches - preemptions;
	/* Each of the worker's yields went to a spinner, which only a tick ends. */
	KTEST_EXPECT_UGE(t, preemptions, PREEMPT_ROUNDS);
	printk("# preempt: %lu preemptions\n", preemptions);
	for (i = 0; i < PREEMPT_SPINNERS; i++) {
		KTEST_EXPECT_EQ(t, process_kill(spinner[i], SIGKILL), 0);
		KTEST_EXPECT_EQ(t, process_wait_kernel(spinner[i], &status), spinner[i]);
		KTEST_EXPECT_EQ(t, status.signal, SIGKILL); /* not a failed check's code */
	}
	for (i = 0; i < NR_PROCS; i++)
		KTEST_EXPECT_EQ(t, procs[i].state, PROC_FREE);
	KTEST_EXPECT_UEQ(t, page_alloc_free_pages(), free);
}

static void kill_refuses_no_such_process(struct ktest *t)
{
	KTEST_EXPECT_EQ(t, process_kill(12345, SIGKILL), -ESRCH);
}

static const struct ktest_case preempt_cases[] = {
	KTEST_CASE(spinners_do_not_stop_others),
	KTEST_CASE(kill_refuses_no_such_process),
};
KTEST_SUITE(preempt, "preempt", preempt_cases);
