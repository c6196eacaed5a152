// SPDX-License-Identifier: GPL-2.0
/*
 * utest: the user suite's program, one behaviour per mode.
 *
 * The kernel's user suite (tests/kernel/user_test.c) spawns this program
 * with an argument whose low byte is the mode and whose rest is the
 * mode's parameter. A mode that checks something exits with the number of
 * checks that failed (0: all passed), after naming each on the console; a
 * mode that must be killed (a kernel-memory access, a privileged
 * instruction, a fault outside its mappings) exits with UTEST_SURVIVED if
 * the kernel let it live, which the suite tells apart from the kill it
 * expects. One program for all modes keeps the image
 * small; the loader's own tests use the second program (hello) too.
 */
#include "lib/ulib.h"
#include "utest.h"

static int failures;
static volatile long own_value; /* the same address in every process */
static const char rodata_target[64] = "read-only";

#define CHECK(cond)                                                                                \
	do {                                                                                       \
		if (!(cond)) {                                                                     \
			failures++;                                                                \
			uputn("utest: check failed at line", __LINE__);                           \
		}                                                                                  \
	} while (0)

static void priv(unsigned long which)
{
	switch (which) {
	case UTEST_PRIV_CLI:
		__asm__ __volatile__("cli");
		break;
	case UTEST_PRIV_HLT:
		__asm__ __volatile__("hlt");
		break;
	case UTEST_PRIV_CR3:
		__asm__ __volatile__("mov %%rax, %%cr3" : : "a"(0UL));
		break;
	case UTEST_PRIV_WRMSR:
		__asm__ __volatile__("wrmsr" : : "c"(0xc0000082U), "a"(0), "d"(0));
		break;
	case UTEST_PRIV_OUT:
		__asm__ __volatile__("outb %%al, $0x80" : : "a"(0));
		break;
	case UTEST_PRIV_UD2:
		__asm__ __volatile__("ud2");
		break;
	}
}

static void bad_pointers(void)
{
	static char buf[16] = "0123456789";
	int fds[2], fds2[2], status;
	long child;

	CHECK(sys_write(1, UTEST_KERNEL_ADDR, 10) == -EFAULT);
	CHECK(sys_write(1, 0, 10) == -EFAULT);
	CHECK(sys_write(1, UTEST_NONCANONICAL, 1) == -EFAULT);
	CHECK(sys_write(1, UTEST_UNMAPPED, 10) == -EFAULT);
	CHECK(sys_write(1, buf, ~0UL) == -EFAULT);
	CHECK(sys_pipe(UTEST_KERNEL_ADDR) == -EFAULT);
	CHECK(sys_pipe(UTEST_UNMAPPED) == -EFAULT);
	CHECK(sys_pipe(rodata_target) == -EFAULT);
	CHECK(sys_pipe(fds) == 0);
	CHECK(fds[0] == 3 && fds[1] == 4); /* the refused calls left no descriptor behind */
	CHECK(sys_write(fds[1], buf, 10) == 10);
	CHECK(sys_read(fds[0], UTEST_KERNEL_ADDR, 5) == -EFAULT);
	CHECK(sys_read(fds[0], rodata_target, 5) == -EFAULT);
	CHECK(sys_read(fds[0], UTEST_UNMAPPED, 5) == -EFAULT);
	CHECK(sys_write(fds[1], UTEST_KERNEL_ADDR, 5) == -EFAULT);
	CHECK(sys_read(fds[0], buf + 10, 5) == 5);
	CHECK(sys_close(fds[0]) == 0 && sys_close(fds[1]) == 0);
	CHECK(sys_close(fds[0]) == -EBADF);
	CHECK(sys_pipe(fds2) == 0 && fds2[0] == 3);
	CHECK(sys_close(fds2[0]) == 0 && sys_close(fds2[1]) == 0);
	CHECK(sys_spawn(UTEST_KERNEL_ADDR, 0) == -EFAULT);
	CHECK(sys_spawn(UTEST_UNMAPPED, 0) == -EFAULT);
	CHECK(sys_spawn("no-such-program", 0) == -ENOENT);
	child = sys_spawn("utest", UTEST_ARG(UTEST_EXIT_CODE, 7));
	CHECK(child > 0);
	CHECK(sys_wait(child, UTEST_KERNEL_ADDR) == -EFAULT);
	CHECK(sys_wait(child, rodata_target) == -EFAULT);
	CHECK(sys_wait(child, &status) == child && WIFEXITED(status) && WEXITSTATUS(status) == 7);
	CHECK(sys_set_tls(UTEST_KERNEL_ADDR, TLS_FS) == -EFAULT);
	CHECK(sys_set_tls(UTEST_KERNEL_ADDR, TLS_GS) == -EFAULT);
	CHECK(sys_mprotect(UTEST_KERNEL_ADDR, 4096, PROT_READ) == -EINVAL);
	CHECK(sys_munmap(UTEST_KERNEL_ADDR, 4096) == -EINVAL);
	CHECK(syscall3(UTEST_BAD_NR, 0, 0, 0) == -ENOSYS);
	CHECK(syscall3(-1, 0, 0, 0) == -ENOSYS);
	CHECK(int80_3(UTEST_BAD_NR, 0, 0, 0) == -ENOSYS);
	CHECK(int80_3(SYS_write, 1, (long)UTEST_KERNEL_ADDR, 4) == -EFAULT);
}

