/* SPDX-License-Identifier: GPL-2.0 */
/*
 * The system-call ABI, shared by the kernel and the user runtime (user/).
 *
 * One header for both sides, holding only constants, so the numbers and
 * flags cannot drift apart. The convention is Linux's x86-64 one for both
 * entries: the number in %rax, arguments in %rdi, %rsi, %rdx, %r10, %r8,
 * the result in %rax, a negative errno (include/kernel/errno.h) on error;
 * syscall clobbers %rcx and %r11, int 0x80 nothing. int 0x80 takes the same
 * numbers and registers (Linux's int 0x80 is the 32-bit ABI; this kernel
 * has no 32-bit processes, so a second numbering would only be a trap).
 */
#ifndef KERNEL_SYSCALL_NR_H
#define KERNEL_SYSCALL_NR_H

#define SYS_exit 0	/* (status): never returns */
#define SYS_getppid 1	/* (): the parent's pid, the benchmark's null call */
#define SYS_write 2	/* (fd, buf, len): fd 1 and 2 start as the console */
#define SYS_read 3	/* (fd, buf, len): blocks on an empty pipe with writers */
#define SYS_yield 4	/* (): let the next runnable process run */
#define SYS_mmap 5	/* (len, prot): anonymous, zero-filled on first touch */
#define SYS_munmap 6	/* (addr, len) */
#define SYS_mprotect 7	/* (addr, len, prot) */
#define SYS_pipe 8	/* (int fds[2]): read end, write end */
#define SYS_close 9	/* (fd) */
#define SYS_spawn 10	/* (name, arg): a new process running program name(arg) */
#define SYS_wait 11	/* (pid or -1, int *status): reaps an exited child; WIFEXITED() below */
#define SYS_set_tls 12	/* (base, TLS_FS or TLS_GS): this process's FS or GS base */
#define SYS_getpid 13	/* () */
#define SYS_hypercalls 14 /* (): hypercalls made so far, for the benchmarks' windows */
#define NR_SYSCALLS 15

#define SYSCALL_VECTOR 0x80 /* int 0x80 */

#define TLS_FS 0
#define TLS_GS 1

#define PROT_READ 0x1
#define PROT_WRITE 0x2
#define PROT_EXEC 0x4

/* The signals a kill names: the kernel has no signal delivery, only these causes of death. */
#define SIGILL 4
#define SIGKILL 9
#define SIGSEGV 11

/*
 * wait()'s status, encoded as on Unix so the two ends cannot be confused:
 * a process that exited has its code's low byte in bits 8..15 and zero in
 * bits 0..6; one the kernel killed has the signal in bits 0..6 (never 0)
 * and zero above. exit(139) and a SIGSEGV kill, which a shell would both
 * show as 139, differ here. The kernel's own waits keep the whole code.
 */
#define W_EXITCODE(code) (((code) & 0xff) << 8)
#define W_KILLED(sig) ((sig) & 0x7f)
#define WIFEXITED(status) (((status) & 0x7f) == 0)
#define WEXITSTATUS(status) (((status) >> 8) & 0xff)
#define WIFSIGNALED(status) (((status) & 0x7f) != 0)
#define WTERMSIG(status) ((status) & 0x7f)

#endif
