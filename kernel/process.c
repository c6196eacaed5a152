// SPDX-License-Identifier: GPL-2.0
/*
 * Processes: spawn, exit, kill, traps and reaping; the run queue that
 * chooses among them is kernel/runqueue.c.
 *
 * A process is born from an embedded program: elf_check() validates the
 * file, and each segment becomes a mapping with the segment's access
 * whose pages holding file bytes the loader fills now (through the
 * kernel's direct map, so the new address space need not be live); the
 * rest of it, the BSS, is populated on first touch like any anonymous
 * mapping, so a large one costs nothing until used. The stack is an
 * anonymous mapping too. Its thread starts in
 * process_thread(), which builds the frame of a return to user mode and
 * leaves through the generic exception exit, so the first entry takes the
 * same road (swapgs, cpu.iret) as every later one.
 *
 * A process dies by exiting, by a fault the kernel will not fix (killed
 * with a console line naming the access) or by process_kill() from the
 * kernel; it then stays a zombie, holding its kernel stack (which it is
 * still running on) and address space until its parent, or the kernel,
 * reaps it: only then can the address space be torn down, as it is no
 * longer in use.
 */
#define pr_fmt(fmt) "user: " fmt

#include <kernel/elf.h>
#include <kernel/errno.h>
#include <kernel/fpu.h>
#include <kernel/pipe.h>
#include <kernel/preempt.h>
#include <kernel/printk.h>
#include <kernel/process.h>
#include <kernel/string.h>
#include <kernel/syscall_nr.h>
#include <kernel/uaccess.h>
#include <kernel/uvm.h>
#include <pvops/ops.h>

#define X86_EFLAGS_FIXED (1UL << 1)
#define PF_ERR_WRITE (1UL << 1)

struct user_program {
	const char *name;
	const char *start, *end;
};

/* user/programs.S */
extern const struct user_program user_programs[], user_programs_end[];

static int next_pid = 1;

const void *user_program(const char *name, size_t *len)
{
	const struct user_program *u;

	for (u = user_programs; u < user_programs_end; u++) {
		if (!strcmp(u->name, name)) {
			*len = u->end - u->start;
			return u->start;
		}
	}
	*len = 0;
	return NULL;
}

static int load_program(struct process *p, const void *file, size_t len)
{
	struct elf_image img;
	const char *why = elf_check(file, len, USER_START, USER_STACK_TOP - USER_STACK_PAGES *
							       PAGE_SIZE, &img);
	unsigned int i;

	if (why) {
		pr_err("%s: refused: %s\n", p->name, why);
		return -ENOEXEC;
	}
	for (i = 0; i < img.nr_segments; i++) {
		const struct elf_segment *s = &img.segments[i];
		unsigned long start = s->vaddr & PAGE_MASK, end = PAGE_ALIGN(s->vaddr + s->memsz);
		unsigned long file_end = s->vaddr + s->filesz;
		unsigned int prot = PROT_READ | (s->flags & PF_W ? PROT_WRITE : 0) |
				    (s->flags & PF_X ? PROT_EXEC : 0);
		unsigned long va;
		int err = uvm_add(p, start, end, prot);

		if (err)
			return err;
		/* Only pages holding file bytes now; the rest (the BSS) is demand-zero. */
		for (va = start; va < file_end; va += PAGE_SIZE) {
			u64 lo = va > s->vaddr ? va : s->vaddr;
			u64 n = file_end - lo < va + PAGE_SIZE - lo ? file_end - lo : va + PAGE_SIZE - lo;
			pfn_t pfn;

			err = uvm_populate(p, va, &p->vmas[p->nr_vmas - 1], &pfn);
			if (err)
				return err;
			memcpy((char *)pfn_to_virt(pfn) + (lo - va),
			       (const char *)file + s->offset + (lo - s->vaddr), n);
		}
	}
	p->entry = img.entry;
	return uvm_add(p, USER_STACK_TOP - USER_STACK_PAGES * PAGE_SIZE, USER_STACK_TOP,
		       PROT_READ | PROT_WRITE);
}

void process_reap(struct process *p)
{
	fds_close_all(p);
	uvm_release(p);
	mm_destroy(p->mm);
	fpu_free(p->thread.fpu);
	thread_destroy(&p->thread);
	p->state = PROC_FREE;
}

static void process_thread(void *arg)
{
	struct process *p = arg;
	struct pt_regs regs = {
		.rip = p->entry,
		.cs = pv_info.user_cs,
		.rflags = X86_EFLAGS_IF | X86_EFLAGS_FIXED,
		.rsp = USER_STACK_TOP,
		.ss = pv_info.user_ss,
		.rdi = p->arg,
	};

	local_irq_disable();
	enter_user_mode(&regs);
}

int process_spawn(const char *name, u64 arg, struct process *parent)
{
	size_t len;
	const void *file = user_program(name, &len);

	if (!file)
		return -ENOENT;
	return process_spawn_file(name, file, len, arg, parent);
}

