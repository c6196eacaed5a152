// SPDX-License-Identifier: GPL-2.0
/*
 * CR0 and CR4 in a PVH container: shadows, and the global TLB flush.
 *
 * Under Xen's HVM every CR0 or CR4 access is intercepted: a read costs
 * an exit (its cost is in docs/bench.md) for a value only this kernel
 * changes. So, as Linux keeps CR4 in cpu_tlbstate, each register has a
 * shadow, read from the CPU once at init() and written by the slot that
 * writes the register: read_cr0/read_cr4 read the shadow, and every CR4
 * change, by this backend or by code that sets features up through
 * write_cr4, keeps it true. The native writes outside the slots, the PC
 * layer's CR0.WP at the freeze and the hardware user layer's FPU set-up
 * (CR0.TS/EM, CR4.OSFXSR/OSXSAVE), are each followed by a re-read
 * (xen_pvh_cr_reread()). Flushing global translations takes INVPCID's
 * all-context type where CPUID offers it (no exit: HAP needs no
 * intercept), else HVMOP_flush_tlbs, one hypercall after which Xen gives
 * the vCPU a fresh ASID, which drops global entries too: one exit where
 * the CR4.PGE toggle is two writes, each trapped (QEMU 7.2's TCG offers
 * no INVPCID, so that is the path taken here).
 */
#include <pc/pc.h>
#include <x86/insns.h>

#include "hypercall_hvm.h"
#include "xen_pvh.h"

#define CPUID_LEAF_EXT_FEATURES 7
#define CPUID_7_EBX_INVPCID	(1U << 10)
/* INVPCID type 2: every PCID, global translations included; the descriptor is ignored. */
#define INVPCID_TYPE_ALL_INCL_GLOBAL 2UL

struct invpcid_desc {
	u64 pcid;
	u64 addr;
};

static unsigned long xen_pvh_cr0, xen_pvh_cr4;
static bool xen_pvh_has_invpcid;

unsigned long xen_pvh_read_cr0(void)
{
	return xen_pvh_cr0;
}

void xen_pvh_write_cr0(unsigned long value)
{
	native_write_cr0(value);
	xen_pvh_cr0 = value;
}

unsigned long xen_pvh_read_cr4(void)
{
	return xen_pvh_cr4;
}

void xen_pvh_write_cr4(unsigned long value)
{
	native_write_cr4(value);
	xen_pvh_cr4 = value;
}

void xen_pvh_flush_tlb_kernel(void)
{
	static const struct invpcid_desc desc;
	long rc;

	if (xen_pvh_has_invpcid) {
		__asm__ __volatile__("invpcid %0, %1"
				     :
				     : "m"(desc), "r"(INVPCID_TYPE_ALL_INCL_GLOBAL)
				     : "memory");
		return;
	}
	rc = HYPERVISOR_hvm_op(HVMOP_flush_tlbs, NULL);
	if (rc)
		xen_hypercall_failed(__func__, "hvm_op(HVMOP_flush_tlbs)", rc);
}

void xen_pvh_cr_init(void)
{
	u32 eax = 0, ebx, ecx = 0, edx;

	xen_pvh_cr0 = native_read_cr0();
	xen_pvh_cr4 = native_read_cr4();
	native_cpuid(&eax, &ebx, &ecx, &edx);
	if (eax < CPUID_LEAF_EXT_FEATURES)
		return;
	eax = CPUID_LEAF_EXT_FEATURES;
	ecx = 0;
	native_cpuid(&eax, &ebx, &ecx, &edx);
	xen_pvh_has_invpcid = ebx & CPUID_7_EBX_INVPCID;
}

/* After a layer's own native CR0/CR4 writes (the freeze's CR0.WP, the FPU's set-up). */
void xen_pvh_cr_reread(void)
{
	xen_pvh_cr0 = native_read_cr0();
	xen_pvh_cr4 = native_read_cr4();
}

int xen_pvh_protect_kernel(unsigned long from, unsigned long to)
{
	int err = pc_protect_kernel(from, to);

	xen_pvh_cr_reread();
	return err;
}
