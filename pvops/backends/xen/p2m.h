/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Pseudo-physical and machine frame numbers, kept apart by type.
 *
 * A PV guest sees two kinds of frame number: pfns index its own contiguous
 * pseudo-physical memory, mfns name real machine frames, which is what
 * page-table entries and hypercalls want. Mixing them is the classic PV
 * bug, so each is a __bitwise type (pfn_t from include/kernel/types.h,
 * mfn_t here): sparse, run by `make test`, rejects passing one where the
 * other is expected or doing arithmetic on either without pfn_val() /
 * mfn_val(). The only conversions are pfn_to_mfn() (the list Xen built for
 * us, start_info.mfn_list) and mfn_to_pfn() (Xen's read-only
 * machine-to-phys table), both in p2m.c.
 */
#ifndef XEN_P2M_H
#define XEN_P2M_H

#include <kernel/mm.h>
#include <kernel/types.h>
#include <xen/xen.h>

typedef unsigned long __bitwise mfn_t;
#define __mfn(x) ((__force mfn_t)(x))
#define mfn_val(m) ((__force unsigned long)(m))


void xen_p2m_init(const start_info_t *si);
mfn_t pfn_to_mfn(pfn_t pfn);
pfn_t mfn_to_pfn(mfn_t mfn);
unsigned long xen_nr_pages(void);

static inline mfn_t virt_to_mfn(const void *addr)
{
	return pfn_to_mfn(virt_to_pfn(addr));
}

#endif
