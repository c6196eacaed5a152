// SPDX-License-Identifier: GPL-2.0
/*
 * The native pv_ops table and its inline templates.
 *
 * The ops the patcher inlines are PVOP_TEMPLATEs: one definition gives
 * both the out-of-line function an unpatched site calls and the bytes the
 * patcher copies into a patched one, so the two cannot differ. Every op
 * whose instructions fit the 6 bytes of a plain site is one (the irq ops,
 * the halts, the control-register moves, lgdt/lidt/ltr, wbinvd, the TLB
 * flushes by CR3 reload and invlpg, the page-table stores, the answer of
 * lazy_mode.leave, iretq, swapgs), so a patched site runs the instruction
 * the kernel would run with pv_ops compiled out, plus at most the padding.
 * Bare hardware is one of the ring-0 backends of include/x86/native_table.h,
 * which holds those instructions and the cpu, irq and mmu groups for all of
 * them; declared here under native's name, since a template record names its
 * backend. What is native's own is time: the PC layer's TSC, and each CPU's
 * local APIC timer.
 */
#include <kernel/tlb.h>
#include <pc/apic.h>
#include <pc/pc.h>
#include <pvops/backend.h>
#include <pvops/privileged.h>
#include <x86/native_table.h>
#include <x86/user.h>

#include "native.h"

PVOPS_ALLOW_PRIVILEGED(PVOPS_PRIV_RING0 | PVOPS_PRIV_IRET | PVOPS_PRIV_IO | PVOPS_PRIV_PVFLAGS);

#define X86_NATIVE_TEMPLATE(slot, name, clobbers)                                                  \
	PVOP_TEMPLATE(native_backend, slot, native_asm_##name, X86_NATIVE_INSN_##slot, clobbers)
#include <x86/native_templates.h>
#define X86_LOCK_TEMPLATE(slot, name, clobbers)                                                    \
	PVOP_TEMPLATE(native_backend, slot, native_asm_##name, X86_LOCK_INSN_##slot, clobbers)
#include <x86/lock_templates.h>

const struct pv_ops native_pv_ops = {
	X86_NATIVE_PV_OPS(native_asm),
	.time = {
		.sched_clock = pc_sched_clock,
		.clock_khz = pc_clock_khz,
		.set_timer = pc_apic_timer_set,
		.steal_clock = X86_NATIVE_RAW(native_asm_steal_clock),
	},
	/* User mode is the shared hardware layer's (include/x86/user.h). */
	.user = X86_HW_USER_OPS(X86_NATIVE_RAW(native_asm_swapgs)),
	/* One CPU, never descheduled: the plain add, a pause, no kick, never preempted. */
	.lock = X86_LOCK_PV_OPS(native_asm),
	/*
	 * CPUs: the per-CPU base is the hardware layer's, the rest the PC's
	 * local APIC; a shootdown is the kernel's IPI and wait, as hardware has
	 * no other way to reach another CPU's TLB.
	 */
	.smp = {
		.load_percpu_base = x86_load_percpu_base,
		.send_ipi = pc_apic_send_ipi,
		.send_ipi_mask = pc_apic_send_ipi_mask,
		.start_cpu = pc_smp_start_cpu,
		.flush_tlb_multi = tlb_flush_multi_by_ipi,
	},
};
