// SPDX-License-Identifier: GPL-2.0
/*
 * The process table and its scheduler.
 *
 * The scheduler is the smallest that blocking needs: round robin over the
 * process table, switching directly from one process to the next (so two
 * processes that yield to each other cost one context switch each way,
 * as on Linux), and to the kernel thread waiting in
 * runqueue_run_until_zombie() when nothing is runnable or the process it
 * waits for has exited (with preemption, others may stay runnable for
 * ever). Making, ending and reaping processes is kernel/process.c's, above
 * this file; the only states this one changes are blocked and runnable.
 */
#include <kernel/printk.h>
#include <kernel/runqueue.h>
#include <pvops/ops.h>

struct process procs[NR_PROCS];
/*
 * The kernel thread that runs processes; it gets the CPU when none can run,
 * or as soon as the process it waits for has exited.
 */
static struct thread *runqueue_kernel_thread;
static const struct process *runqueue_waits_for;

struct process *current_process(void)
{
	const char *t = (const char *)current_thread;

	if (t < (const char *)procs || t >= (const char *)(procs + NR_PROCS))
		return NULL;
	return container_of(current_thread, struct process, thread);
}

struct process *process_find(int pid)
{
	unsigned int i;

	for (i = 0; i < NR_PROCS; i++)
		if (procs[i].state != PROC_FREE && procs[i].pid == pid)
			return &procs[i];
	return NULL;
}

/* Round robin from after cur; cur itself last, if it can still run. */
static struct process *pick_next(struct process *cur)
{
	unsigned int start = cur ? cur - procs + 1 : 0, i;

	for (i = 0; i < NR_PROCS; i++) {
		struct process *p = &procs[(start + i) % NR_PROCS];

		if (p->state == PROC_RUNNABLE)
			return p;
	}
	return NULL;
}

void process_yield(void)
{
	struct process *next = pick_next(current_process());
	struct thread *t = next ? &next->thread : runqueue_kernel_thread;
	unsigned long flags;

	if (runqueue_kernel_thread && runqueue_waits_for &&
	    runqueue_waits_for->state == PROC_ZOMBIE)
		t = runqueue_kernel_thread; /* others may run for ever: preemption never picks it */
	if (!t)
		panic("process_yield: nothing can run and no kernel thread waits for processes");
	if (t == current_thread)
		return;
	flags = local_save_flags();
	thread_switch(t);
	local_irq_restore(flags);
}

void process_block(const void *channel)
{
	struct process *p = current_process();

	p->state = PROC_BLOCKED;
	p->blocked_on = channel;
	process_yield();
}

void process_wake(const void *channel)
{
	unsigned int i;

	for (i = 0; i < NR_PROCS; i++) {
		if (procs[i].state == PROC_BLOCKED && procs[i].blocked_on == channel) {
			procs[i].state = PROC_RUNNABLE;
			procs[i].blocked_on = NULL;
		}
	}
}

bool runqueue_run_until_zombie(const struct process *waits_for)
{
	struct thread *saved = runqueue_kernel_thread;
	const struct process *saved_waits_for = runqueue_waits_for;
	struct process *next;

	runqueue_kernel_thread = current_thread;
	runqueue_waits_for = waits_for;
	while (waits_for->state != PROC_ZOMBIE && (next = pick_next(NULL)))
		thread_switch(&next->thread);
	runqueue_kernel_thread = saved;
	runqueue_waits_for = saved_waits_for;
	return waits_for->state == PROC_ZOMBIE;
}
