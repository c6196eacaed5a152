/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Hypercalls only a PV guest makes: its page tables, descriptor tables,
 * trap table and callbacks, which a PVH guest has in hardware instead.
 *
 * They go over the same transport as the shared ones (the layer's
 * include/xen-guest/hypercall.h) and are typed the same way, with the
 * argument types of Xen's public headers, so that no call site in this
 * backend passes a hypercall number and untyped words. Those queued in a
 * multicall (update_descriptor, stack_switch, mmu_update, mmuext_op) are
 * built as entries in multicalls.c's buffer when a lazy mode batches them,
 * and called directly here when nothing does.
 */
#ifndef XEN_PV_HYPERCALL_H
#define XEN_PV_HYPERCALL_H

#include <xen-guest/hypercall.h>
#include <xen/callback.h>

static inline long HYPERVISOR_update_va_mapping(unsigned long va, u64 pte, unsigned long flags)
{
	return xen_hypercall3(__HYPERVISOR_update_va_mapping, va, pte, flags);
}

static inline long HYPERVISOR_mmuext_op(struct mmuext_op *ops, unsigned int count,
					unsigned int *done, domid_t domid)
{
	return xen_hypercall4(__HYPERVISOR_mmuext_op, ops, count, done, domid);
}

static inline long HYPERVISOR_mmu_update(struct mmu_update *req, unsigned int count,
					 unsigned int *done, domid_t domid)
{
	return xen_hypercall4(__HYPERVISOR_mmu_update, req, count, done, domid);
}

/* maddr: the machine address of the 8-byte descriptor slot. */
static inline long HYPERVISOR_update_descriptor(u64 maddr, u64 desc)
{
	return xen_hypercall2(__HYPERVISOR_update_descriptor, maddr, desc);
}

/* set: CR0.TS on (1) or off (0), which Xen keeps for a PV guest. */
static inline long HYPERVISOR_fpu_taskswitch(int set)
{
	return xen_hypercall1(__HYPERVISOR_fpu_taskswitch, set);
}

static inline long HYPERVISOR_stack_switch(unsigned long ss, unsigned long esp)
{
	return xen_hypercall2(__HYPERVISOR_stack_switch, ss, esp);
}

static inline long HYPERVISOR_multicall(multicall_entry_t *call_list, uint32_t nr_calls)
{
	return xen_hypercall2(__HYPERVISOR_multicall, call_list, nr_calls);
}

/* traps: terminated by an entry whose address is 0. */
static inline long HYPERVISOR_set_trap_table(const struct trap_info *traps)
{
	return xen_hypercall1(__HYPERVISOR_set_trap_table, traps);
}

static inline long HYPERVISOR_set_gdt(const xen_pfn_t *frames, unsigned int entries)
{
	return xen_hypercall2(__HYPERVISOR_set_gdt, frames, entries);
}

static inline long HYPERVISOR_callback_op(int cmd, const void *arg)
{
	return xen_hypercall2(__HYPERVISOR_callback_op, cmd, arg);
}

#endif
