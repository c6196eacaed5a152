// SPDX-License-Identifier: GPL-2.0
/*
 * How events reach a PVH guest: an interrupt vector Xen injects.
 *
 * A PVH guest has a real IDT and a real interrupt flag, so Xen delivers
 * events as an interrupt on a vector the guest names. Xen 4.17 offers two
 * ways: HVM_PARAM_CALLBACK_IRQ with the vector type, one vector for the
 * domain (XENFEAT_hvm_callback_vector; dom0 and domU alike), injected by
 * Xen directly whenever vcpu_info's upcall-pending flag is set and IF is,
 * with no local APIC in the path and so no EOI; and the per-vCPU
 * HVMOP_set_evtchn_upcall_vector, which Xen raises through the emulated
 * local APIC, so each upcall must be EOI'd there. One vCPU needs no
 * per-vCPU vector, and no EOI means no APIC to map, so this backend uses
 * the first, as Linux does when the per-vCPU flag is absent. The handler
 * is the generic vector path's (kernel/traps.c) and calls the layer's
 * demux, which clears the pending flag first: Xen re-injects while it
 * stays set, which is what makes an event that arrived with interrupts
 * off be taken the moment they are enabled.
 */
#define pr_fmt(fmt) "xen-pvh: " fmt

#include <kernel/printk.h>
#include <kernel/traps.h>

#include "hypercall_hvm.h"
#include "xen_pvh.h"

/* val[63:56] of HVM_PARAM_CALLBACK_IRQ is the delivery type. */
#define XEN_PVH_CALLBACK_TYPE_SHIFT __builtin_ctzll(HVM_PARAM_CALLBACK_IRQ_TYPE_MASK)

unsigned long xen_pvh_upcalls;

static void xen_pvh_upcall(struct pt_regs *regs)
{
	xen_pvh_upcalls++;
	xen_evtchn_do_upcall();
}

static void xen_pvh_set_callback_vector(unsigned int vector)
{
	struct xen_hvm_param param = {
		.domid = DOMID_SELF,
		.index = HVM_PARAM_CALLBACK_IRQ,
		.value = ((u64)HVM_PARAM_CALLBACK_TYPE_VECTOR << XEN_PVH_CALLBACK_TYPE_SHIFT) |
			 vector,
	};
	long rc = HYPERVISOR_hvm_op(HVMOP_set_param, &param);

	if (rc)
		xen_hypercall_failed(__func__, "hvm_op(HVMOP_set_param, HVM_PARAM_CALLBACK_IRQ)",
				     rc);
}

void xen_pvh_irq_init(void)
{
	xen_evtchn_init();
	request_irq_vector(XEN_PVH_CALLBACK_VECTOR, xen_pvh_upcall);
	xen_pvh_set_callback_vector(XEN_PVH_CALLBACK_VECTOR);
	pr_info("events on vector %#x (HVM_PARAM_CALLBACK_IRQ)\n", XEN_PVH_CALLBACK_VECTOR);
	xen_timer_init();
	xen_pvh_store_init();
}
