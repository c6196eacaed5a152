/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Processes: a thread, an address space and the files it holds.
 *
 * A process is a kernel thread (include/kernel/sched.h) whose first act is
 * to leave for user mode, with an address space of its own, a table of
 * mappings (VMAs) that the fault handler consults to populate anonymous
 * memory on first touch, a descriptor table of pipe ends and its FS/GS
 * bases and its FPU state (include/kernel/fpu.h), which the context switch
 * loads. A process runs until it yields, blocks (an empty pipe, a full
 * one, a wait for a child), exits or, in ring 3, is preempted at the end
 * of its time slice (kernel/preempt.c), and the next runnable one runs;
 * when none is runnable, or the process it waits for has exited, the
 * kernel thread that asked for processes to run (process_wait_kernel())
 * gets the CPU back. Everything a process holds is
 * counted, and reaping it gives back every page: the user suite checks
 * the allocator's free count before and after.
 */
#ifndef KERNEL_PROCESS_H
#define KERNEL_PROCESS_H

#include <kernel/runqueue.h>
#include <kernel/traps.h>
#include <kernel/types.h>

/*
 * A new process running the embedded program name with arg in %rdi, child
 * of parent (NULL: of the kernel), inheriting its descriptors. Its pid, or
 * a negative errno: -ENOENT (no such program), -ENOEXEC (the loader refused
 * it, and said why on the console), -EAGAIN/-ENOMEM.
 */
int process_spawn(const char *name, u64 arg, struct process *parent);
/* The same for the len bytes of an ELF file at file, which must outlive the spawn only. */
int process_spawn_file(const char *name, const void *file, size_t len, u64 arg,
		       struct process *parent);
/*
 * From a kernel thread: run processes until pid has exited, reap it and
 * return how it ended; -ESRCH if pid is no child of the kernel, -EDEADLK if
 * every process is blocked first (they are all killed and reaped then).
 */
int process_wait_kernel(int pid, struct proc_status *status);
/* The current process exits with code (SYS_exit), or is killed by signal. */
void process_exit(long code) __noreturn;
void process_kill_current(int signal) __noreturn;
/* Free everything an exited (or never run) process holds; it must not be running. */
void process_reap(struct process *p);
/*
 * From a kernel thread: kill process pid as by signal sig (its status says
 * signal sig, as wait() reports a kill); it becomes a zombie for its parent to reap, wherever
 * it was (runnable, preempted, blocked). 0, or -ESRCH if there is no such
 * live process.
 */
int process_kill(int pid, int sig);

/* A user-mode exception or a fault on user memory; false if the kernel must handle it. */
bool process_trap(struct pt_regs *regs);
/* Leave for user mode with the frame regs (the first entry of a process). */
void enter_user_mode(struct pt_regs *regs) __noreturn;

/* The embedded programs (user/), by name: NULL and 0 if none. */
const void *user_program(const char *name, size_t *len);

#endif
