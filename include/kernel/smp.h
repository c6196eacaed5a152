/* SPDX-License-Identifier: GPL-2.0 */
/*
 * CPUs up, and calls from one CPU to others (kernel/smp.c), over the
 * per-CPU areas of include/kernel/percpu.h and the masks of
 * include/kernel/cpumask.h.
 */
#ifndef KERNEL_SMP_H
#define KERNEL_SMP_H

#include <kernel/cpumask.h>

#ifndef __ASSEMBLY__
#include <kernel/percpu.h>
#include <kernel/types.h>

/* The boot CPU's area, through the GS base: right after pv_ops is installed. */
void smp_boot_cpu_init(void);
/* Finds the other CPUs and starts them; from start_kernel(), after the freeze. */
void smp_init(void);
/* boot.c's check of maxcpus= and nosmp: the number of words refused. */
int smp_check_cmdline(void);
/*
 * Runs fn(info) on cpu, or on every CPU of mask (which must not hold this
 * one), in its IPI handler, with interrupts off there; with wait, returns
 * once each has returned from fn, otherwise once each has been sent it.
 * The targets must have interrupts on; the caller need not (kernel/smp.c
 * says how two callers keep from waiting for each other). -EINVAL for an empty mask, a CPU
 * that is not online, or this one.
 */
int smp_call_function_single(unsigned int cpu, smp_call_fn fn, void *info, bool wait);
int smp_call_function_many(const struct cpumask *mask, smp_call_fn fn, void *info, bool wait);
/* The backend's IPI handler calls this once per IPI, its end of interrupt done. */
void smp_ipi_interrupt(void);
/*
 * Runs fn(info) on cpu, an AP, in its idle loop rather than in an
 * interrupt: with interrupts on, so fn may wait for IPIs, take faults and
 * run as long as it likes. Returns once fn is left there and the AP woken;
 * the AP runs nothing else until fn returns, which smp_run_wait() waits
 * for, serving calls meanwhile, and panics naming fn if that takes longer
 * than timeout_ns: an AP that never returns may be running anywhere.
 * -EINVAL for the boot CPU, this CPU or one not online, -EBUSY while the
 * AP still runs an earlier fn.
 */
int smp_run_on_cpu(unsigned int cpu, smp_call_fn fn, void *info);
void smp_run_wait(unsigned int cpu, u64 timeout_ns);
#endif

#endif
