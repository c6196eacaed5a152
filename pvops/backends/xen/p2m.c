// SPDX-License-Identifier: GPL-2.0
/*
 * The two frame-number translations, and the only code that indexes the
 * tables behind them.
 *
 * pfn -> mfn reads the list Xen handed over in start_info (mfn_list, one
 * entry per page the guest owns); mfn -> pfn reads Xen's machine-to-phys
 * table, mapped read-only into every PV guest at MACH2PHYS_VIRT_START. An
 * out-of-range pfn is a kernel bug and panics with the number, rather than
 * reading past the list and handing Xen a random frame.
 */
#include <kernel/printk.h>
#include <xen/xen.h>

#include "p2m.h"

static const unsigned long *xen_p2m;
static unsigned long xen_p2m_size;

void xen_p2m_init(const start_info_t *si)
{
	xen_p2m = (const unsigned long *)si->mfn_list;
	xen_p2m_size = si->nr_pages;
}

unsigned long xen_nr_pages(void)
{
	return xen_p2m_size;
}

mfn_t pfn_to_mfn(pfn_t pfn)
{
	if (pfn_val(pfn) >= xen_p2m_size)
		panic("xen: pfn %#lx is beyond the %lu pages this domain owns", pfn_val(pfn),
		      xen_p2m_size);
	return __mfn(xen_p2m[pfn_val(pfn)]);
}

pfn_t mfn_to_pfn(mfn_t mfn)
{
	return __pfn(((const unsigned long *)MACH2PHYS_VIRT_START)[mfn_val(mfn)]);
}
