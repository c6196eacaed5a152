// SPDX-License-Identifier: GPL-2.0
/*
 * Preemption of user processes on the timer tick.
 *
 * While processes run (process_wait_kernel()), the one-shot timer is
 * re-armed from its own expiry every PREEMPT_SLICE_NS, and each tick
 * marks a switch as due. The switch is made on the way back from an
 * interrupt that came from ring 3, after its handler has finished and
 * before the frame is restored, as if the process had called yield there:
 * the kernel itself is never preempted, so it needs no preemption count
 * or locks, and a process interrupted inside a system call or the kernel
 * is switched at its next tick in ring 3 instead. Its FPU state is saved
 * by the switch like any other (kernel/fpu.c), and it resumes by the same
 * return from the interrupt when its turn comes again. The timer is the
 * processes' while they run; it is dropped when the kernel gets the CPU
 * back, so a tick never lands in a suite that runs no process.
 */
#include <kernel/preempt.h>
#include <kernel/runqueue.h>
#include <kernel/timer.h>
#include <kernel/uaccess.h>

static bool preempt_due;
unsigned long preempt_switches;

static void preempt_tick(void)
{
	preempt_due = true;
	timer_arm(PREEMPT_SLICE_NS);
}

void preempt_start(void)
{
	preempt_due = false;
	timer_set_expiry_hook(preempt_tick);
	timer_arm(PREEMPT_SLICE_NS);
}

void preempt_stop(void)
{
	timer_set_expiry_hook(NULL);
	timer_cancel();
	preempt_due = false;
}

void preempt_user_return(struct pt_regs *regs)
{
	if (!preempt_due || !user_mode(regs) || !current_process())
		return;
	preempt_due = false;
	preempt_switches++;
	process_yield();
}