static void memory(void)
{
	unsigned long i;
	volatile char *p = (volatile char *)sys_mmap(UTEST_PAGES * 4096, PROT_READ | PROT_WRITE);
	volatile char *q;

	CHECK((long)p > 0);
	for (i = 0; i < UTEST_PAGES * 4096; i += 512)
		CHECK(p[i] == 0); /* demand-zero */
	for (i = 0; i < UTEST_PAGES; i++)
		p[i * 4096] = (char)i;
	for (i = 0; i < UTEST_PAGES; i++)
		CHECK(p[i * 4096] == (char)i);
	CHECK(sys_mprotect(p + 4096, 4096, PROT_READ) == 0);
	CHECK(p[4096] == 1); /* still readable, contents kept */
	CHECK(sys_mprotect(p + 4096, 4096, PROT_READ | PROT_WRITE) == 0);
	p[4096] = 42;
	CHECK(p[4096] == 42);
	CHECK(sys_munmap(p + 2 * 4096, 4096) == 0);
	CHECK(p[3 * 4096] == 3);
	CHECK(sys_mprotect(p, UTEST_PAGES * 4096, PROT_READ) == -ENOMEM); /* a hole */
	CHECK(sys_mmap(0, PROT_READ) == -EINVAL);
	CHECK(sys_mmap(4096, PROT_WRITE) == -EINVAL);
	CHECK(sys_mmap(4096, 0x80 | PROT_READ) == -EINVAL);
	CHECK(sys_munmap(p + 1, 4096) == -EINVAL);
	CHECK(sys_munmap(p, UTEST_PAGES * 4096) == 0);
	q = (volatile char *)sys_mmap(4096, PROT_READ);
	CHECK((long)q > 0 && q[100] == 0); /* read-only anonymous memory reads as zero */
	CHECK(sys_munmap(q, 4096) == 0);
}

static void echo(unsigned long fds)
{
	char buf[UTEST_CHUNK];
	long n;

	CHECK(sys_close(UTEST_FD(fds, 1)) == 0); /* keep only what this side uses */
	CHECK(sys_close(UTEST_FD(fds, 2)) == 0);
	while ((n = sys_read(UTEST_FD(fds, 0), buf, sizeof(buf))) > 0)
		CHECK(sys_write(UTEST_FD(fds, 3), buf, n) == n);
	CHECK(n == 0);
}

static void pipes(void)
{
	static char out[UTEST_PIPE_BYTES], in[UTEST_PIPE_BYTES];
	int down[2], up[2], status;
	long child, got = 0, n, i;

	for (i = 0; i < UTEST_PIPE_BYTES; i++)
		out[i] = (char)(i * 7);
	CHECK(sys_pipe(down) == 0 && sys_pipe(up) == 0);
	child = sys_spawn("utest", UTEST_ARG(UTEST_ECHO, UTEST_FDS(down[0], down[1], up[0], up[1])));
	CHECK(child > 0);
	CHECK(sys_close(down[0]) == 0 && sys_close(up[1]) == 0);
	/* More than a pipe holds: the writer blocks until the echo drains it. */
	CHECK(sys_write(down[1], out, UTEST_PIPE_BYTES) == UTEST_PIPE_BYTES);
	CHECK(sys_close(down[1]) == 0);
	while ((n = sys_read(up[0], in + got, UTEST_PIPE_BYTES - got)) > 0)
		got += n;
	CHECK(got == UTEST_PIPE_BYTES);
	for (i = 0; i < got; i++)
		if (in[i] != out[i]) {
			CHECK(0);
			break;
		}
	CHECK(sys_wait(child, &status) == child && WIFEXITED(status) && WEXITSTATUS(status) == 0);
	CHECK(sys_wait(-1, &status) == -ECHILD);
	CHECK(sys_write(up[0], out, 1) == -EBADF);
	CHECK(sys_pipe(down) == 0 && sys_close(down[0]) == 0);
	CHECK(sys_write(down[1], out, 1) == -EPIPE); /* no reader left */
	CHECK(sys_close(down[1]) == 0 && sys_close(up[0]) == 0);
}

