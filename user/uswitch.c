// SPDX-License-Identifier: GPL-2.0
/*
 * uswitch: what a process keeps across switches, the FPU registers
 * (x87, MMX, SSE, AVX and their control words) above all, and the CPU
 * itself under preemption.
 *
 * Each seed has its own values in every register, so two processes that
 * alternate catch each other's leftovers as well as their own losses; the
 * control words get a rounding mode of the seed's. A check reads the
 * registers back with plain stores (nothing the kernel saves for it, such
 * as XSAVE), and exits with the uswitch_failure that names the first one
 * that changed. Register code is inline assembly: the program is built
 * with -mgeneral-regs-only, so the compiler itself never uses these
 * registers and cannot disturb them between two statements.
 */
#include <stdbool.h>

#include "lib/ulib.h"
#include "uswitch.h"

#define NR_X87 8
#define NR_MMX 8
#define NR_XMM 16

static int avx;

static uint64_t pattern(unsigned int seed, unsigned int round, unsigned int reg)
{
	return (uint64_t)seed << 56 | (uint64_t)round << 32 | (uint64_t)reg << 8 | 0x5a;
}

static uint16_t seed_fcw(unsigned int seed)
{
	return USWITCH_INIT_FCW_VALUE | (seed & 3) << 10; /* rounding control */
}

static uint32_t seed_mxcsr(unsigned int seed)
{
	return USWITCH_INIT_MXCSR_VALUE | (seed & 3) << 13; /* rounding control */
}

/* What ring 3 sees: CPUID leaf 1's OSXSAVE and AVX, then XCR0's SSE and AVX bits. */
static bool cpu_has_avx(bool say)
{
	uint32_t a = 1, b, c = 0, d, lo = 0, hi;

	__asm__ __volatile__("cpuid" : "+a"(a), "=b"(b), "+c"(c), "=d"(d));
	if ((c & (1U << 27)) && (c & (1U << 28)))
		__asm__ __volatile__("xgetbv" : "=a"(lo), "=d"(hi) : "c"(0));
	if (say) {
		uputn("uswitch: CPUID.1:ECX", c);
		uputn("uswitch: XCR0", lo);
	}
	return (c & (1U << 27)) && (c & (1U << 28)) && (lo & 6) == 6;
}

/* The assembler repeats each move for every register r (.irp). */
#define EACH_OF_8 ".irp r,0,1,2,3,4,5,6,7\n\t"
#define EACH_OF_16 ".irp r,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15\n\t"
#define END_EACH "\n\t.endr"

static void x87_push(const uint64_t *v)
{
	__asm__ __volatile__(EACH_OF_8 "fildq \\r*8(%0)" END_EACH : : "r"(v) : "memory");
}

static void x87_pop(uint64_t *v)
{
	__asm__ __volatile__(EACH_OF_8 "fistpq \\r*8(%0)" END_EACH : : "r"(v) : "memory");
}

static void mmx_load(const uint64_t *v)
{
	__asm__ __volatile__(EACH_OF_8 "movq \\r*8(%0), %%mm\\r" END_EACH : : "r"(v) : "memory");
}

static void mmx_store(uint64_t *v)
{
	__asm__ __volatile__(EACH_OF_8 "movq %%mm\\r, \\r*8(%0)" END_EACH : : "r"(v) : "memory");
}

static void xmm_load(const uint64_t *v)
{
	__asm__ __volatile__(EACH_OF_16 "movdqu \\r*16(%0), %%xmm\\r" END_EACH : : "r"(v) : "memory");
}

static void xmm_store(uint64_t *v)
{
	__asm__ __volatile__(EACH_OF_16 "movdqu %%xmm\\r, \\r*16(%0)" END_EACH : : "r"(v) : "memory");
}

static void ymm_load(const uint64_t *v)
{
	__asm__ __volatile__(EACH_OF_16 "vmovdqu \\r*32(%0), %%ymm\\r" END_EACH : : "r"(v) : "memory");
}

static void ymm_store(uint64_t *v)
{
	__asm__ __volatile__(EACH_OF_16 "vmovdqu %%ymm\\r, \\r*32(%0)" END_EACH : : "r"(v) : "memory");
}

static uint16_t fcw_get(void)
{
	uint16_t v;

	__asm__ __volatile__("fnstcw %0" : "=m"(v));
	return v;
}

static void fcw_set(uint16_t v)
{
	__asm__ __volatile__("fldcw %0" : : "m"(v));
}

static uint32_t mxcsr_get(void)
{
	uint32_t v;

	__asm__ __volatile__("stmxcsr %0" : "=m"(v));
	return v;
}

static void mxcsr_set(uint32_t v)
{
	__asm__ __volatile__("ldmxcsr %0" : : "m"(v));
}

static void fill(uint64_t *v, unsigned int n, unsigned int seed, unsigned int round)
{
	unsigned int i;

	for (i = 0; i < n; i++)
		v[i] = pattern(seed, round, i) >> 2; /* x87 loads them as exact integers */
}

static bool same(const uint64_t *a, const uint64_t *b, unsigned int n)
{
	unsigned int i;

	for (i = 0; i < n; i++)
		if (a[i] != b[i])
			return false;
	return true;
}

