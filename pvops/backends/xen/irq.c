// SPDX-License-Identifier: GPL-2.0
/*
 * The virtual interrupt flag of a PV guest, as inline templates.
 *
 * A PV kernel runs in ring 3 and cannot execute cli/sti; Xen instead gives
 * each vCPU a mask byte in vcpu_info: events (Xen's interrupts) are not
 * delivered while evtchn_upcall_mask is set. Disabling is one store.
 * Enabling is one store plus the rule Xen's PV ABI imposes: an event that
 * arrived while masked only set evtchn_upcall_pending, and nothing will
 * deliver it until the guest next enters Xen, so after unmasking the guest
 * checks that byte and, if set, makes a cheap hypercall to have the upcall
 * delivered now. Each op is a PVOP_TEMPLATE addressing vcpu_info by its
 * absolute address, so the patcher can copy it into every irq site; this
 * works only because vcpu_info has been moved to its final home in the
 * image (xen_vcpu_info_area, see enlighten.c) before the table is
 * installed, so no site is ever patched to point at a boot-time copy. They
 * clobber nothing but %rax and the flags, as callee-save slots require;
 * the pending path calls a generated callee-save thunk, the one rel32
 * the patcher relocates.
 */
#include <kernel/printk.h>
#include <pvops/template.h>

#include "hypercall_pv.h"
#include "xen.h"

/* vcpu_info layout the templates rely on. */
#define VCPU_PENDING "0"
#define VCPU_MASK "1"
_Static_assert(__builtin_offsetof(struct vcpu_info, evtchn_upcall_pending) == 0, "pending");
_Static_assert(__builtin_offsetof(struct vcpu_info, evtchn_upcall_mask) == 1, "mask");

void xen_force_evtchn_callback(void);
void xen_force_evtchn_callback(void)
{
	HYPERVISOR_xen_version(0, NULL);
}
PV_CALLEE_SAVE_REGS_THUNK(xen_force_evtchn_callback);

#define MASK "xen_vcpu_info_area+" VCPU_MASK
#define PENDING "xen_vcpu_info_area+" VCPU_PENDING
#define CALL_FORCE PVOP_TEMPLATE_REL32 "call __raw_callee_save_xen_force_evtchn_callback\n"

PVOP_TEMPLATE(xen_backend, IRQ_DISABLE, xen_irq_disable_direct, "movb $1, " MASK, CLBR_NONE);

PVOP_TEMPLATE(xen_backend, IRQ_ENABLE, xen_irq_enable_direct,
	      "movb $0, " MASK "\n\t"
	      "testb $0xff, " PENDING "\n\t"
	      "jz 1f\n\t" CALL_FORCE "1:",
	      CLBR_NONE);

/* IF (bit 9) is set exactly when the mask is clear. */
PVOP_TEMPLATE(xen_backend, SAVE_FL, xen_save_fl_direct,
	      "xor %eax, %eax\n\t"
	      "testb $0xff, " MASK "\n\t"
	      "setz %ah\n\t"
	      "addb %ah, %ah",
	      CLBR_RAX);

/* mask = !(flags & IF); when that unmasked, check pending. */
PVOP_TEMPLATE(xen_backend, RESTORE_FL, xen_restore_fl_direct,
	      "testw $0x200, %di\n\t"
	      "setz " MASK "\n\t"
	      "jz 1f\n\t"
	      "testb $0xff, " PENDING "\n\t"
	      "jz 1f\n\t" CALL_FORCE "1:",
	      CLBR_NONE);

/*
 * The backend's own critical sections (multicall batches) mask events with
 * these rather than through pv_ops: a batch can be built in init(), before
 * the table is installed. Same rule as the templates: unmasking checks
 * pending and has a waiting event delivered at once.
 */
u8 xen_mask_events(void)
{
	u8 old = READ_ONCE(xen_vcpu->evtchn_upcall_mask);

	WRITE_ONCE(xen_vcpu->evtchn_upcall_mask, 1);
	barrier();
	return old;
}

void xen_restore_events(u8 mask)
{
	barrier();
	WRITE_ONCE(xen_vcpu->evtchn_upcall_mask, mask);
	barrier();
	if (!mask && READ_ONCE(xen_vcpu->evtchn_upcall_pending))
		xen_force_evtchn_callback();
}

/* SCHEDOP_block unmasks events atomically with blocking: no lost wakeup. */
void xen_safe_halt(void)
{
	long rc = HYPERVISOR_sched_op(SCHEDOP_block, NULL);

	if (rc)
		xen_hypercall_failed(__func__, "sched_op(SCHEDOP_block)", rc);
}

/*
 * Native hlt with interrupts off stops the CPU for good; SCHEDOP_block would
 * unmask events and return at the next one, so a masked halt takes the vCPU
 * down instead, as Linux's xen_halt does. Unmasked, it is safe_halt.
 */
void xen_halt(void)
{
	long rc;

	if (!xen_vcpu->evtchn_upcall_mask) {
		xen_safe_halt();
		return;
	}
	rc = HYPERVISOR_vcpu_op(VCPUOP_down, XEN_VCPU_SELF, NULL);
	if (rc)
		xen_hypercall_failed(__func__, "vcpu_op(VCPUOP_down)", rc);
	panic("xen_halt: the vCPU came back up after VCPUOP_down");
}
