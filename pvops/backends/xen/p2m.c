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

void xen_p2m_init(unsigned long mfn_list, unsigned long nr_pages)
{
	xen_p2m = (const unsigned long *)mfn_list;
	xen_p2m_size = nr_pages;
}

unsigned long xen_nr_pages(void)
{
	return xen_p2m_size;
}

mfn_t pfn_to_mfn(pfn_t pfn)
{
	if (pfn_x(pfn) >= xen_p2m_size)
		panic("xen: pfn %#lx is beyond the %lu pages this domain owns", pfn_x(pfn),
		      xen_p2m_size);
	return _mfn(xen_p2m[pfn_x(pfn)]);
}

pfn_t mfn_to_pfn(mfn_t mfn)
{
	return _pfn(((const unsigned long *)MACH2PHYS_VIRT_START)[mfn_x(mfn)]);
}
