// SPDX-License-Identifier: GPL-2.0
/*
 * Descriptor tables and the kernel stack under Xen.
 *
 * Xen lets a PV guest have a GDT of its own only on its terms: the table
 * must occupy whole frames, the guest must hold no writable mapping of
 * them, and Xen checks every descriptor. So load_gdt first maps each GDT
 * page read-only (update_va_mapping), then passes the machine frames to
 * set_gdt; later changes to single entries go through update_descriptor
 * at the entry's machine address. System descriptors (TSS, LDT) are
 * Xen's own business and are not written; there is no task register to
 * load. The stack Xen switches to on entry from user mode is registered
 * with stack_switch, which is what load_sp0 means here. Descriptor and
 * stack updates are queued as multicall entries in lazy CPU mode, so that
 * a context switch sends them to Xen together; outside it each is its own
 * hypercall, as nothing would be batched with it.
 */
#include <kernel/desc.h>
#include <kernel/printk.h>
#include <pvops/pv_ops.h>

#include "hypercall_pv.h"
#include "multicalls.h"
#include "p2m.h"
#include "xen.h"

#define SYSTEM_DESCRIPTOR_SIZE 16

static long xen_make_readonly(const void *va)
{
	u64 pte = (mfn_val(virt_to_mfn(va)) << PAGE_SHIFT) | XEN_PTE_RO;

	return HYPERVISOR_update_va_mapping((unsigned long)va, pte, UVMF_INVLPG);
}

/*
 * A refusal of either step stops the kernel naming the caller (multicalls.h):
 * it would go on with segments Xen does not have.
 */
void xen_load_gdt(const struct desc_ptr *desc)
{
	unsigned long entries = (desc->size + 1) / 8;
	unsigned long pages = (desc->size + PAGE_SIZE) / PAGE_SIZE;
	xen_pfn_t frames[16];
	unsigned long i;

	if (desc->address & (PAGE_SIZE - 1) || pages > ARRAY_SIZE(frames))
		panic("xen_load_gdt: GDT at %#llx (%lu pages) is not page-aligned or too big",
		      (unsigned long long)desc->address, pages);
	for (i = 0; i < pages; i++) {
		const void *va = (const void *)(desc->address + i * PAGE_SIZE);

		XEN_MC_MUST_SUCCEED(__HYPERVISOR_update_va_mapping, xen_make_readonly(va));
		frames[i] = mfn_val(virt_to_mfn(va));
	}
	XEN_MC_MUST_SUCCEED(__HYPERVISOR_set_gdt, HYPERVISOR_set_gdt(frames, entries));
}

/*
 * Both go through the multicall buffer in lazy CPU mode, where they wait;
 * outside it, with nothing queued, they are their own hypercall. Either way
 * a refusal stops the kernel naming the caller (multicalls.h): a thread
 * would run on a descriptor, or enter the kernel on a stack, that Xen does
 * not hold. Xen 4.17's stack_switch refuses nothing; the stop is for one
 * that does.
 */
void xen_write_gdt_entry(void *gdt, unsigned long index, const void *desc, unsigned long size)
{
	const char *entry = (const char *)gdt + index * 8;
	u64 maddr = (mfn_val(virt_to_mfn(entry)) << PAGE_SHIFT) |
		    ((unsigned long)entry & (PAGE_SIZE - 1));
	struct multicall_space mcs;

	if (size == SYSTEM_DESCRIPTOR_SIZE)
		return; /* TSS and LDT descriptors belong to Xen */
	if (xen_mc_direct(PVOPS_LAZY_CPU)) {
		XEN_MC_MUST_SUCCEED(__HYPERVISOR_update_descriptor,
				    HYPERVISOR_update_descriptor(maddr, *(const u64 *)desc));
		return;
	}
	xen_mc_batch(__func__);
	mcs = xen_mc_entry(0, __func__);
	MULTI_update_descriptor(mcs.mc, maddr, *(const u64 *)desc);
	XEN_MC_MUST_SUCCEED(__HYPERVISOR_update_descriptor, xen_mc_issue(PVOPS_LAZY_CPU));
}

void xen_load_sp0(unsigned long sp0)
{
	struct multicall_space mcs;

	if (xen_mc_direct(PVOPS_LAZY_CPU)) {
		XEN_MC_MUST_SUCCEED(__HYPERVISOR_stack_switch,
				    HYPERVISOR_stack_switch(FLAT_KERNEL_SS, sp0));
		return;
	}
	xen_mc_batch(__func__);
	mcs = xen_mc_entry(0, __func__);
	MULTI_stack_switch(mcs.mc, FLAT_KERNEL_SS, sp0);
	XEN_MC_MUST_SUCCEED(__HYPERVISOR_stack_switch, xen_mc_issue(PVOPS_LAZY_CPU));
}
