/* SPDX-License-Identifier: GPL-2.0 */
/*
 * What a process is, and which one runs: the process table and its run
 * queue.
 *
 * The scheduler is below everything that makes processes block (pipes,
 * wait()) and everything that makes or ends them (kernel/process.c), so
 * it knows of a process only what choosing one needs: whether it can run,
 * what it sleeps on, and its thread. Blocking is on a channel, any
 * address the sleeper and its waker agree on (a pipe, a parent).
 */
#ifndef KERNEL_RUNQUEUE_H
#define KERNEL_RUNQUEUE_H

#include <kernel/mm.h>
#include <kernel/sched.h>
#include <kernel/syscall_nr.h>
#include <kernel/types.h>

#define NR_PROCS 16
#define NR_FDS 16
#define NR_VMAS 16
#define PROC_NAME_LEN 16

#define USER_STACK_PAGES 16
#define USER_STACK_TOP 0x00007fffffffe000UL
#define USER_MMAP_BASE 0x0000100000000000UL
#define USER_MMAP_MAX_PAGES 65536 /* one mapping: 256 MiB */

/* A process's ppid when it has no parent process: the kernel waits for it, or reaps it. */
#define PPID_KERNEL 0
#define PPID_ORPHAN (-1)

enum proc_state { PROC_FREE, PROC_RUNNABLE, PROC_BLOCKED, PROC_ZOMBIE };

struct vma {
	unsigned long start, end; /* page-aligned, end exclusive */
	unsigned int prot;	  /* PROT_* (include/kernel/syscall_nr.h) */
};

struct pipe_end;

/* How a process ended: signal 0 and the whole code it exited with, or the signal that killed it. */
struct proc_status {
	long code;
	int signal;
};

/* The same as wait() hands it to user space (include/kernel/syscall_nr.h). */
static inline int proc_wait_status(const struct proc_status *st)
{
	return st->signal ? W_KILLED(st->signal) : W_EXITCODE((int)st->code);
}

struct process {
	int pid, ppid;
	enum proc_state state;
	char name[PROC_NAME_LEN];
	struct thread thread;
	struct mm_struct *mm;
	struct vma vmas[NR_VMAS];
	unsigned int nr_vmas;
	unsigned long mmap_next;  /* where the next mapping goes */
	unsigned long user_pages; /* pages mapped for it (program, stack, anonymous) */
	struct pipe_end *fds[NR_FDS];
	const void *blocked_on;
	struct proc_status status; /* once a zombie */
	u64 entry, arg;
};

extern struct process procs[NR_PROCS];

/* The process whose thread is running, or NULL in a kernel thread. */
struct process *current_process(void);
/* The live (not free) process pid, or NULL. */
struct process *process_find(int pid);
/* The next process round robin after the current one, the kernel's thread if none can run. */
void process_yield(void);
/* Sleep until process_wake(channel); interrupts as they were. */
void process_block(const void *channel);
void process_wake(const void *channel);
/*
 * From a kernel thread: run processes until waits_for is a zombie or none
 * can run; the switches away from a process that cannot go on come back
 * here. True if waits_for ended.
 */
bool runqueue_run_until_zombie(const struct process *waits_for);

#endif
