/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Pseudo-physical and machine frame numbers, kept apart by type.
 *
 * A PV guest sees two kinds of frame number: pfns index its own contiguous
 * pseudo-physical memory, mfns name real machine frames, which is what
 * page-table entries and hypercalls want. Mixing them is the classic PV
 * bug, so each is a one-member struct: passing one where the other is
 * expected does not compile. The only conversions are pfn_to_mfn() (the
 * list Xen built for us, start_info.mfn_list) and mfn_to_pfn() (Xen's
 * read-only machine-to-phys table), both in p2m.c.
 */
#ifndef XEN_P2M_H
#define XEN_P2M_H

#include <kernel/types.h>

typedef struct {
	unsigned long pfn;
} pfn_t;

typedef struct {
	unsigned long mfn;
} mfn_t;

static inline pfn_t _pfn(unsigned long pfn)
{
	return (pfn_t){ pfn };
}

static inline mfn_t _mfn(unsigned long mfn)
{
	return (mfn_t){ mfn };
}

static inline unsigned long pfn_x(pfn_t pfn)
{
	return pfn.pfn;
}

static inline unsigned long mfn_x(mfn_t mfn)
{
	return mfn.mfn;
}

/* The kernel's virtual addresses are its pseudo-physical ones (VIRT_BASE 0). */
static inline pfn_t virt_to_pfn(const void *addr)
{
	return _pfn((unsigned long)addr >> PAGE_SHIFT);
}

void xen_p2m_init(unsigned long mfn_list, unsigned long nr_pages);
mfn_t pfn_to_mfn(pfn_t pfn);
pfn_t mfn_to_pfn(mfn_t mfn);
unsigned long xen_nr_pages(void);

static inline mfn_t virt_to_mfn(const void *addr)
{
	return pfn_to_mfn(virt_to_pfn(addr));
}

#endif
