/* SPDX-License-Identifier: GPL-2.0 */
/*
 * The system-call table and the user-mode set-up (kernel/syscall.c), the
 * top of the process layers: it calls into all of them.
 */
#ifndef KERNEL_SYSCALL_H
#define KERNEL_SYSCALL_H

#include <kernel/traps.h>

/* The syscall instruction's C entry: regs in, result in regs->rax. */
void do_syscall(struct pt_regs *regs);
/* Aim system calls at the kernel and give traps from ring 3 to the process layers. */
void user_init(void);

#endif