/* One round of every register file, each held across a yield. */
static int round_trip(unsigned int seed, unsigned int round)
{
	uint64_t want[4 * NR_XMM], got[4 * NR_XMM];
	unsigned int i;

	fill(want, NR_X87, seed, round);
	fcw_set(seed_fcw(seed));
	x87_push(want);
	sys_yield();
	x87_pop(got);
	for (i = 0; i < NR_X87 / 2; i++) { /* popped in the reverse order */
		uint64_t t = got[i];

		got[i] = got[NR_X87 - 1 - i];
		got[NR_X87 - 1 - i] = t;
	}
	if (!same(want, got, NR_X87))
		return USWITCH_BAD_X87;
	if (fcw_get() != seed_fcw(seed))
		return USWITCH_BAD_FCW;

	fill(want, NR_MMX, seed, round + 1);
	mmx_load(want);
	sys_yield();
	mmx_store(got);
	__asm__ __volatile__("emms");
	if (!same(want, got, NR_MMX))
		return USWITCH_BAD_MMX;

	fill(want, 2 * NR_XMM, seed, round + 2);
	mxcsr_set(seed_mxcsr(seed));
	xmm_load(want);
	sys_yield();
	xmm_store(got);
	if (!same(want, got, 2 * NR_XMM))
		return USWITCH_BAD_XMM;
	if (mxcsr_get() != seed_mxcsr(seed))
		return USWITCH_BAD_MXCSR;

	if (!avx)
		return USWITCH_OK;
	fill(want, 4 * NR_XMM, seed, round + 3);
	ymm_load(want);
	sys_yield();
	ymm_store(got);
	if (!same(want, got, 4 * NR_XMM))
		return USWITCH_BAD_YMM;
	return USWITCH_OK;
}

/* Load once, then check for ever: only preemption lets anyone else run. */
static int spin(unsigned int seed)
{
	uint64_t mm[NR_MMX], mm_got[NR_MMX], x[4 * NR_XMM], x_got[4 * NR_XMM];

	fill(mm, NR_MMX, seed, 0);
	fill(x, 4 * NR_XMM, seed, 1);
	fcw_set(seed_fcw(seed));
	mxcsr_set(seed_mxcsr(seed));
	mmx_load(mm);
	if (avx)
		ymm_load(x);
	else
		xmm_load(x);
	for (;;) {
		mmx_store(mm_got);
		if (!same(mm, mm_got, NR_MMX))
			return USWITCH_BAD_MMX;
		if (fcw_get() != seed_fcw(seed))
			return USWITCH_BAD_FCW;
		if (mxcsr_get() != seed_mxcsr(seed))
			return USWITCH_BAD_MXCSR;
		if (avx) {
			ymm_store(x_got);
			if (!same(x, x_got, 4 * NR_XMM))
				return USWITCH_BAD_YMM;
		} else {
			xmm_store(x_got);
			if (!same(x, x_got, 2 * NR_XMM))
				return USWITCH_BAD_XMM;
		}
	}
}

static int dirty(unsigned int seed)
{
	uint64_t v[4 * NR_XMM];

	fill(v, 4 * NR_XMM, seed | 0x80, 0xff);
	mmx_load(v);
	/* 1/0 with exceptions masked: a pushed infinity and ZE in the status word. */
	__asm__ __volatile__("fldz\n\tfld1\n\tfdivp");
	fcw_set(0x0f7f);
	mxcsr_set(USWITCH_INIT_MXCSR_VALUE | 3 << 13);
	if (avx)
		ymm_load(v);
	else
		xmm_load(v);
	return USWITCH_OK;
}

static int fresh(void)
{
	uint64_t zero[4 * NR_XMM] = { 0 }, got[4 * NR_XMM];
	uint16_t fsw;
	uint32_t env[7];

	if (fcw_get() != USWITCH_INIT_FCW_VALUE)
		return USWITCH_INIT_FCW;
	__asm__ __volatile__("fnstsw %0" : "=m"(fsw));
	if (fsw)
		return USWITCH_INIT_FSW;
	__asm__ __volatile__("fnstenv %0" : "=m"(env));
	if ((env[2] & 0xffff) != USWITCH_INIT_FTW_EMPTY)
		return USWITCH_INIT_FTW;
	if (mxcsr_get() != USWITCH_INIT_MXCSR_VALUE)
		return USWITCH_INIT_MXCSR;
	xmm_store(got);
	if (!same(zero, got, 2 * NR_XMM))
		return USWITCH_INIT_XMM;
	if (avx) {
		ymm_store(got);
		if (!same(zero, got, 4 * NR_XMM))
			return USWITCH_INIT_YMM;
	}
	mmx_store(got); /* last: reading MMX marks the x87 registers in use */
	__asm__ __volatile__("emms");
	if (!same(zero, got, NR_MMX))
		return USWITCH_INIT_MMX;
	return USWITCH_OK;
}

int main(unsigned long arg);
int main(unsigned long arg)
{
	unsigned int seed = USWITCH_SEED(arg), round;
	int err;

	avx = cpu_has_avx(false);
	if (avx != (int)USWITCH_AVX(arg)) {
		cpu_has_avx(true);
		return USWITCH_AVX_MISMATCH;
	}
	switch (USWITCH_MODE(arg)) {
	case USWITCH_OWN:
		for (round = 0; round < USWITCH_ROUNDS(arg); round++) {
			err = round_trip(seed, round);
			if (err)
				return err;
		}
		return USWITCH_OK;
	case USWITCH_SPIN:
		return spin(seed);
	case USWITCH_DIRTY:
		return dirty(seed);
	case USWITCH_FRESH:
		return fresh();
	}
	return USWITCH_BAD_MODE;
}
