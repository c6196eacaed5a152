/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Kernel threads and the context switch.
 *
 * Threads are cooperative: one runs until it calls thread_switch(next).
 * A switch changes what the CPU needs to know about the thread (the stack
 * for ring transitions, the thread-local descriptor, the address space)
 * through pv_ops, bracketed by lazy CPU mode so that a backend can send
 * all of it to the hypervisor at once, then swaps stacks. The boot path
 * itself is a thread (init_thread) so that tests can switch away from it
 * and back.
 */
#ifndef KERNEL_SCHED_H
#define KERNEL_SCHED_H

#include <kernel/mm.h>
#include <kernel/types.h>

#define THREAD_STACK_PAGES 2

struct thread {
	unsigned long sp;	 /* saved stack pointer while not running */
	unsigned long stack_top; /* for load_sp0 */
	pfn_t stack_pfns[THREAD_STACK_PAGES];
	u64 tls_desc;		 /* this thread's GDT_ENTRY_TLS */
	unsigned long fs_base, gs_base_user; /* a process's segment bases */
	void *fpu;		 /* a process's FPU save area (kernel/fpu.c); NULL in the kernel's */
	struct mm_struct *mm;
	void (*fn)(void *arg);
	void *arg;
	struct thread *on_exit;	 /* switched to when fn returns */
	bool finished;
	const char *name;
};

extern struct thread init_thread;
extern struct thread *current_thread;

void sched_init(void);
/* 0, or -ENOMEM if no stack could be had. The thread starts at its first switch. */
int thread_create(struct thread *t, const char *name, void (*fn)(void *arg), void *arg,
		  struct mm_struct *mm);
/* Frees the stack of a thread that has finished or never ran. */
void thread_destroy(struct thread *t);
void thread_switch(struct thread *next);

#endif
