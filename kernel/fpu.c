// SPDX-License-Identifier: GPL-2.0
/*
 * Per-process FPU, SSE and AVX state (include/kernel/fpu.h).
 *
 * Eager, not lazy: thread_switch() saves the outgoing process's registers
 * and loads the incoming one's every time, as Linux has done since 4.x,
 * because a lazy scheme needs CR0.TS and a #NM trap on every backend
 * (under Xen PV a hypercall to set TS at each switch) and leaks the
 * previous owner's registers the moment one path forgets to trap. The
 * components are decided here from CPUID, which every backend answers
 * (under Xen PV through Xen's filtered leaves), so the kernel enables
 * only what the platform offers it; turning them on is the backend's
 * (the user.enable_fpu pv op).
 */
#define pr_fmt(fmt) "fpu: " fmt

#include <kernel/cmdline.h>
#include <kernel/errno.h>
#include <kernel/fpu.h>
#include <kernel/mm.h>
#include <kernel/printk.h>
#include <kernel/string.h>
#include <pvops/ops.h>

/* CPUID leaf 1 (SDM vol. 2A, CPUID). */
#define CPUID_1_EDX_FXSR (1U << 24)
#define CPUID_1_EDX_SSE (1U << 25)
#define CPUID_1_ECX_XSAVE (1U << 26)
#define CPUID_1_ECX_AVX (1U << 28)
/* Leaf 0xD, sub-leaf 0: EDX:EAX the XCR0 bits supported, EBX the area size for XCR0 as set. */
#define CPUID_LEAF_XSTATE 0xd

#define FXSAVE_AREA_SIZE sizeof(struct fxsave_legacy)
#define XSAVE_MIN_SIZE (sizeof(struct fxsave_legacy) + sizeof(struct xsave_header))

struct fpu_config fpu_config;

/* fpu.noxsave: FXSAVE even where XSAVE is offered, so that path boots too. */
static bool fpu_noxsave;
KERNEL_PARAM_FLAG(fpu_noxsave, "fpu.noxsave", &fpu_noxsave);

/* What a new process starts with: the architectural initial state. */
static u8 fpu_init_image[PAGE_SIZE] __aligned(FPU_AREA_ALIGN);

static void xstate_cpuid(u32 *eax, u32 *ebx, u32 *ecx, u32 *edx)
{
	cpuid_count(CPUID_LEAF_XSTATE, 0, eax, ebx, ecx, edx);
}

/* The XSAVE components to use, or 0 for FXSAVE. */
static u64 fpu_choose_xcr0(void)
{
	u32 eax, ebx, ecx, edx;
	u64 offered, xcr0 = XFEATURE_X87 | XFEATURE_SSE;

	cpuid(1, &eax, &ebx, &ecx, &edx);
	if (!(edx & CPUID_1_EDX_FXSR) || !(edx & CPUID_1_EDX_SSE))
		panic("fpu: CPUID offers no FXSAVE or SSE (leaf 1 edx %#x), which x86-64 requires",
		      edx);
	if (!(ecx & CPUID_1_ECX_XSAVE) || fpu_noxsave)
		return 0;
	offered = ecx & CPUID_1_ECX_AVX ? XFEATURE_AVX : 0;
	xstate_cpuid(&eax, &ebx, &ecx, &edx);
	offered &= ((u64)edx << 32) | eax;
	if ((eax & xcr0) != xcr0)
		return 0;
	return xcr0 | offered;
}

void fpu_init(void)
{
	struct fxsave_legacy *legacy = (struct fxsave_legacy *)fpu_init_image;
	u64 xcr0 = fpu_choose_xcr0();
	u32 eax, ebx, ecx, edx;
	int err = enable_fpu(xcr0);

	if (err && xcr0 & ~(XFEATURE_X87 | XFEATURE_SSE)) {
		pr_warn("the backend refused xcr0 %#llx (%d): trying x87 and SSE alone\n",
			(unsigned long long)xcr0, err);
		xcr0 &= XFEATURE_X87 | XFEATURE_SSE;
		err = enable_fpu(xcr0);
	}
	if (err && xcr0) {
		pr_warn("the backend refused XSAVE with xcr0 %#llx (%d): using FXSAVE\n",
			(unsigned long long)xcr0, err);
		xcr0 = 0;
		err = enable_fpu(0);
	}
	if (err)
		panic("fpu: the backend could not enable the FPU and SSE: %d", err);
	fpu_config.xcr0 = xcr0;
	fpu_config.size = FXSAVE_AREA_SIZE;
	if (xcr0) {
		xstate_cpuid(&eax, &ebx, &ecx, &edx);
		fpu_config.size = ebx;
	}
	if (fpu_config.size < (xcr0 ? XSAVE_MIN_SIZE : FXSAVE_AREA_SIZE) ||
	    fpu_config.size > sizeof(fpu_init_image))
		panic("fpu: CPUID leaf 0xd gives a %u-byte save area for xcr0 %#llx", fpu_config.size,
		      (unsigned long long)xcr0);
	/* The header's xstate_bv of 0 has XRSTOR load every component's init state. */
	legacy->fcw = FPU_INIT_FCW;
	legacy->mxcsr = FPU_INIT_MXCSR;
	pr_info("%s, xcr0 %#llx (x87 sse%s), %u-byte save area per process\n",
		xcr0 ? "XSAVE" : "FXSAVE", (unsigned long long)xcr0,
		xcr0 & XFEATURE_AVX ? " avx" : "", fpu_config.size);
}

int fpu_alloc(void **area)
{
	pfn_t pfn;

	if (!page_alloc(&pfn))
		return -ENOMEM;
	*area = pfn_to_virt(pfn);
	memcpy(*area, fpu_init_image, fpu_config.size);
	return 0;
}

void fpu_free(void *area)
{
	page_free(virt_to_pfn(area));
}

/*
 * A hypervisor that switches vCPUs' FPU state lazily (Xen, for a domU
 * that shares the CPU with dom0) sets CR0.TS behind the guest's back and
 * loads the guest's registers on the #NM of its next FPU instruction.
 * XSAVE and XRSTOR must raise that #NM too (SDM), but QEMU's TCG does not
 * (only FXSAVE and the x87 and SSE instructions check TS there), so
 * without this a save took dom0's registers and a restore was undone by
 * Xen's late load (the fpu suite in both domUs). FNSTCW is an x87 control
 * instruction: it takes the #NM where TS is set and changes nothing, not
 * even the last-instruction pointer a process can read back. Xen may still
 * switch vCPUs between it and the XSAVE, so the emulated domU
 * environments also run Xen with spec-ctrl=eager-fpu (environments.toml).
 */
static void fpu_claim(void)
{
	u16 fcw;

	__asm__ __volatile__("fnstcw %0" : "=m"(fcw) : : "memory");
}

void fpu_save(void *area)
{
	fpu_claim();
	if (fpu_config.xcr0)
		__asm__ __volatile__("xsave64 (%0)"
				     :
				     : "r"(area), "a"((u32)fpu_config.xcr0),
				       "d"((u32)(fpu_config.xcr0 >> 32))
				     : "memory");
	else
		__asm__ __volatile__("fxsave64 (%0)" : : "r"(area) : "memory");
}

void fpu_restore(const void *area)
{
	fpu_claim();
	if (fpu_config.xcr0)
		__asm__ __volatile__("xrstor64 (%0)"
				     :
				     : "r"(area), "a"((u32)fpu_config.xcr0),
				       "d"((u32)(fpu_config.xcr0 >> 32))
				     : "memory");
	else
		__asm__ __volatile__("fxrstor64 (%0)" : : "r"(area) : "memory");
}