static void own(unsigned long value)
{
	unsigned long i;

	own_value = value;
	for (i = 0; i < UTEST_ROUNDS; i++) {
		sys_yield();
		CHECK(own_value == (long)value);
		own_value = value;
	}
}

/*
 * Both bases survive switches to the other process and exceptions taken in
 * user mode (a first touch of a page each round): a swapgs missing on
 * either edge of the exception path would hand back the kernel's GS base.
 */
static void tls(unsigned long value)
{
	static unsigned long fs_block[2], gs_block[2];
	volatile char *pages = (volatile char *)sys_mmap(UTEST_ROUNDS * 4096, PROT_READ | PROT_WRITE);
	unsigned long fs_seen, gs_seen, i;

	fs_block[0] = value;
	gs_block[0] = ~value;
	CHECK((long)pages > 0);
	CHECK(sys_set_tls(fs_block, TLS_FS) == 0);
	CHECK(sys_set_tls(gs_block, TLS_GS) == 0);
	CHECK(sys_set_tls(fs_block, 2) == -EINVAL);
	for (i = 0; i < UTEST_ROUNDS; i++) {
		sys_yield();
		pages[i * 4096] = 1;
		__asm__ __volatile__("mov %%fs:0, %0; mov %%gs:0, %1" : "=r"(fs_seen), "=r"(gs_seen));
		CHECK(fs_seen == value);
		CHECK(gs_seen == ~value);
	}
}

static void entries(void)
{
	CHECK(int80_3(SYS_getppid, 0, 0, 0) == sys_getppid());
	CHECK(int80_3(SYS_getpid, 0, 0, 0) == sys_getpid());
	CHECK(int80_3(SYS_write, 1, (long)"int80: hello\n", 13) == 13);
}

/*
 * The kernel runs its C code with DF clear whatever ring 3 left in the
 * flags, and hands the flags back: a pipe's bytes make the trip out and
 * back through both entries intact, with guards around the buffer (a copy
 * run backwards writes below it), and a demand-zero fault still gives a
 * zeroed page and leaves its neighbour alone.
 */
static long hostile_call(int int80, long nr, long a0, long a1, long a2, unsigned long *after)
{
	*after = 0;
	return int80 ? flags_int80(nr, a0, a1, a2, UTEST_HOSTILE_FLAGS, after) :
		       flags_syscall(nr, a0, a1, a2, UTEST_HOSTILE_FLAGS, after);
}

static void hostile_flags(void)
{
	static char out[UTEST_FLAGS_BYTES];
	static struct {
		char below[64], in[UTEST_FLAGS_BYTES], above[64];
	} buf;
	volatile char *pages = (volatile char *)sys_mmap(2 * 4096, PROT_READ | PROT_WRITE);
	unsigned long after, i, e;
	int same = 1;
	int fds[2];

	for (i = 0; i < UTEST_FLAGS_BYTES; i++)
		out[i] = (char)(i * 13 + 1);
	CHECK(sys_pipe(fds) == 0);
	for (e = 0; e < 2; e++) {
		for (i = 0; i < sizeof(buf); i++)
			((char *)&buf)[i] = 0x5a;
		CHECK(hostile_call(e, SYS_getpid, 0, 0, 0, &after) == sys_getpid());
		CHECK((after & UTEST_HOSTILE_FLAGS) == UTEST_HOSTILE_FLAGS);
		CHECK(hostile_call(e, SYS_write, fds[1], (long)out, UTEST_FLAGS_BYTES, &after) ==
		      UTEST_FLAGS_BYTES);
		CHECK((after & UTEST_HOSTILE_FLAGS) == UTEST_HOSTILE_FLAGS);
		CHECK(hostile_call(e, SYS_read, fds[0], (long)buf.in, UTEST_FLAGS_BYTES, &after) ==
		      UTEST_FLAGS_BYTES);
		CHECK((after & UTEST_HOSTILE_FLAGS) == UTEST_HOSTILE_FLAGS);
		for (i = 0; i < UTEST_FLAGS_BYTES; i++)
			same &= buf.in[i] == out[i];
		for (i = 0; i < sizeof(buf.below); i++)
			same &= buf.below[i] == 0x5a && buf.above[i] == 0x5a;
		CHECK(same);
	}
	CHECK((long)pages > 0);
	for (i = 0; i < 4096; i++)
		pages[i] = 0x5a;
	after = 0;
	flags_store(pages + 4096 + 100, UTEST_HOSTILE_FLAGS, &after);
	CHECK((after & UTEST_HOSTILE_FLAGS) == UTEST_HOSTILE_FLAGS);
	for (i = 0; i < 4096; i++) {
		same &= pages[i] == 0x5a;
		same &= pages[4096 + i] == (i == 100);
	}
	CHECK(same);
}

