// SPDX-License-Identifier: GPL-2.0
/*
 * The Xen PVH pv_ops table: native instructions, Xen's clock and timer.
 *
 * A PVH guest runs in ring 0 of a hardware container: the interrupt flag
 * is real, the page tables are native (HAP translates them), descriptor
 * tables and control registers are the CPU's, CPUID is not privileged and
 * Xen answers its hypervisor leaves itself. So every cpu, irq and mmu op
 * is the real instruction, and the hot ones are this backend's own inline
 * templates, which the patcher copies into every site: the ring-0 table of
 * include/x86/native_table.h, the raw-instruction layer's, under this
 * backend's name (a backend reaches into no other's). What is Xen's is time: the clock is vcpu_time_info and the timer
 * set_timer_op delivering VIRQ_TIMER, both the Xen layer's (the code the
 * PV backend uses too). No slot batches, so the lazy modes do nothing.
 */
#include <pvops/backend.h>
#include <pvops/privileged.h>
#include <pvops/template.h>
#include <x86/native_table.h>
#include <x86/user.h>

#include "xen_pvh.h"

/* Ring-0 instructions, the exception return, flags, and the exit's port write. */
PVOPS_ALLOW_PRIVILEGED(PVOPS_PRIV_RING0 | PVOPS_PRIV_IRET | PVOPS_PRIV_IO | PVOPS_PRIV_PVFLAGS);

#define XEN_PVH_TEMPLATE(slot, name, clobbers)                                                     \
	PVOP_TEMPLATE("xen-pvh", slot, xen_pvh_asm_##name, X86_NATIVE_INSN_##slot, clobbers)

XEN_PVH_TEMPLATE(IRQ_DISABLE, irq_disable, CLBR_NONE);
XEN_PVH_TEMPLATE(IRQ_ENABLE, irq_enable, CLBR_NONE);
XEN_PVH_TEMPLATE(SAVE_FL, save_fl, CLBR_RAX);
XEN_PVH_TEMPLATE(RESTORE_FL, restore_fl, CLBR_NONE);
XEN_PVH_TEMPLATE(READ_CR2, read_cr2, CLBR_RAX);
XEN_PVH_TEMPLATE(READ_CR3, read_cr3, CLBR_RAX);
XEN_PVH_TEMPLATE(WRITE_CR3, write_cr3, CLBR_NONE);
XEN_PVH_TEMPLATE(IRET, iret, CLBR_NONE);
XEN_PVH_TEMPLATE(SWAPGS, swapgs, CLBR_NONE);

/* Nothing is deferred, so nothing can fail late. */
static int xen_pvh_leave_lazy(enum pvops_lazy_mode mode)
{
	return 0;
}

const struct pv_ops xen_pvh_pv_ops = {
	X86_NATIVE_PV_OPS(xen_pvh_asm, xen_pvh_leave_lazy),
	.time = {
		.sched_clock = xen_sched_clock,
		.clock_khz = xen_clock_khz,
		.set_timer = xen_set_timer,
	},
	/* Ring 0 with the CPU's own syscall, swapgs and sysret: the hardware layer's. */
	.user = X86_HW_USER_OPS(X86_NATIVE_RAW(xen_pvh_asm_swapgs)),
};
