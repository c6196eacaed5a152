// SPDX-License-Identifier: GPL-2.0
/*
 * The Xen PV backend's registration: when it can run and how it leaves.
 *
 * It runs exactly when Xen entered through XEN_ELFNOTE_ENTRY with a valid
 * start_info: there is no other way into a PV guest and no way to be a PV
 * guest without it. Leaving has two halves. Under the test harness QEMU
 * carries an isa-debug-exit device, and dom0 may reach it once Xen grants
 * it I/O privilege (PHYSDEVOP_set_iopl), which makes QEMU exit with the
 * status (include/pc/debug_exit.h turns the reason into the code).
 * Without that device the write does nothing, and the domain shuts down
 * through SCHEDOP_shutdown instead: poweroff on a pass, crash on a
 * failure, so Xen's own log says which.
 */
#define pr_fmt(fmt) "xen: " fmt

#include <kernel/mm.h>
#include <kernel/printk.h>
#include <pc/debug_exit.h>
#include <pvops/backend.h>

#include "hypercall_pv.h"
#include "xen.h"

static const char *xen_detect(const struct boot_info *bi)
{
	if (bi->protocol != BOOT_PROTOCOL_XEN_PV)
		return "not entered through the Xen PV entry (XEN_ELFNOTE_ENTRY)";
	return NULL;
}

/*
 * Xen maps the image and its own structures (p2m list, start_info, page
 * tables, boot stack) from 0 up to the end of one or more 2 MiB L2 slots.
 * The pages after the boot stack are free; the direct map's new tables
 * are taken from there, and everything up to the last one is reserved.
 */
static void xen_setup_memory(struct boot_info *bi)
{
	const start_info_t *si = xen_start_info;
	unsigned long boot_end = si->pt_base + (si->nr_pt_frames + 1) * PAGE_SIZE;
	unsigned long next_free = boot_end;
	extern const char __image_end[];

	bi->direct_map_end = xen_extend_direct_map(&next_free, xen_initial_map_end());
	boot_reserve(bi, (unsigned long)__image_end, next_free - (unsigned long)__image_end);
}

static void xen_init(struct boot_info *bi)
{
	xen_read_features();
	xen_place_vcpu_info();
	xen_setup_memory(bi);
}

/*
 * The console ring is drained first, so that xenconsoled has the verdict
 * line before the domain is gone; a domU cannot reach the port, and its
 * verdict is the shutdown reason (xen_shutdown_reason()).
 */
static void __noreturn xen_exit(enum machine_exit_reason reason)
{
	struct physdev_set_iopl iopl = { .iopl = 1 };

	if (!xen_initial_domain)
		xen_console_ring_drain(); /* a stalled console has nowhere to say so */
	else if (HYPERVISOR_physdev_op(PHYSDEVOP_set_iopl, &iopl) == 0)
		__asm__ __volatile__("outb %b0, %w1"
				     : : "a"(pc_debug_exit_code(reason)), "Nd"(PC_DEBUG_EXIT_PORT));
	xen_shutdown(xen_shutdown_reason(reason));
}

PVOPS_BACKEND(xen_backend) = {
	.name = "xen",
	.priority = PVOPS_PRIORITY_HYPERVISOR,
	.detect = xen_detect,
	.init = xen_init,
	.irq_init = xen_irq_init,
	.ops = &xen_pv_ops,
	.info = &xen_pv_info,
	.hypercalls = xen_hypercall_count,
	.protect_kernel = xen_protect_kernel,
	.exit = xen_exit,
};
