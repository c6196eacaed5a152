// SPDX-License-Identifier: GPL-2.0
/*
 * The system calls, and the two ways in.
 *
 * syscall arrives through entry_syscall_common (kernel/entry.S) as
 * do_syscall(); int 0x80 is a trap vector whose gate user mode may raise
 * (DPL 3), handled by syscall_int80(). Both reach syscall_dispatch() with
 * the arguments in the frame, run it with interrupts enabled, as a system
 * call may block, and return with them disabled for the way out. An
 * unknown number is -ENOSYS; every pointer is handed to the uaccess
 * functions (include/kernel/uaccess.h) or to code that uses nothing else,
 * so a bad one is -EFAULT, never a kernel fault. user_init() asks the
 * backend to aim system calls at these entries (user.syscall_init),
 * installs the int 0x80 gate and gives the trap layer what a trap from a
 * process means (a fault the process layer fixes or kills for, a
 * preemption at an interrupt's exit), as traps do not call up.
 */
#define pr_fmt(fmt) "user: " fmt

#include <kernel/errno.h>
#include <kernel/machine.h>
#include <kernel/pipe.h>
#include <kernel/preempt.h>
#include <kernel/printk.h>
#include <kernel/process.h>
#include <kernel/syscall.h>
#include <kernel/syscall_nr.h>
#include <kernel/uaccess.h>
#include <kernel/uvm.h>
#include <pvops/backend.h>
#include <pvops/ops.h>

static long sys_wait(struct process *me, int pid, unsigned long ustatus)
{
	for (;;) {
		bool have_child = false;
		unsigned int i;

		for (i = 0; i < NR_PROCS; i++) {
			struct process *c = &procs[i];

			if (c->state == PROC_FREE || c->ppid != me->pid || (pid != -1 && c->pid != pid))
				continue;
			have_child = true;
			if (c->state != PROC_ZOMBIE)
				continue;
			int status = proc_wait_status(&c->status);

			if (ustatus && copy_to_user(ustatus, &status, sizeof(status)))
				return -EFAULT;
			pid = c->pid;
			process_reap(c);
			return pid;
		}
		if (!have_child)
			return -ECHILD;
		process_block(me);
	}
}

static long sys_spawn(struct process *me, unsigned long uname, u64 arg)
{
	char name[PROC_NAME_LEN];
	long len = strncpy_from_user(name, uname, sizeof(name));

	if (len < 0)
		return len == -ERANGE ? -ENOENT : len;
	return process_spawn(name, arg, me);
}

static long sys_pipe(struct process *me, unsigned long ufds)
{
	int fds[2];
	int err;

	if (!user_range_ok(ufds, sizeof(fds)))
		return -EFAULT;
	err = pipe_create(me, fds);
	if (err)
		return err;
	if (copy_to_user(ufds, fds, sizeof(fds))) {
		fd_close(me, fds[0]);
		fd_close(me, fds[1]);
		return -EFAULT;
	}
	return 0;
}

static long sys_set_tls(struct process *me, unsigned long base, unsigned long which)
{
	if (!user_range_ok(base, 0))
		return -EFAULT;
	if (which == TLS_FS) {
		me->thread.fs_base = base;
		load_fs_base(base);
	} else if (which == TLS_GS) {
		me->thread.gs_base_user = base;
		load_gs_base_user(base);
	} else {
		return -EINVAL;
	}
	return 0;
}

static void syscall_dispatch(struct pt_regs *regs)
{
	struct process *me = current_process();
	u64 a0 = regs->rdi, a1 = regs->rsi, a2 = regs->rdx;
	long ret;

	switch (regs->rax) {
	case SYS_exit:
		process_exit((long)a0);
	case SYS_getppid:
		ret = me->ppid;
		break;
	case SYS_getpid:
		ret = me->pid;
		break;
	case SYS_write:
		ret = pipe_write(me, (int)a0, a1, a2);
		break;
	case SYS_read:
		ret = pipe_read(me, (int)a0, a1, a2);
		break;
	case SYS_yield:
		process_yield();
		ret = 0;
		break;
	case SYS_mmap:
		ret = uvm_mmap(me, a0, (unsigned int)a1);
		break;
	case SYS_munmap:
		ret = uvm_munmap(me, a0, a1);
		break;
	case SYS_mprotect:
		ret = uvm_mprotect(me, a0, a1, (unsigned int)a2);
		break;
	case SYS_pipe:
		ret = sys_pipe(me, a0);
		break;
	case SYS_close:
		ret = fd_close(me, (int)a0);
		break;
	case SYS_spawn:
		ret = sys_spawn(me, a0, a1);
		break;
	case SYS_wait:
		ret = sys_wait(me, (int)a0, a1);
		break;
	case SYS_set_tls:
		ret = sys_set_tls(me, a0, a1);
		break;
	case SYS_hypercalls:
		ret = machine_hypercall_count();
		break;
	default:
		ret = -ENOSYS;
	}
	regs->rax = ret;
}

void do_syscall(struct pt_regs *regs)
{
	check_entry_flags(regs);
	local_irq_enable();
	syscall_dispatch(regs);
	local_irq_disable();
}

static void syscall_int80(struct pt_regs *regs)
{
	if (!user_mode(regs) || !current_process())
		panic("int 0x80 from the kernel at %#llx", (unsigned long long)regs->rip);
	do_syscall(regs);
}

void user_init(void)
{
	static const struct trap_user_hooks hooks = {
		.fault = process_trap,
		.irq_exit = preempt_user_return,
	};

	syscall_init();
	request_user_vector(SYSCALL_VECTOR, syscall_int80);
	traps_set_user_hooks(&hooks);
}
