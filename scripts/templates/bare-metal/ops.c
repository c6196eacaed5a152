// SPDX-License-Identifier: GPL-2.0
/*
 * The @NAME@ pv_ops table: bare hardware, its own privileged instructions.
 *
 * The cpu, irq and mmu groups are the shared ring-0 table
 * (include/x86/native_table.h), and every op whose instruction fits a call
 * site is a template from the shared list (include/x86/native_templates.h),
 * declared here under this backend, as native declares it: the patcher
 * copies the same instructions into the call sites, and a fix to that
 * list reaches every bare-metal backend; so are the spinlock ops
 * (include/x86/lock_templates.h). The clock and the timer are the
 * PC layer's TSC and PIT (include/pc/pc.h). Start here when this backend's
 * ops begin to differ from native's: give a slot a function of your own
 * after X86_NATIVE_PV_OPS().
 */
#include <kernel/desc.h>
#include <pc/pc.h>
#include <pvops/backend.h>
#include <pvops/privileged.h>
#include <x86/native_table.h>
#include <x86/user.h>

#include "@PREFIX@.h"

/* A bare-metal backend performs the privileged ops itself, as native does. */
PVOPS_ALLOW_PRIVILEGED(PVOPS_PRIV_RING0 | PVOPS_PRIV_IRET | PVOPS_PRIV_IO | PVOPS_PRIV_PVFLAGS);

#define X86_NATIVE_TEMPLATE(slot, name, clobbers)                                                  \
	PVOP_TEMPLATE(@PREFIX@_backend, slot, @PREFIX@_asm_##name, X86_NATIVE_INSN_##slot, clobbers)
#include <x86/native_templates.h>
#define X86_LOCK_TEMPLATE(slot, name, clobbers)                                                    \
	PVOP_TEMPLATE(@PREFIX@_backend, slot, @PREFIX@_asm_##name, X86_LOCK_INSN_##slot, clobbers)
#include <x86/lock_templates.h>

const struct pv_ops @PREFIX@_pv_ops = {
	X86_NATIVE_PV_OPS(@PREFIX@_asm),
	.time = {
		.sched_clock = pc_sched_clock,
		.clock_khz = pc_clock_khz,
		.set_timer = pc_pit_set_timer,
		.steal_clock = X86_NATIVE_RAW(@PREFIX@_asm_steal_clock),
	},
	/* User mode from the shared hardware layer (include/x86/user.h). */
	.user = X86_HW_USER_OPS(X86_NATIVE_RAW(@PREFIX@_asm_swapgs)),
	/* The shared native spinlock ops (include/x86/lock_templates.h), as native's. */
	.lock = X86_LOCK_PV_OPS(@PREFIX@_asm),
	/* The boot CPU only, until it has a smp_cpus() (native's is the PC layer's). */
	.smp = PVOPS_UP_SMP_OPS(x86_load_percpu_base),
};

/* Bare hardware: ring 0, on the kernel code segment of kernel/desc.c's GDT. */
const struct pv_info @PREFIX@_pv_info = {
	.kernel_rpl = 0,
	.kernel_cs = GDT_SELECTOR(GDT_ENTRY_KERNEL_CS, 0),
	.user_cs = USER_CS_SELECTOR,
	.user_ss = USER_DS_SELECTOR,
	.flags = 0,
};
