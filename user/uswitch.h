/* SPDX-License-Identifier: GPL-2.0 */
/*
 * What the fpu and preempt suites and the uswitch program agree on: the
 * modes, how an argument packs a mode, a seed and flags, the register
 * values each seed holds and the exit codes that name a failed check.
 * Constants only, so the kernel side and the freestanding program include
 * it alike.
 */
#ifndef USER_USWITCH_H
#define USER_USWITCH_H

enum uswitch_mode {
	USWITCH_OWN = 1, /* hold x87, MMX, SSE (and AVX) values across yields */
	USWITCH_SPIN,	 /* hold MMX, SSE (and AVX) values and check them forever, no syscall */
	USWITCH_DIRTY,	 /* leave every register and control word far from the initial state */
	USWITCH_FRESH,	 /* check the initial state at the first instruction */
};

#define USWITCH_ARG(mode, seed, rounds, avx)                                                       \
	((unsigned long)(mode) | (unsigned long)(seed) << 8 | (unsigned long)(avx) << 16 |        \
	 (unsigned long)(rounds) << 24)
#define USWITCH_MODE(arg) ((arg) & 0xff)
#define USWITCH_SEED(arg) (((arg) >> 8) & 0xff)
#define USWITCH_AVX(arg) (((arg) >> 16) & 1) /* the kernel enabled AVX (XCR0 bit 2) */
#define USWITCH_ROUNDS(arg) ((arg) >> 24)

/* Exit codes: 0 all held; otherwise the first check that failed. */
enum uswitch_failure {
	USWITCH_OK,
	USWITCH_AVX_MISMATCH = 2, /* CPUID/XGETBV and the kernel disagree on AVX */
	USWITCH_BAD_X87 = 10,	  /* an x87 stack register changed */
	USWITCH_BAD_FCW,
	USWITCH_BAD_MMX,
	USWITCH_BAD_XMM,
	USWITCH_BAD_MXCSR,
	USWITCH_BAD_YMM,
	USWITCH_INIT_FCW = 20, /* the initial state: FCW is not 0x37f */
	USWITCH_INIT_FSW,
	USWITCH_INIT_FTW,
	USWITCH_INIT_MXCSR,
	USWITCH_INIT_XMM,
	USWITCH_INIT_YMM,
	USWITCH_INIT_MMX,
	USWITCH_BAD_MODE = 30,
};

/* The architectural initial state (FNINIT, and MXCSR after reset). */
#define USWITCH_INIT_FCW_VALUE 0x037f
#define USWITCH_INIT_MXCSR_VALUE 0x1f80
#define USWITCH_INIT_FTW_EMPTY 0xffff /* FNSTENV's full tag word, every register empty */

#endif
