// SPDX-License-Identifier: GPL-2.0
/*
 * The native backend's registration: when it can run and how it leaves.
 *
 * Native runs when the image came in through the PVH entry on a PC: that
 * path starts in ring 0 on (possibly emulated) hardware, where the real
 * instructions work and COM1, the PICs and the PIT exist. Through the Xen
 * PV entry the kernel runs in ring 3 under Xen and the same instructions
 * would fault; through the PVH entry under Xen (CPUID's hypervisor leaves
 * say so) it runs in a container without those devices, where the timer
 * never fires and COM1 is Xen's. Detection refuses both and says why, from
 * the entry and CPUID alone, so the PVH entry asks it too: on a PC it is
 * native's early_init() that runs, COM1 and the PICs masked, before the
 * boot data is read. Leaving the machine writes the reason's code to QEMU's
 * isa-debug-exit port (include/pc/debug_exit.h); on hardware without that
 * device the write is ignored and the CPU halts with interrupts off.
 */
#include <kernel/desc.h>
#include <kernel/printk.h>
#include <pc/apic.h>
#include <pc/debug_exit.h>
#include <pc/pc.h>
#include <pvh/pvh.h>
#include <pvops/backend.h>
#include <x86/insns.h>

#include "native.h"

static const char *native_detect(const struct boot_info *bi)
{
	if (bi->protocol != BOOT_PROTOCOL_PVH)
		return "entered through the Xen PV entry, where the kernel runs in ring 3 "
		       "and privileged instructions fault";
	if (pvh_xen_cpuid_base())
		return "running under Xen (CPUID leaves \"XenVMMXenVMM\"), which gives a PVH "
		       "guest no PIT, PIC or COM1";
	return NULL;
}

static void native_pvh_early_init(void)
{
	pc_serial_init();
	pc_pic_mask_all();
}

static void native_init(struct boot_info *bi)
{
	pc_tsc_calibrate();
}

/* The PVH entry hands over the RSDP: hvm_start_info's rsdp_paddr. */
static int native_smp_cpus(const struct boot_info *bi, unsigned int max)
{
	return pc_smp_cpus(pvh_rsdp_paddr(bi), max);
}

static void __noreturn native_exit(enum machine_exit_reason reason)
{
	native_outb(pc_debug_exit_code(reason), PC_DEBUG_EXIT_PORT);
	for (;;) {
		native_irq_disable();
		native_halt();
	}
}

#define NATIVE_NAME "native"

/* Bare hardware: ring 0, on the kernel code segment of kernel/desc.c's GDT. */
#define NATIVE_PV_INFO(backend_name)                                                               \
	{ .name = (backend_name), .kernel_rpl = 0,                                                 \
	  .kernel_cs = GDT_SELECTOR(GDT_ENTRY_KERNEL_CS, 0), .user_cs = USER_CS_SELECTOR,          \
	  .user_ss = USER_DS_SELECTOR, .flags = 0 }
#ifdef CONFIG_PVOPS
/* core names the installed copy after the backend */
const struct pv_info native_pv_info = NATIVE_PV_INFO(NULL);
#else
/* pv_ops compiled out: no copy is installed, these are the running facts. */
const struct pv_info pv_info = NATIVE_PV_INFO(NATIVE_NAME);
#endif

PVOPS_BACKEND(native_backend) = {
	.name = NATIVE_NAME,
	.priority = PVOPS_PRIORITY_BARE_METAL,
	.detect = native_detect,
	.early_init = native_pvh_early_init,
	.init = native_init,
	.irq_init = native_irq_init,
	.smp_cpus = native_smp_cpus,
	.ap_irq_init = native_ap_irq_init,
#ifdef CONFIG_PVOPS
	.ops = &native_pv_ops,
	.info = &native_pv_info,
#endif
	.protect_kernel = pc_protect_kernel,
	.exit = native_exit,
};
