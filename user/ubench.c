// SPDX-License-Identifier: GPL-2.0
/*
 * ubench: the timed loops of the user-mode benchmarks, in user mode.
 *
 * Each mode runs its operation the given number of times inside timed
 * windows (the TSC, which ring 3 may read here and which counts
 * instructions under -icount, and the kernel's hypercall count) and exits
 * with both (user/ubench.h), which the kernel's loop function hands to the
 * harness (bench/user.c). Work a mode needs that is not the
 * operation (mapping and unmapping page_fault's pages, starting a
 * partner, the pipe round trip's warm-up) runs outside the windows. The
 * definitions follow lmbench and the usual Linux loops: lat_syscall null
 * (getppid), lat_pipe (one byte each way through two pipes), lat_pagefault
 * (first touch per page), lat_ctx reduced to two processes yielding.
 */
#include "lib/ulib.h"
#include "ubench.h"

static inline unsigned long rdtsc(void)
{
	unsigned int lo, hi;

	__asm__ __volatile__("lfence; rdtsc" : "=a"(lo), "=d"(hi) : : "memory");
	return ((unsigned long)hi << 32) | lo;
}

/*
 * The timed windows of a run: ticks by the TSC, hypercalls by the kernel's
 * count read on both edges, less what reading it costs (on Xen, the return
 * of the opening read), measured on an empty window first.
 */
static unsigned long ticks, hypercalls, window_hc, window_tsc, empty_hc;

static void window_open(void)
{
	window_hc = sys_hypercalls();
	window_tsc = rdtsc();
}

static void window_close(void)
{
	ticks += rdtsc() - window_tsc;
	hypercalls += sys_hypercalls() - window_hc - empty_hc;
}

static void null_syscall(unsigned long iters, int int80)
{
	unsigned long i;

	window_open();
	for (i = 0; i < iters; i++) {
		if (int80)
			int80_3(SYS_getppid, 0, 0, 0);
		else
			syscall3(SYS_getppid, 0, 0, 0);
	}
	window_close();
}

static void page_fault(unsigned long iters)
{
	while (iters) {
		unsigned long n = iters < UBENCH_FAULT_PAGES ? iters : UBENCH_FAULT_PAGES, i;
		volatile char *p = (volatile char *)sys_mmap(n * 4096, PROT_READ | PROT_WRITE);

		if ((long)p < 0)
			sys_exit(-1);
		window_open();
		for (i = 0; i < n; i++)
			p[i * 4096] = 1;
		window_close();
		sys_munmap(p, n * 4096);
		iters -= n;
	}
}

static void mprotect64(unsigned long iters)
{
	unsigned long len = UBENCH_MPROTECT_PAGES * 4096, i;
	volatile char *p = (volatile char *)sys_mmap(len, PROT_READ | PROT_WRITE);

	if ((long)p < 0)
		sys_exit(-1);
	for (i = 0; i < UBENCH_MPROTECT_PAGES; i++)
		p[i * 4096] = 1;
	window_open();
	for (i = 0; i < iters; i++)
		sys_mprotect(p, len, i & 1 ? PROT_READ | PROT_WRITE : PROT_READ);
	window_close();
	sys_munmap(p, len);
}

static void pipe_rt(unsigned long iters)
{
	int down[2], up[2];
	unsigned long i;
	long child;
	int status;
	char c = 'x';

	if (sys_pipe(down) || sys_pipe(up))
		sys_exit(-1);
	child = sys_spawn("ubench", UBENCH_ARG(UBENCH_PIPE_ECHO, down[0] | up[1] << 8));
	if (child < 0)
		sys_exit(-1);
	sys_close(down[0]);
	sys_close(up[1]);
	sys_write(down[1], &c, 1); /* the warm-up round trip */
	sys_read(up[0], &c, 1);
	window_open();
	for (i = 0; i < iters; i++) {
		sys_write(down[1], &c, 1);
		sys_read(up[0], &c, 1);
	}
	window_close();
	sys_close(down[1]);
	sys_wait(child, &status);
}

static void pipe_echo(unsigned long fds)
{
	int in = fds & 0xff, out = (fds >> 8) & 0xff, fd;
	char c;

	for (fd = 3; fd < 16; fd++)
		if (fd != in && fd != out)
			sys_close(fd);
	while (sys_read(in, &c, 1) == 1)
		sys_write(out, &c, 1);
}

static void process_switch(unsigned long iters)
{
	long child = sys_spawn("ubench", UBENCH_ARG(UBENCH_YIELDER, iters));
	unsigned long i;
	int status;

	if (child < 0)
		sys_exit(-1);
	sys_yield(); /* the partner runs up to its first yield */
	window_open();
	for (i = 0; i < iters; i++)
		sys_yield();
	window_close();
	sys_wait(child, &status);
}

int main(unsigned long arg);
int main(unsigned long arg)
{
	unsigned long iters = UBENCH_ITERS(arg), i;

	/*
	 * The BSS is demand-zero: its first touch is a page fault (and, under
	 * Xen, its iret hypercall), taken in a warm-up window, not the empty one.
	 */
	window_open();
	window_close();
	ticks = hypercalls = 0;
	window_open();
	window_close();
	empty_hc = hypercalls;
	ticks = hypercalls = 0;
	switch (UBENCH_MODE(arg)) {
	case UBENCH_NULL_SYSCALL:
		null_syscall(iters, 0);
		break;
	case UBENCH_INT80:
		null_syscall(iters, 1);
		break;
	case UBENCH_PAGE_FAULT:
		page_fault(iters);
		break;
	case UBENCH_MPROTECT64:
		mprotect64(iters);
		break;
	case UBENCH_PIPE_RT:
		pipe_rt(iters);
		break;
	case UBENCH_PIPE_ECHO:
		pipe_echo(iters);
		sys_exit(0);
	case UBENCH_SWITCH:
		process_switch(iters);
		break;
	case UBENCH_YIELDER:
		for (i = 0; i <= iters; i++)
			sys_yield();
		sys_exit(0);
	default:
		sys_exit(-1);
	}
	if (ticks >> UBENCH_TICK_BITS)
		sys_exit(-1);
	sys_exit(UBENCH_RESULT(ticks, hypercalls));
}
