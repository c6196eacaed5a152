/* SPDX-License-Identifier: GPL-2.0 */
/*
 * The kernel's one-shot timer, one per CPU, on every backend.
 *
 * timer_arm() asks the backend (the time.set_timer pv op) for an interrupt
 * on this CPU at an absolute sched_clock() time; the backend's interrupt
 * path calls timer_interrupt() on the CPU whose device fired: native
 * through that CPU's local APIC timer, Xen through the VIRQ_TIMER event
 * channel. Everything below (the deadline, the hook, the counts) is this
 * CPU's; another CPU's timer is not reached from here. A device that can
 * only count so far (the PIT: 55 ms; the local APIC: a second here) may
 * fire early; timer_interrupt() then re-arms for the rest, so a tick
 * always means the deadline has passed.
 * Interrupts that arrive with nothing armed are counted apart as spurious,
 * but for the first after timer_cancel(), which no device can take back.
 * A delay too long for the clock saturates at TIMER_NEVER: that deadline
 * is never reached, its interrupts are all early ones and re-arm.
 * One expiry hook (timer_set_expiry_hook()) runs after each tick, in the
 * interrupt, with interrupts off; it may call timer_arm() again, which is
 * how a test keeps a stream of interrupts coming.
 */
#ifndef KERNEL_TIMER_H
#define KERNEL_TIMER_H

#include <kernel/percpu.h>
#include <kernel/types.h>

struct timer_stats {
	unsigned long ticks;	/* deadlines reached */
	unsigned long rearms;	/* early interrupts, deadline not yet reached */
	unsigned long spurious; /* interrupts with no deadline armed */
	unsigned long cancelled; /* the interrupt of a deadline timer_cancel() dropped */
	u64 first_interrupt_ns;	/* sched_clock at the first interrupt for the last deadline */
};

/* This CPU's counts, and any CPU's (for a test on another CPU to read). */
const volatile struct timer_stats *timer_stats_of(unsigned int cpu);
static inline const volatile struct timer_stats *timer_stats(void)
{
	return timer_stats_of(smp_processor_id());
}

#define TIMER_NEVER (~0ULL) /* the saturated deadline: later than any clock reading */

/* Replaces any armed deadline. */
void timer_arm(u64 delay_ns);
/* Drop the armed deadline, if any: no tick for it. */
void timer_cancel(void);
void timer_interrupt(void);
/* Run fn after every tick from now on; NULL for none. */
void timer_set_expiry_hook(void (*fn)(void));

#endif
