// SPDX-License-Identifier: GPL-2.0
/*
 * The one-shot timer: a deadline, and what to do when the device fires.
 * See include/kernel/timer.h. The deadline lives in one variable written
 * with interrupts off, so timer_interrupt() never sees half of an update.
 */
#include <kernel/timer.h>
#include <pvops/ops.h>

volatile struct timer_stats timer_stats;
static u64 timer_deadline; /* 0: nothing armed */
static bool timer_interrupted; /* since the deadline was armed */
static bool timer_cancelled; /* a cancelled deadline's interrupt may still come */
static void (*timer_expiry_hook)(void);

void timer_set_expiry_hook(void (*fn)(void))
{
	unsigned long flags;

	local_irq_save(flags);
	timer_expiry_hook = fn;
	local_irq_restore(flags);
}

void timer_arm(u64 delay_ns)
{
	unsigned long flags;
	u64 now;

	local_irq_save(flags);
	now = sched_clock();
	/* Saturated: a delay past the clock's range is "never", not a wrap to the past. */
	timer_deadline = delay_ns > TIMER_NEVER - now ? TIMER_NEVER : now + delay_ns;
	timer_interrupted = false;
	timer_cancelled = false;
	set_timer(timer_deadline);
	local_irq_restore(flags);
}

void timer_cancel(void)
{
	unsigned long flags;

	local_irq_save(flags);
	if (timer_deadline)
		timer_cancelled = true;
	timer_deadline = 0;
	local_irq_restore(flags);
}

void timer_interrupt(void)
{
	u64 now = sched_clock();

	if (!timer_deadline) {
		if (timer_cancelled)
			timer_stats.cancelled++;
		else
			timer_stats.spurious++;
		timer_cancelled = false;
		return;
	}
	if (!timer_interrupted) {
		timer_interrupted = true;
		timer_stats.first_interrupt_ns = now;
	}
	if (now < timer_deadline) {
		timer_stats.rearms++;
		set_timer(timer_deadline);
		return;
	}
	timer_deadline = 0;
	timer_stats.ticks++;
	if (timer_expiry_hook)
		timer_expiry_hook();
}
