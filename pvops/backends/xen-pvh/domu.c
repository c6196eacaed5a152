// SPDX-License-Identifier: GPL-2.0
/*
 * A PVH guest that is not dom0: its console and store rings from HVM params.
 *
 * For a PVH domU the domain builder puts the console and xenstore pages
 * among its special pages near the top of the first 4 GiB of the guest's
 * physical space, and says where in HVM_PARAM_CONSOLE_PFN/_EVTCHN and
 * HVM_PARAM_STORE_PFN/_EVTCHN, which the guest reads with HVMOP_get_param.
 * The PVH entry identity-maps only the first GiB, so the 2 MiB holding them
 * gets an identity entry of its own, in a page directory added for its GiB
 * to the entry's tables (ring 0, native paging: plain stores, and a
 * not-present entry was never cached). Only that one entry: the rest of
 * the GiB stays free for map_page() (the ops suite's window is at its
 * start), and frame numbers are physical addresses here. Whether this is dom0 is
 * asked of Xen directly (XENFEAT_dom0) before anything is printed, because
 * the console to register depends on it: dom0 keeps console_io, which is
 * Xen's own; a domU's console_io output is thrown away.
 */
#define pr_fmt(fmt) "xen-pvh: " fmt

#include <kernel/mm.h>
#include <kernel/printk.h>
#include <xen-guest/guest.h>
#include <xen-guest/xenstore.h>
#include <x86/insns.h>
#include <xen/features.h>

#include "hypercall_hvm.h"
#include "xen_pvh.h"

#define GIB_SHIFT 30
#define LARGE_PAGE_SHIFT 21
#define TABLE_ENTRIES (PAGE_SIZE / sizeof(u64))
/* The entry's page tables cover what one PML4 entry does (512 GiB). */
#define PML4_ENTRY_SHIFT 39

static u64 xen_pvh_special_pd[TABLE_ENTRIES] __aligned(PAGE_SIZE);

static long xen_pvh_get_param(unsigned int index, u64 *value)
{
	struct xen_hvm_param param = { .domid = DOMID_SELF, .index = index };
	long rc = HYPERVISOR_hvm_op(HVMOP_get_param, &param);

	*value = param.value;
	return rc;
}

/* The page at pfn, identity-mapped; NULL if the entry's tables cannot reach it. */
static void *xen_pvh_map_special(u64 pfn)
{
	u64 phys = pfn << PAGE_SHIFT;
	u64 *pml4 = (u64 *)(native_read_cr3() & PTE_PFN_MASK);
	u64 *pdpt = (u64 *)(pml4[0] & PTE_PFN_MASK);
	unsigned int gib = phys >> GIB_SHIFT, slot = (phys >> LARGE_PAGE_SHIFT) % TABLE_ENTRIES;
	u64 *pd;

	if (phys >> PML4_ENTRY_SHIFT)
		return NULL;
	if (!(pdpt[gib] & _PAGE_PRESENT))
		pdpt[gib] = (u64)xen_pvh_special_pd | PAGE_TABLE;
	pd = (u64 *)(pdpt[gib] & PTE_PFN_MASK);
	if (!(pd[slot] & _PAGE_PRESENT))
		pd[slot] = (phys & ~((1ULL << LARGE_PAGE_SHIFT) - 1)) | PAGE_KERNEL | _PAGE_PSE;
	return (void *)phys;
}

/* The ring at the pfn and port of two HVM params, or NULL (and why in *why). */
static void *xen_pvh_ring(unsigned int pfn_param, unsigned int port_param, u64 *port,
			  const char **why)
{
	u64 pfn;

	if (xen_pvh_get_param(pfn_param, &pfn) || !pfn) {
		*why = "no page in its HVM param";
		return NULL;
	}
	if (xen_pvh_get_param(port_param, port)) {
		*why = "no event channel in its HVM param";
		return NULL;
	}
	*why = "its page is beyond the entry's page tables";
	return xen_pvh_map_special(pfn);
}

void xen_pvh_console_init(void)
{
	struct xen_feature_info info = { .submap_idx = 0 };
	const char *why;
	void *page;
	u64 port;

	xen_initial_domain = HYPERVISOR_xen_version(XENVER_get_features, &info) == 0 &&
			     (info.submap & (1U << XENFEAT_dom0));
	if (!xen_initial_domain) {
		page = xen_pvh_ring(HVM_PARAM_CONSOLE_PFN, HVM_PARAM_CONSOLE_EVTCHN, &port, &why);
		if (page) {
			xen_console_ring_init(page, port);
			return;
		}
	}
	xen_console_init();
}

void xen_pvh_store_init(void)
{
	const char *why;
	void *page;
	u64 port;

	if (xen_initial_domain)
		return;
	page = xen_pvh_ring(HVM_PARAM_STORE_PFN, HVM_PARAM_STORE_EVTCHN, &port, &why);
	if (!page) {
		pr_err("no xenstore: %s; xl shutdown will not be seen\n", why);
		return;
	}
	if (xen_store_init(page, port) == 0)
		xen_control_init();
}
