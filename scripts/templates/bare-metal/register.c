// SPDX-License-Identifier: GPL-2.0
/*
 * The @NAME@ backend's registration: when it runs, and how it leaves.
 *
 * @NAME@ runs on the same machines as native (it was made by
 * scripts/new-backend --bare-metal): it boots through native's PVH entry
 * and console, and drives the PC devices of pvops/platform/pc/ itself. A
 * machine that can run it can always run native, so detection alone must
 * never pick it: detect() refuses unless pvops.backend=@NAME@ names it,
 * and its priority is below native's in case both ever accept. Leaving
 * writes the reason's code to QEMU's isa-debug-exit port and halts.
 */
#include <kernel/boot.h>
#include <kernel/string.h>
#include <pc/debug_exit.h>
#include <pc/pc.h>
#include <pvh/pvh.h>
#include <pvops/backend.h>
#include <x86/insns.h>

#include "@PREFIX@.h"

const char *@PREFIX@_detect(const struct boot_info *bi)
{
	const char *requested = boot_requested_backend();

	if (bi->protocol != BOOT_PROTOCOL_PVH)
		return "not entered through the PVH entry, so not on bare hardware";
	if (pvh_xen_cpuid_base())
		return "running under Xen, which gives a PVH guest no PIT, PIC or COM1";
	if (!requested || strcmp(requested, "@NAME@"))
		return "runs only when forced with pvops.backend=@NAME@";
	return NULL;
}

static void @PREFIX@_init(struct boot_info *bi)
{
	pc_tsc_calibrate();
}

static void @PREFIX@_timer_irq(struct pt_regs *regs)
{
	pc_pic_eoi();
	timer_interrupt();
}

static void @PREFIX@_irq_init(void)
{
	pc_pit_init();
	pc_pic_init();
	pc_pic_unmask_timer();
	request_irq_vector(PC_TIMER_VECTOR, @PREFIX@_timer_irq);
}

static void __noreturn @PREFIX@_exit(enum machine_exit_reason reason)
{
	native_outb(pc_debug_exit_code(reason), PC_DEBUG_EXIT_PORT);
	for (;;) {
		native_irq_disable();
		native_halt();
	}
}

PVOPS_BACKEND(@PREFIX@_backend) = {
	.name = "@NAME@",
	.priority = PVOPS_PRIORITY_FORCED_ONLY,
	.detect = @PREFIX@_detect,
	.init = @PREFIX@_init,
	.irq_init = @PREFIX@_irq_init,
	.ops = &@PREFIX@_pv_ops,
	.info = &@PREFIX@_pv_info,
	.protect_kernel = pc_protect_kernel,
	.exit = @PREFIX@_exit,
};
