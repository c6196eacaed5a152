/* SPDX-License-Identifier: GPL-2.0 */
/*
 * The user programs' runtime: system calls and a few string helpers.
 *
 * The programs are freestanding (no libc exists here): each system call is
 * one inline syscall instruction with the kernel's ABI
 * (include/kernel/syscall_nr.h), and sys_int80() makes the same call
 * through the second entry. Helpers for printing numbers are enough for
 * the tests to explain a failure on the console.
 */
#ifndef USER_ULIB_H
#define USER_ULIB_H

#include <kernel/errno.h>
#include <kernel/syscall_nr.h>
#include <stddef.h>
#include <stdint.h>

static inline long syscall3(long nr, long a0, long a1, long a2)
{
	long ret;

	__asm__ __volatile__("syscall"
			     : "=a"(ret)
			     : "a"(nr), "D"(a0), "S"(a1), "d"(a2)
			     : "rcx", "r11", "memory");
	return ret;
}

static inline long int80_3(long nr, long a0, long a1, long a2)
{
	long ret;

	__asm__ __volatile__("int $0x80" : "=a"(ret) : "a"(nr), "D"(a0), "S"(a1), "d"(a2) : "memory");
	return ret;
}

static inline __attribute__((noreturn)) void sys_exit(long status)
{
	syscall3(SYS_exit, status, 0, 0);
	__builtin_unreachable();
}

#define sys_getppid() syscall3(SYS_getppid, 0, 0, 0)
#define sys_getpid() syscall3(SYS_getpid, 0, 0, 0)
#define sys_write(fd, buf, len) syscall3(SYS_write, (fd), (long)(buf), (long)(len))
#define sys_read(fd, buf, len) syscall3(SYS_read, (fd), (long)(buf), (long)(len))
#define sys_yield() syscall3(SYS_yield, 0, 0, 0)
#define sys_mmap(len, prot) syscall3(SYS_mmap, (long)(len), (prot), 0)
#define sys_munmap(addr, len) syscall3(SYS_munmap, (long)(addr), (long)(len), 0)
#define sys_mprotect(addr, len, prot) syscall3(SYS_mprotect, (long)(addr), (long)(len), (prot))
#define sys_pipe(fds) syscall3(SYS_pipe, (long)(fds), 0, 0)
#define sys_close(fd) syscall3(SYS_close, (fd), 0, 0)
#define sys_spawn(name, arg) syscall3(SYS_spawn, (long)(name), (long)(arg), 0)
#define sys_wait(pid, status) syscall3(SYS_wait, (pid), (long)(status), 0)
#define sys_set_tls(base, which) syscall3(SYS_set_tls, (long)(base), (which), 0)
#define sys_hypercalls() syscall3(SYS_hypercalls, 0, 0, 0)

/*
 * Kernel entries with the flags of set raised (user/lib/flags.S): *after
 * gets the flags right after the instruction that entered.
 */
long flags_syscall(long nr, long a0, long a1, long a2, unsigned long set, unsigned long *after);
long flags_int80(long nr, long a0, long a1, long a2, unsigned long set, unsigned long *after);
void flags_store(volatile char *p, unsigned long set, unsigned long *after);
void flags_ud2(unsigned long set) __attribute__((noreturn));

/* int $n (user/lib/vectors.S): returns only if the kernel let the process live. */
void int_vector(unsigned int n);

size_t ustrlen(const char *s);
void uputs(const char *s);
/* "what: N\n" on the console, N in decimal (negative too). */
void uputn(const char *what, long n);

#endif
