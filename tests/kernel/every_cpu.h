/* SPDX-License-Identifier: GPL-2.0 */
/*
 * A case run again on every other CPU: for suites whose subject is per
 * CPU (the timer, lazy batches, the TLB), where passing on the boot CPU
 * says nothing about the others.
 */
#ifndef TESTS_KERNEL_EVERY_CPU_H
#define TESTS_KERNEL_EVERY_CPU_H

#include <kernel/ktest.h>

/*
 * Runs run() on each AP in turn, in its idle loop with interrupts on
 * (smp_run_on_cpu()), with a struct ktest of its own: t fails naming each
 * CPU whose run failed, and skips if there is no other CPU or every run
 * skipped. The boot CPU waits meanwhile, serving the calls the run makes
 * (a shootdown reaches it too); a run that outlasts timeout_ns is a panic.
 */
void ktest_run_on_every_ap(struct ktest *t, void (*run)(struct ktest *t), u64 timeout_ns);

#endif
