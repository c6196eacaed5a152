// SPDX-License-Identifier: GPL-2.0
/*
 * The FPU under Xen PV (the user.enable_fpu pv op).
 *
 * CR0.TS is Xen's: a PV guest asks for it with fpu_taskswitch, and the
 * kernel, which switches FPU state eagerly, wants it clear for good, so no
 * #NM ever comes. CR4.OSFXSR and OSXMMEXCPT are set by Xen for every PV
 * guest. OSXSAVE and XCR0 are the guest's to choose within Xen's CPUID
 * policy: the plain instructions (mov to %cr4, xsetbv) trap to Xen, which
 * emulates them for a PV kernel and keeps only what the policy allows
 * (xen/arch/x86/pv/emul-priv-op.c, as Linux's PV fpu__init_cpu_xstate()
 * relies on). A refusal arrives as a #GP, caught by the fixup table and
 * returned as -EPERM with CR4 as it was, so the caller can fall back to
 * FXSAVE.
 */
#define pr_fmt(fmt) "xen: " fmt

#include <kernel/errno.h>
#include <kernel/extable.h>
#include <kernel/fpu.h>
#include <kernel/printk.h>
#include <pvops/privileged.h>

#include "hypercall_pv.h"
#include "xen.h"

PVOPS_ALLOW_PRIVILEGED(PVOPS_PRIV_RING0);

#define X86_CR4_OSXSAVE (1UL << 18)
#define XCR_XFEATURE_ENABLED_MASK 0

/* The emulated CR4 moves; false if Xen refused the write. */
static unsigned long xen_emulated_read_cr4(void)
{
	unsigned long v;

	__asm__ __volatile__("mov %%cr4, %0" : "=r"(v) : : "memory");
	return v;
}

static bool xen_emulated_write_cr4(unsigned long v)
{
	bool ok = false;

	__asm__ __volatile__("1: mov %1, %%cr4\n\tmovb $1, %0\n2:\n" _ASM_EXTABLE(1b, 2b)
			     : "+q"(ok)
			     : "r"(v)
			     : "memory");
	return ok;
}

static bool xen_emulated_xsetbv(u64 xcr0)
{
	bool ok = false;

	__asm__ __volatile__("1: xsetbv\n\tmovb $1, %0\n2:\n" _ASM_EXTABLE(1b, 2b)
			     : "+q"(ok)
			     : "c"(XCR_XFEATURE_ENABLED_MASK), "a"((u32)xcr0), "d"((u32)(xcr0 >> 32))
			     : "memory");
	return ok;
}

int xen_enable_fpu(u64 xcr0)
{
	long rc = HYPERVISOR_fpu_taskswitch(0);
	unsigned long cr4;

	if (rc) {
		pr_err("%s: fpu_taskswitch(0) failed: %ld\n", __func__, rc);
		return rc;
	}
	if (!xcr0)
		return 0;
	cr4 = xen_emulated_read_cr4();
	if (!xen_emulated_write_cr4(cr4 | X86_CR4_OSXSAVE)) {
		pr_err("%s: Xen refused CR4.OSXSAVE\n", __func__);
		return -EPERM;
	}
	if (!xen_emulated_xsetbv(xcr0)) {
		pr_err("%s: Xen refused xsetbv(XCR0, %#llx)\n", __func__, (unsigned long long)xcr0);
		xen_emulated_write_cr4(cr4);
		return -EPERM;
	}
	return 0;
}
