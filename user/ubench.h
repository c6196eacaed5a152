/* SPDX-License-Identifier: GPL-2.0 */
/*
 * What the user-mode benchmarks (bench/user.c) and their program
 * (user/ubench.c) agree on: the modes, how an argument carries the
 * iteration count, and how the exit status carries the result: the TSC
 * ticks the timed windows took in the low UBENCH_TICK_BITS, the hypercalls
 * made inside them above (the kernel's own wait keeps an exit code's whole long). A
 * negative status is a failure of the program itself.
 */
#ifndef USER_UBENCH_H
#define USER_UBENCH_H

enum ubench_mode {
	UBENCH_NULL_SYSCALL = 1, /* getppid through syscall */
	UBENCH_INT80,		 /* the same through int 0x80 */
	UBENCH_PAGE_FAULT,	 /* first touch of fresh anonymous pages */
	UBENCH_MPROTECT64,	 /* mprotect of 64 populated pages, RO and RW in turn */
	UBENCH_PIPE_RT,		 /* one byte there and back through two pipes */
	UBENCH_PIPE_ECHO,	 /* the pipe partner */
	UBENCH_SWITCH,		 /* yield to a partner that yields back */
	UBENCH_YIELDER,		 /* the switch partner */
};

#define UBENCH_MODE_BITS 8
#define UBENCH_ARG(mode, iters) ((unsigned long)(mode) | ((unsigned long)(iters) << UBENCH_MODE_BITS))
#define UBENCH_MODE(arg) ((arg) & ((1UL << UBENCH_MODE_BITS) - 1))
#define UBENCH_ITERS(arg) ((arg) >> UBENCH_MODE_BITS)

#define UBENCH_TICK_BITS 40
#define UBENCH_RESULT(ticks, hypercalls) ((long)((ticks) | ((unsigned long)(hypercalls) << UBENCH_TICK_BITS)))
#define UBENCH_TICKS(status) ((unsigned long)(status) & ((1UL << UBENCH_TICK_BITS) - 1))
#define UBENCH_HYPERCALLS(status) ((unsigned long)(status) >> UBENCH_TICK_BITS)

#define UBENCH_FAULT_PAGES 2000 /* lmbench's lat_pagefault touches each page of one mapping */
#define UBENCH_MPROTECT_PAGES 64

#endif
