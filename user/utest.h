/* SPDX-License-Identifier: GPL-2.0 */
/*
 * What the user suite and the utest program agree on: modes, how an
 * argument packs a mode and its parameter, and the numbers both check.
 * Constants only, so the kernel side and the freestanding program include
 * it alike.
 */
#ifndef USER_UTEST_H
#define USER_UTEST_H

enum utest_mode {
	UTEST_HELLO = 1,
	UTEST_READ,	     /* read the address in the parameter: must be killed */
	UTEST_WRITE,	     /* write it: must be killed */
	UTEST_PRIV,	     /* run privileged instruction UTEST_PRIV_*: must be killed */
	UTEST_BADPTR,	     /* every pointer-taking call with bad pointers */
	UTEST_MEMORY,	     /* mmap, munmap, mprotect, demand-zero */
	UTEST_SEGV_RO,	     /* write after mprotect(PROT_READ): must be killed */
	UTEST_SEGV_UNMAPPED, /* read after munmap: must be killed */
	UTEST_PIPES,	     /* two pipes and a child that echoes */
	UTEST_ECHO,	     /* the child: copies one pipe to the other */
	UTEST_OWN,	     /* keep a value in a global across yields */
	UTEST_TLS,	     /* keep values at %fs:0 and %gs:0 across yields and faults */
	UTEST_ENTRIES,	     /* int 0x80 answers as syscall does */
	UTEST_EXIT_CODE,     /* exit with the parameter */
	UTEST_HOG,	     /* take pages and a pipe, then die on kernel memory */
	UTEST_FLAGS,	     /* syscall, int 0x80 and a fault with UTEST_HOSTILE_FLAGS set */
	UTEST_FLAGS_UD2,     /* ud2 with UTEST_HOSTILE_FLAGS set: must be killed */
	UTEST_WAIT_STATUS,   /* wait() tells exit(139) from children killed by SIGSEGV, SIGILL */
	UTEST_INT_VECTOR,    /* int $parameter: must be killed unless the vector is granted */
	UTEST_TOUCH,	     /* the long at the parameter reads 0, then keeps what is written */
};

enum utest_priv {
	UTEST_PRIV_CLI,
	UTEST_PRIV_HLT,
	UTEST_PRIV_CR3,
	UTEST_PRIV_WRMSR,
	UTEST_PRIV_OUT,
	UTEST_PRIV_UD2,
	UTEST_NR_PRIV,
};

#define UTEST_MODE_BITS 8
#define UTEST_ARG(mode, param) ((unsigned long)(mode) | ((unsigned long)(param) << UTEST_MODE_BITS))
#define UTEST_MODE(arg) ((arg) & ((1UL << UTEST_MODE_BITS) - 1))
#define UTEST_PARAM(arg) ((arg) >> UTEST_MODE_BITS)
/* Four descriptors, a byte each. */
#define UTEST_FDS(a, b, c, d) ((a) | (b) << 8 | (c) << 16 | (unsigned long)(d) << 24)
#define UTEST_FD(fds, i) ((int)(((fds) >> (8 * (i))) & 0xff))

#define UTEST_SURVIVED 99 /* exit status of a mode the kernel should have killed */
#define UTEST_PAGES 24
#define UTEST_ROUNDS 200
#define UTEST_CHUNK 512
/* More than a pipe's page, less than both pipes and the echo's buffer hold. */
#define UTEST_PIPE_BYTES 6000
#define UTEST_BAD_NR 999
/* Less than a pipe's page: one write never blocks. */
#define UTEST_FLAGS_BYTES 3000

/*
 * Every arithmetic flag (CF, PF, AF, ZF, SF, OF), DF and AC: what ring 3
 * may raise before it enters the kernel, and gets back after. TF is left
 * out: a single step traps in user mode, which kills the process.
 */
#define UTEST_HOSTILE_FLAGS                                                                        \
	((1UL << 0) | (1UL << 2) | (1UL << 4) | (1UL << 6) | (1UL << 7) | (1UL << 11) |            \
	 (1UL << 10) | (1UL << 18))

/* Kernel memory (the image), the non-canonical hole, and a user address never mapped. */
#define UTEST_KERNEL_ADDR ((void *)0x100000UL)
#define UTEST_NONCANONICAL ((void *)0x800000000000UL)
#define UTEST_UNMAPPED ((void *)0x9000000000UL)

#endif
