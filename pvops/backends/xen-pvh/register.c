// SPDX-License-Identifier: GPL-2.0
/*
 * The Xen PVH backend's registration: when it can run and how it leaves.
 *
 * It runs when the image came in through the PVH entry and CPUID's
 * hypervisor leaves name Xen; its priority is above native's, so the same
 * image picks native on a PC and this backend under Xen, at the PVH entry
 * already, so the console is console_io from the first line. The one
 * feature it cannot do without (features.c) can only be asked of Xen once
 * early_init() has written the hypercall stubs, so that is where its
 * absence stops the boot, by name. Leaving maps the run's reason to a SCHEDOP_shutdown
 * reason Xen logs and a toolstack acts on: a pass is SHUTDOWN_poweroff, a
 * failure or a panic SHUTDOWN_crash (the verdict line, or its absence,
 * tells those two apart). A dom0 under the test harness first writes the
 * reason's code to QEMU's isa-debug-exit port, which Xen passes through to
 * a PVH dom0 (the hardware domain owns the I/O ports Xen does not use);
 * a domU has no such device and goes straight to the shutdown.
 */
#define pr_fmt(fmt) "xen-pvh: " fmt

#include <kernel/desc.h>
#include <pc/debug_exit.h>
#include <pc/pc.h>
#include <pvh/pvh.h>
#include <pvops/backend.h>
#include <x86/insns.h>
#include <xen-guest/hypercall.h>
#include <xen/features.h>

#include "xen_pvh.h"

static const char *xen_pvh_detect(const struct boot_info *bi)
{
	if (bi->protocol != BOOT_PROTOCOL_PVH)
		return "not entered through the PVH entry (XEN_ELFNOTE_PHYS32_ENTRY)";
	if (!pvh_xen_cpuid_base())
		return "no Xen underneath: CPUID has no \"XenVMMXenVMM\" hypervisor leaves";
	return NULL;
}

static void xen_pvh_init(struct boot_info *bi)
{
	xen_pvh_cr_init();
	xen_pvh_setup_shared_info();
	xen_pvh_place_vcpu_info();
	xen_pvh_clock_init();
	xen_pvh_read_memory_map(bi);
}

static void __noreturn xen_pvh_exit(enum machine_exit_reason reason)
{
	if (!xen_initial_domain)
		xen_console_ring_drain(); /* xenconsoled must have the verdict line first */
	else
		native_outb(pc_debug_exit_code(reason), PC_DEBUG_EXIT_PORT);
	xen_shutdown(xen_shutdown_reason(reason));
}

/* Ring 0 in a hardware container, on the kernel code segment of kernel/desc.c's GDT. */
const struct pv_info xen_pvh_pv_info = {
	.kernel_rpl = 0,
	.kernel_cs = GDT_SELECTOR(GDT_ENTRY_KERNEL_CS, 0),
	.user_cs = USER_CS_SELECTOR,
	.user_ss = USER_DS_SELECTOR,
	.flags = PV_INFO_HYPERVISOR | PV_INFO_COUNTS_HYPERCALLS,
};

PVOPS_BACKEND(xen_pvh_backend) = {
	.name = "xen-pvh",
	.priority = PVOPS_PRIORITY_HYPERVISOR,
	.detect = xen_pvh_detect,
	.early_init = xen_pvh_early_init,
	.cmdline_silent_cut = MAX_GUEST_CMDLINE,
	.init = xen_pvh_init,
	.irq_init = xen_pvh_irq_init,
	.ops = &xen_pvh_pv_ops,
	.info = &xen_pvh_pv_info,
	.hypercalls = xen_hypercall_count,
	.protect_kernel = xen_pvh_protect_kernel,
	.exit = xen_pvh_exit,
};
