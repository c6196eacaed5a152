// SPDX-License-Identifier: GPL-2.0
/*
 * The native backend's registration: when it can run and how it leaves.
 *
 * Native runs whenever the image came in through the PVH entry: that path
 * starts in ring 0 on (possibly emulated) hardware, where the real
 * instructions work. Through the Xen PV entry the kernel runs in ring 3
 * under Xen and the same instructions would fault, so detection refuses
 * and says so. Leaving the machine writes the reason's code to QEMU's
 * isa-debug-exit port (include/pc/debug_exit.h); on hardware without that
 * device the write is ignored and the CPU halts with interrupts off.
 */
#include <kernel/desc.h>
#include <kernel/printk.h>
#include <pc/debug_exit.h>
#include <pc/pc.h>
#include <pvops/backend.h>
#include <x86/insns.h>

#include "native.h"

static const char *native_detect(const struct boot_info *bi)
{
	if (bi->protocol != BOOT_PROTOCOL_PVH)
		return "entered through the Xen PV entry, where the kernel runs in ring 3 "
		       "and privileged instructions fault";
	return NULL;
}

static void native_init(struct boot_info *bi)
{
	pc_tsc_calibrate();
}

static void __noreturn native_exit(enum machine_exit_reason reason)
{
	native_outb(pc_debug_exit_code(reason), PC_DEBUG_EXIT_PORT);
	for (;;) {
		native_irq_disable();
		native_halt();
	}
}

/* Bare hardware: ring 0, on the kernel code segment of kernel/desc.c's GDT. */
#define NATIVE_PV_INFO                                                                             \
	{ .name = "native", .kernel_rpl = 0,                                                       \
	  .kernel_cs = GDT_SELECTOR(GDT_ENTRY_KERNEL_CS, 0), .user_cs = USER_CS_SELECTOR,          \
	  .user_ss = USER_DS_SELECTOR, .flags = 0 }
#ifdef CONFIG_PVOPS
const struct pv_info native_pv_info = NATIVE_PV_INFO;
#else
/* pv_ops compiled out: no copy is installed, these are the running facts. */
const struct pv_info pv_info = NATIVE_PV_INFO;
#endif

PVOPS_BACKEND(native_backend) = {
	.name = "native",
	.priority = 10,
	.detect = native_detect,
	.init = native_init,
	.irq_init = native_irq_init,
#ifdef CONFIG_PVOPS
	.ops = &native_pv_ops,
	.info = &native_pv_info,
#endif
	.protect_kernel = pc_protect_kernel,
	.exit = native_exit,
};
