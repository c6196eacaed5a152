/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Hypercalls only a guest in a hardware container makes: HVM parameters.
 *
 * A PVH guest tells Xen how to deliver its events with HVMOP_set_param
 * (HVM_PARAM_CALLBACK_IRQ); a PV guest registers callbacks instead. Same
 * transport and typing as the layer's shared wrappers
 * (include/xen-guest/hypercall.h).
 */
#ifndef XEN_PVH_HYPERCALL_H
#define XEN_PVH_HYPERCALL_H

#include <xen-guest/hypercall.h>
#include <xen/hvm/hvm_op.h>
#include <xen/hvm/params.h>

static inline long HYPERVISOR_hvm_op(unsigned int op, void *arg)
{
	return xen_hypercall2(__HYPERVISOR_hvm_op, op, arg);
}

#endif