/* Waits for a utest child in mode(param); its wait() status, or -1. */
static int child_status(unsigned int mode, unsigned long param)
{
	long child = sys_spawn("utest", UTEST_ARG(mode, param));
	int status = -1;

	CHECK(child > 0);
	CHECK(sys_wait(child, &status) == child);
	return status;
}

static void wait_statuses(void)
{
	int status = child_status(UTEST_EXIT_CODE, 128 + SIGSEGV);

	CHECK(WIFEXITED(status) && !WIFSIGNALED(status));
	CHECK(WEXITSTATUS(status) == 128 + SIGSEGV);
	status = child_status(UTEST_WRITE, 0);
	CHECK(WIFSIGNALED(status) && !WIFEXITED(status));
	CHECK(WTERMSIG(status) == SIGSEGV);
	status = child_status(UTEST_PRIV, UTEST_PRIV_UD2);
	CHECK(WIFSIGNALED(status) && WTERMSIG(status) == SIGILL);
	status = child_status(UTEST_EXIT_CODE, 0x1200);
	CHECK(WIFEXITED(status) && WEXITSTATUS(status) == 0); /* the low byte, as on Unix */
}

int main(unsigned long arg);
int main(unsigned long arg)
{
	unsigned long param = UTEST_PARAM(arg);
	long *p;

	switch (UTEST_MODE(arg)) {
	case UTEST_HELLO:
		uputs("utest: hello from user mode\n");
		CHECK(sys_getpid() > 0);
		uputn("utest: parent", sys_getppid());
		break;
	case UTEST_READ:
		uputn("utest: read", *(volatile long *)param);
		return UTEST_SURVIVED;
	case UTEST_WRITE:
		*(volatile long *)param = 0;
		return UTEST_SURVIVED;
	case UTEST_PRIV:
		priv(param);
		return UTEST_SURVIVED;
	case UTEST_BADPTR:
		bad_pointers();
		break;
	case UTEST_MEMORY:
		memory();
		break;
	case UTEST_SEGV_RO:
		p = (long *)sys_mmap(4096, PROT_READ | PROT_WRITE);
		*p = 1;
		sys_mprotect(p, 4096, PROT_READ);
		*(volatile long *)p = 2;
		return UTEST_SURVIVED;
	case UTEST_SEGV_UNMAPPED:
		p = (long *)sys_mmap(2 * 4096, PROT_READ | PROT_WRITE);
		p[512] = 1;
		sys_munmap(p + 512, 4096);
		uputn("utest: read", *(volatile long *)(p + 512));
		return UTEST_SURVIVED;
	case UTEST_PIPES:
		pipes();
		break;
	case UTEST_ECHO:
		echo(param);
		break;
	case UTEST_OWN:
		own(param);
		break;
	case UTEST_TLS:
		tls(param);
		break;
	case UTEST_ENTRIES:
		entries();
		break;
	case UTEST_EXIT_CODE:
		return (int)param;
	case UTEST_HOG:
		p = (long *)sys_mmap(UTEST_PAGES * 4096, PROT_READ | PROT_WRITE);
		for (param = 0; param < UTEST_PAGES; param++)
			p[param * 512] = 1;
		sys_pipe((int *)p);
		*(volatile long *)UTEST_KERNEL_ADDR = 0;
		return UTEST_SURVIVED;
	case UTEST_FLAGS:
		hostile_flags();
		break;
	case UTEST_TOUCH:
		p = (long *)param;
		CHECK(*(volatile long *)p == 0);
		*(volatile long *)p = (long)param;
		CHECK(*(volatile long *)p == (long)param);
		break;
	case UTEST_INT_VECTOR:
		int_vector(param);
		return UTEST_SURVIVED;
	case UTEST_WAIT_STATUS:
		wait_statuses();
		break;
	case UTEST_FLAGS_UD2:
		flags_ud2(UTEST_HOSTILE_FLAGS);
	default:
		uputn("utest: unknown mode", (long)UTEST_MODE(arg));
		return UTEST_SURVIVED;
	}
	return failures;
}