int process_spawn_file(const char *name, const void *file, size_t len, u64 arg,
		       struct process *parent)
{
	struct process *p = NULL;
	unsigned int i;
	int err;

	for (i = 0; i < NR_PROCS && !p; i++)
		if (procs[i].state == PROC_FREE)
			p = &procs[i];
	if (!p)
		return -EAGAIN;
	*p = (struct process){ .pid = next_pid++, .ppid = parent ? parent->pid : PPID_KERNEL,
			       .arg = arg, .mmap_next = USER_MMAP_BASE };
	strlcpy(p->name, name, sizeof(p->name));
	p->mm = mm_create();
	if (!p->mm)
		return -ENOMEM;
	err = load_program(p, file, len);
	if (!err)
		err = thread_create(&p->thread, p->name, process_thread, p, p->mm);
	if (!err) {
		err = fpu_alloc(&p->thread.fpu); /* the initial state, fresh for each program */
		if (err)
			thread_destroy(&p->thread);
	}
	if (err) {
		uvm_release(p);
		mm_destroy(p->mm);
		return err;
	}
	fds_inherit(p, parent);
	p->state = PROC_RUNNABLE;
	return p->pid;
}

/* p is a zombie from now on, holding only what reaping frees. */
static void process_die(struct process *p, struct proc_status status)
{
	struct process *parent;
	unsigned int i;

	fds_close_all(p);
	for (i = 0; i < NR_PROCS; i++)
		if (procs[i].state != PROC_FREE && procs[i].ppid == p->pid)
			procs[i].ppid = PPID_ORPHAN; /* the kernel reaps it */
	p->state = PROC_ZOMBIE;
	p->blocked_on = NULL;
	p->status = status;
	parent = p->ppid > 0 ? process_find(p->ppid) : NULL;
	if (parent)
		process_wake(parent);
}

void process_exit(long code)
{
	struct process *p = current_process();

	process_die(p, (struct proc_status){ .code = code });
	process_yield();
	panic("process %d (%s) ran after its exit", p->pid, p->name);
}

void process_kill_current(int signal)
{
	struct process *p = current_process();

	process_die(p, (struct proc_status){ .signal = signal });
	process_yield();
	panic("process %d (%s) ran after it was killed", p->pid, p->name);
}

int process_kill(int pid, int sig)
{
	struct process *p = process_find(pid);

	if (current_process())
		panic("process_kill: called from process %d, not a kernel thread",
		      current_process()->pid);
	if (!p || p->state == PROC_ZOMBIE)
		return -ESRCH;
	pr_err("pid %d (%s) killed: signal %d from the kernel\n", p->pid, p->name, sig);
	/* Its thread never runs again: reaping frees the stack it stopped on. */
	process_die(p, (struct proc_status){ .signal = sig });
	return 0;
}

static void __noreturn kill_current(struct process *p, int sig, const char *what, struct pt_regs *regs)
{
	pr_err("pid %d (%s) killed: %s (rip %#llx, error code %#llx)\n", p->pid, p->name, what,
	       (unsigned long long)regs->rip, (unsigned long long)regs->error);
	process_kill_current(sig);
}

bool process_trap(struct pt_regs *regs)
{
	struct process *p = current_process();
	char what[96];

	if (!p)
		return false;
	if (regs->vector == X86_TRAP_PF) {
		unsigned long addr = read_cr2();
		bool write = regs->error & PF_ERR_WRITE;
		const char *why = user_addr(addr) ? uvm_fault(p, addr, write) :
						    "kernel memory";

		if (!why)
			return true;
		if (!user_mode(regs))
			return false; /* a copy from or to user memory: its fixup says -EFAULT */
		snprintf(what, sizeof(what), "page fault %s %#lx (%s)", write ? "writing" : "reading",
			 addr, why);
		kill_current(p, SIGSEGV, what, regs);
	}
	if (!user_mode(regs))
		return false;
	snprintf(what, sizeof(what), "%s%s", exception_name(regs->vector),
		 regs->vector == X86_TRAP_GP ? ", a privileged instruction or bad segment" : "");
	kill_current(p, regs->vector == X86_TRAP_UD ? SIGILL : SIGSEGV, what, regs);
}

int process_wait_kernel(int pid, struct proc_status *status)
{
	struct process *p = process_find(pid);
	unsigned long flags;
	bool ended;
	unsigned int i;

	if (!p || p->ppid != PPID_KERNEL || current_process())
		return -ESRCH;
	flags = local_save_flags();
	preempt_start();
	ended = runqueue_run_until_zombie(p);
	preempt_stop();
	local_irq_restore(flags);
	if (ended) {
		*status = p->status;
		process_reap(p);
		for (i = 0; i < NR_PROCS; i++)
			if (procs[i].state == PROC_ZOMBIE && procs[i].ppid == PPID_ORPHAN)
				process_reap(&procs[i]);
		return pid;
	}
	pr_err("every process is blocked: killing them all\n");
	for (i = 0; i < NR_PROCS; i++)
		if (procs[i].state != PROC_FREE)
			process_reap(&procs[i]);
	return -EDEADLK;
}
