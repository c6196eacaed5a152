// SPDX-License-Identifier: GPL-2.0
/*
 * What a PV guest does differently when it is not dom0: its console and its
 * store are rings in pages the domain builder allocated.
 *
 * start_info says which kind of domain this is (SIF_INITDOMAIN), and for a
 * domU where its console and xenstore pages are, as machine frames, with
 * their event channels. Both pages lie in the bootstrap region that Xen maps
 * one to one onto the first pseudo-physical frames and that the boot keeps
 * reserved (start of day layout, xen.h: "unless dom0: xenstore ring page,
 * console ring page", before the bootstrap page tables), so each is reached
 * at its pseudo-physical address, with no mapping of its own. The console
 * is chosen before anything is printed, on start_info alone, since a domU's
 * console_io output is thrown away; the store needs events and is connected
 * from irq_init, when the upcall is in place.
 */
#define pr_fmt(fmt) "xen: " fmt

#include <kernel/mm.h>
#include <kernel/printk.h>
#include <kernel/string.h>
#include <xen-guest/guest.h>
#include <xen-guest/xenstore.h>

#include "p2m.h"
#include "start_info.h"
#include "xen.h"

static void *xen_pv_ring_page(xen_pfn_t mfn)
{
	return pfn_to_virt(mfn_to_pfn(__mfn(mfn)));
}

void xen_pv_console_init(const start_info_t *si)
{
	bool valid = !memcmp(si->magic, XEN_START_INFO_MAGIC, sizeof(XEN_START_INFO_MAGIC) - 1);

	/* A start_info the parser will refuse: console_io says why, dom0 or not. */
	xen_initial_domain = valid && (si->flags & SIF_INITDOMAIN);
	if (!valid || xen_initial_domain || !si->console.domU.mfn) {
		xen_console_init();
		return;
	}
	xen_console_ring_init(xen_pv_ring_page(si->console.domU.mfn), si->console.domU.evtchn);
}

void xen_pv_store_init(void)
{
	const start_info_t *si = xen_start_info;

	if (xen_initial_domain)
		return;
	if (!si->store_mfn) {
		pr_err("domU without a xenstore page in start_info: no control/shutdown\n");
		return;
	}
	if (xen_store_init(xen_pv_ring_page(si->store_mfn), si->store_evtchn) == 0)
		xen_control_init();
}
