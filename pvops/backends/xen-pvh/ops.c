// SPDX-License-Identifier: GPL-2.0
/*
 * The Xen PVH pv_ops table: native instructions, Xen's clock and timer.
 *
 * A PVH guest runs in ring 0 of a hardware container: the interrupt flag
 * is real, the page tables are native (HAP translates them), descriptor
 * tables and control registers are the CPU's, CPUID is not privileged and
 * Xen answers its hypervisor leaves itself. So every cpu, irq and mmu op
 * is the real instruction, and every one that fits a 6-byte site is an
 * inline template the patcher copies into the site (the page-table stores,
 * invlpg and lgdt among them, which cost here what they cost natively): the
 * ring-0 table of include/x86/native_table.h, the same list native's is
 * built from, under this backend's name (a backend reaches into no
 * other's), bar CR0 and CR4, whose every access Xen intercepts: those are
 * shadows and the global flush reads the shadow (cr.c). What is Xen's is
 * time: the clock is vcpu_time_info and the timer set_timer_op delivering
 * VIRQ_TIMER, both the Xen layer's, the code the PV backend uses too, the
 * deadline asked for being the deadline armed. No slot batches, so the
 * lazy modes do nothing.
 */
#include <pvops/backend.h>
#include <pvops/privileged.h>
#include <x86/native_table.h>
#include <x86/user.h>

#include "xen_pvh.h"

/* Ring-0 instructions, the exception return, flags, and the exit's port write. */
PVOPS_ALLOW_PRIVILEGED(PVOPS_PRIV_RING0 | PVOPS_PRIV_IRET | PVOPS_PRIV_IO | PVOPS_PRIV_PVFLAGS);

/* CR0 and CR4 are shadowed (cr.c): reading them is an exit here. */
#define X86_NATIVE_CR_SHADOWED
#define X86_NATIVE_TEMPLATE(slot, name, clobbers)                                                  \
	PVOP_TEMPLATE(xen_pvh_backend, slot, xen_pvh_asm_##name, X86_NATIVE_INSN_##slot, clobbers)
#include <x86/native_templates.h>
#define X86_LOCK_TEMPLATE(slot, name, clobbers)                                                    \
	PVOP_TEMPLATE(xen_pvh_backend, slot, xen_pvh_asm_##name, X86_LOCK_INSN_##slot, clobbers)
#include <x86/lock_templates.h>

const struct pv_ops xen_pvh_pv_ops = {
	X86_RING0_PV_OPS(xen_pvh_asm, xen_pvh, xen_pvh_flush_tlb_kernel),
	.time = {
		.sched_clock = xen_sched_clock,
		.clock_khz = xen_pvh_clock_khz,
		.set_timer = xen_set_timer,
		/* One vCPU: no runstate area is registered yet, so no steal is counted. */
		.steal_clock = X86_NATIVE_RAW(xen_pvh_asm_steal_clock),
	},
	/* Ring 0 with the CPU's own syscall, swapgs and sysret: the hardware layer's. */
	.user = X86_HW_USER_OPS_FPU(X86_NATIVE_RAW(xen_pvh_asm_swapgs), xen_pvh_enable_fpu),
	/*
	 * One vCPU has no lock holder to be descheduled and nobody to kick: the
	 * native ops, until several vCPUs block in SCHEDOP_poll.
	 */
	.lock = X86_LOCK_PV_OPS(xen_pvh_asm),
	/* One vCPU: the GS base is the hardware layer's MSR write, no other CPU to reach. */
	.smp = PVOPS_UP_SMP_OPS(x86_load_percpu_base),
};
