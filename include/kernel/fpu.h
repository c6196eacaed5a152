/* SPDX-License-Identifier: GPL-2.0 */
/*
 * A process's FPU, SSE and AVX registers: its own, saved and restored
 * eagerly at every switch between processes.
 *
 * The kernel itself never touches these registers (it is built with
 * -mgeneral-regs-only), so a process's values stay in the CPU while the
 * kernel runs on its behalf and need saving only when another process
 * is about to run. fpu_init() decides once, from CPUID, which state
 * components there are (x87 and SSE always, AVX where CPUID offers it
 * with XSAVE), asks the backend to enable them (the user.enable_fpu pv
 * op: CR0, CR4 and XCR0 belong to the hardware or the hypervisor) and
 * sizes the save area from CPUID leaf 0xD. XSAVE/XRSTOR save and
 * restore where CPUID offers them, FXSAVE/FXRSTOR otherwise; both are
 * unprivileged. A new process starts from fpu_init_image, the state the
 * architecture defines after FNINIT and a reset of MXCSR: FCW 0x37f,
 * MXCSR 0x1f80, every register zero, every x87 tag empty.
 */
#ifndef KERNEL_FPU_H
#define KERNEL_FPU_H

#include <kernel/types.h>

/* XCR0 state components (SDM vol. 1, 13.1). */
#define XFEATURE_X87 (1ULL << 0)
#define XFEATURE_SSE (1ULL << 1)
#define XFEATURE_AVX (1ULL << 2)

#define FPU_AREA_ALIGN 64 /* XSAVE's alignment; FXSAVE needs 16 */

/* The legacy region every save area starts with (FXSAVE's 512 bytes). */
struct fxsave_legacy {
	u16 fcw, fsw;
	u8 ftw_abridged, reserved1;
	u16 fop;
	u64 fip, fdp;
	u32 mxcsr, mxcsr_mask;
	u8 st_space[8][16];
	u8 xmm_space[16][16];
	u8 reserved2[96];
} __packed;

/* XSAVE's header, right after the legacy region. */
struct xsave_header {
	u64 xstate_bv, xcomp_bv;
	u64 reserved[6];
} __packed;

#define FPU_INIT_FCW 0x037f
#define FPU_INIT_MXCSR 0x1f80

struct fpu_config {
	u64 xcr0;		/* components saved: 0 when FXSAVE is used */
	unsigned int size;	/* bytes of a save area */
};

extern struct fpu_config fpu_config;

/* At boot, before the first process: enable and size the state. Panics if it cannot. */
void fpu_init(void);
/* A save area holding the initial state for a new process; 0 or -ENOMEM. */
int fpu_alloc(void **area);
void fpu_free(void *area);
void fpu_save(void *area);
void fpu_restore(const void *area);

#endif
