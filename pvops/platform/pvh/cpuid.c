// SPDX-License-Identifier: GPL-2.0
/*
 * Is Xen underneath? The one question both PVH guests ask the CPU.
 *
 * A PVH guest runs in ring 0 of a hardware container, where CPUID is not
 * privileged and Xen answers the hypervisor leaves itself, so the real
 * instruction is the test: native needs it to refuse a machine without
 * its PC devices, xen-pvh to claim the machine. The signature and the
 * leaf stride come from Xen's public header; the search stops at the
 * first base that names Xen, which is where Xen's own leaves start. Under
 * Xen every CPUID is an exit, and the answer cannot change, so it is
 * searched for once and then read from memory (the entry's guest choice
 * and both backends' detection each ask).
 */
#include <pvh/pvh.h>
#include <x86/insns.h>
#include <xen/xen.h>
#include <xen/arch-x86/cpuid.h>

#define PVH_CPUID_LEAF_STRIDE 0x100
/* Linux's bound too: the bases Xen may use for its leaves, 0x40000000..0x4000ff00. */
#define PVH_CPUID_LEAF_LIMIT (XEN_CPUID_FIRST_LEAF + 0x10000)

static u32 pvh_cpuid_base;
static bool pvh_cpuid_searched;

static u32 pvh_search_xen_cpuid_base(void)
{
	u32 base, eax, ebx, ecx, edx;

	for (base = XEN_CPUID_FIRST_LEAF; base < PVH_CPUID_LEAF_LIMIT; base += PVH_CPUID_LEAF_STRIDE) {
		eax = base;
		ecx = 0;
		native_cpuid(&eax, &ebx, &ecx, &edx);
		if (ebx == XEN_CPUID_SIGNATURE_EBX && ecx == XEN_CPUID_SIGNATURE_ECX &&
		    edx == XEN_CPUID_SIGNATURE_EDX)
			return base;
	}
	return 0;
}

u32 pvh_xen_cpuid_base(void)
{
	if (!pvh_cpuid_searched) {
		pvh_cpuid_base = pvh_search_xen_cpuid_base();
		pvh_cpuid_searched = true;
	}
	return pvh_cpuid_base;
}
