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

	local_irq_save(flags);
	timer_deadline = sched_clock() + delay_ns;
	timer_interrupted = false;
	set_timer(timer_deadline);
	local_irq_restore(flags);
}

void timer_interrupt(void)
{
	u64 now = sched_clock();

	if (!timer_deadline) {
		timer_stats.spurious++;
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
