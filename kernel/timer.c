// SPDX-License-Identifier: GPL-2.0
/*
 * The one-shot timer: a deadline per CPU, and what to do when that CPU's
 * device fires. See include/kernel/timer.h. Each CPU's state is touched
 * only on that CPU, by timer_arm() and by its own timer's interrupt, so it
 * needs no lock: the deadline is written with interrupts off, and
 * timer_interrupt() never sees half of an update.
 */
#include <kernel/smp.h>
#include <kernel/timer.h>
#include <pvops/ops.h>

struct timer_cpu {
	u64 deadline;	  /* 0: nothing armed */
	bool interrupted; /* since the deadline was armed */
	bool cancelled;	  /* a cancelled deadline's interrupt may still come */
	void (*expiry_hook)(void);
	struct timer_stats stats;
};

static struct timer_cpu timer_cpus[SMP_MAX_CPUS];

static struct timer_cpu *this_timer(void)
{
	return &timer_cpus[smp_processor_id()];
}

const volatile struct timer_stats *timer_stats_of(unsigned int cpu)
{
	return &timer_cpus[cpu].stats;
}

void timer_set_expiry_hook(void (*fn)(void))
{
	unsigned long flags;

	local_irq_save(flags);
	this_timer()->expiry_hook = fn;
	local_irq_restore(flags);
}

void timer_arm(u64 delay_ns)
{
	struct timer_cpu *t;
	unsigned long flags;
	u64 now;

	local_irq_save(flags);
	t = this_timer();
	now = sched_clock();
	/* Saturated: a delay past the clock's range is "never", not a wrap to the past. */
	t->deadline = delay_ns > TIMER_NEVER - now ? TIMER_NEVER : now + delay_ns;
	t->interrupted = false;
	t->cancelled = false;
	set_timer(t->deadline);
	local_irq_restore(flags);
}

void timer_cancel(void)
{
	struct timer_cpu *t;
	unsigned long flags;

	local_irq_save(flags);
	t = this_timer();
	if (t->deadline)
		t->cancelled = true;
	t->deadline = 0;
	local_irq_restore(flags);
}

void timer_interrupt(void)
{
	struct timer_cpu *t = this_timer();
	u64 now = sched_clock();

	if (!t->deadline) {
		if (t->cancelled)
			t->stats.cancelled++;
		else
			t->stats.spurious++;
		t->cancelled = false;
		return;
	}
	if (!t->interrupted) {
		t->interrupted = true;
		t->stats.first_interrupt_ns = now;
	}
	if (now < t->deadline) {
		t->stats.rearms++;
		set_timer(t->deadline);
		return;
	}
	t->deadline = 0;
	t->stats.ticks++;
	if (t->expiry_hook)
		t->expiry_hook();
}
