// SPDX-License-Identifier: GPL-2.0
/*
 * The FPU under Xen PVH: the hardware layer's enable_fpu, without AVX.
 *
 * A PVH guest's CR0, CR4 and XCR0 are its own, but Xen must see every
 * XSETBV (the intercept) to keep the guest's XCR0 across its own vCPU
 * switches. Under QEMU's TCG the nested SVM does not intercept XSETBV, so
 * Xen never learns the guest's value and puts back x87|SSE, its default,
 * the next time it switches to this vCPU: in a PVH domU, which shares the
 * CPU with dom0, ring 3 read XCR0 3 after the kernel had set 7, and a
 * process that had found AVX would lose it between two instructions. So
 * this backend enables XSAVE with x87 and SSE only, the one XCR0 that
 * Xen's default cannot take away, and refuses more (kernel/fpu.c then
 * asks for x87 and SSE alone).
 */
#define pr_fmt(fmt) "xen-pvh: " fmt

#include <kernel/errno.h>
#include <kernel/fpu.h>
#include <kernel/printk.h>
#include <x86/user.h>

#include "xen_pvh.h"

int xen_pvh_enable_fpu(u64 xcr0)
{
	int err;

	if (xcr0 & ~(XFEATURE_X87 | XFEATURE_SSE)) {
		pr_info("XCR0 %#llx refused: Xen may not see an XSETBV, and would reset it to x87|SSE\n",
			(unsigned long long)xcr0);
		return -EPERM;
	}
	err = x86_enable_fpu(xcr0);
	/* It wrote CR0 and CR4 natively: the shadows must follow (cr.c). */
	xen_pvh_cr_reread();
	return err;
}
