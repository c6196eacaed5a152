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

#include <kernel/mm.h>
#include <kernel/sched.h>
#include <kernel/syscall_nr.h>
#include <kernel/traps.h>
#include <kernel/types.h>

#define NR_PROCS 16
#define NR_FDS 16
#define NR_VMAS 16
#define PROC_NAME_LEN 16

#define USER_STACK_PAGES 16
#define USER_STACK_TOP 0x00007fffffffe000UL
#define USER_MMAP_BASE 0x0000100000000000UL
#define USER_MMAP_MAX_PAGES 65536 /* one mapping: 256 MiB */

/* How long a process in ring 3 runs before the tick may switch to the next (kernel/preempt.c). */
#define PROCESS_TIME_SLICE_NS 10000000ULL /* 10 ms */

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
void process_yield(void);
/*
 * From a kernel thread: kill process pid as by signal sig (its status says
 * signal sig, as wait() reports a kill); it becomes a zombie for its parent to reap, wherever
 * it was (runnable, preempted, blocked). 0, or -ESRCH if there is no such
 * live process.
 */
int process_kill(int pid, int sig);

/* Preemption (kernel/preempt.c): the tick runs between start and stop. */
void preempt_start(void);
void preempt_stop(void);
/* After an interrupt's handler: switch process if its slice is over and it came from ring 3. */
void preempt_user_return(struct pt_regs *regs);
extern unsigned long process_preemptions; /* switches made by preempt_user_return() */
/* Sleep until process_wake(channel); interrupts as they were. */
void process_block(const void *channel);
void process_wake(const void *channel);
/* A user-mode exception or a fault on user memory; false if the kernel must handle it. */
bool process_trap(struct pt_regs *regs);
/* Leave for user mode with the frame regs (the first entry of a process). */
void enter_user_mode(struct pt_regs *regs) __noreturn;

/* The embedded programs (user/), by name: NULL and 0 if none. */
const void *user_program(const char *name, size_t *len);

/* Anonymous memory and the fault handler (kernel/uvm.c). */
long uvm_mmap(struct process *p, unsigned long len, unsigned int prot);
int uvm_munmap(struct process *p, unsigned long addr, unsigned long len);
int uvm_mprotect(struct process *p, unsigned long addr, unsigned long len, unsigned int prot);
int uvm_add(struct process *p, unsigned long start, unsigned long end, unsigned int prot);
/* Map a fresh zeroed page for addr in vma; 0 or a negative errno. */
int uvm_populate(struct process *p, unsigned long addr, const struct vma *vma, pfn_t *pfn);
/* Why the access is refused, or NULL once the page is there (demand paging). */
const char *uvm_fault(struct process *p, unsigned long addr, bool write);
void uvm_release(struct process *p);
u64 uvm_pte_prot(unsigned int prot);

/* Pipes and descriptors (kernel/pipe.c). */
int pipe_create(struct process *p, int fds[2]);
long pipe_read(struct process *p, int fd, unsigned long ubuf, unsigned long len);
long pipe_write(struct process *p, int fd, unsigned long ubuf, unsigned long len);
int fd_close(struct process *p, int fd);
void fds_inherit(struct process *child, const struct process *parent);
void fds_close_all(struct process *p);
bool fd_is_console(const struct process *p, int fd);

/* The system-call table (kernel/syscall.c): regs in, result in regs->rax. */
void syscall_dispatch(struct pt_regs *regs);
void do_syscall(struct pt_regs *regs);
void user_init(void);

#endif
