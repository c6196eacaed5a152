// SPDX-License-Identifier: GPL-2.0
/*
 * The FPU, SSE and XSAVE switched on as bare hardware has them (the
 * user.enable_fpu pv op of native and of Xen PVH, whose CR0, CR4 and
 * XCR0 are the guest's own inside its container).
 *
 * CR0: MP with EM clear, so x87 and MMX instructions run and WAIT honours
 * TS; TS clear, because the kernel switches FPU state eagerly and wants
 * no #NM; NE for native x87 error reporting (#MF, not the PIC's IRQ 13).
 * CR4: OSFXSR (FXSAVE saves the XMM registers, SSE instructions run),
 * OSXMMEXCPT (SIMD exceptions are #XM, not #UD) and, for XSAVE, OSXSAVE
 * before XSETBV, which faults without it.
 */
#include <kernel/errno.h>
#include <kernel/fpu.h>
#include <pvops/privileged.h>
#include <x86/insns.h>
#include <x86/user.h>

PVOPS_ALLOW_PRIVILEGED(PVOPS_PRIV_RING0);

#define X86_CR0_MP (1UL << 1)
#define X86_CR0_EM (1UL << 2)
#define X86_CR0_TS (1UL << 3)
#define X86_CR0_NE (1UL << 5)
#define X86_CR4_OSFXSR (1UL << 9)
#define X86_CR4_OSXMMEXCPT (1UL << 10)
#define X86_CR4_OSXSAVE (1UL << 18)
#define XCR_XFEATURE_ENABLED_MASK 0

int x86_enable_fpu(u64 xcr0)
{
	unsigned long cr4 = native_read_cr4() | X86_CR4_OSFXSR | X86_CR4_OSXMMEXCPT;

	if (xcr0 && !(xcr0 & XFEATURE_X87))
		return -EINVAL; /* XSETBV would #GP: x87 state cannot be off */
	native_write_cr0((native_read_cr0() & ~(X86_CR0_EM | X86_CR0_TS)) | X86_CR0_MP | X86_CR0_NE);
	if (xcr0)
		cr4 |= X86_CR4_OSXSAVE;
	native_write_cr4(cr4);
	if (xcr0)
		__asm__ __volatile__("xsetbv"
				     :
				     : "c"(XCR_XFEATURE_ENABLED_MASK), "a"((u32)xcr0),
				       "d"((u32)(xcr0 >> 32))
				     : "memory");
	return 0;
}
