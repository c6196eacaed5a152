// SPDX-License-Identifier: GPL-2.0
/*
 * Bad example for sparse: the frame-number mix-ups that pfn_t
 * (include/kernel/types.h) and Xen's mfn_t (pvops/backends/xen/p2m.h) exist
 * to catch. Never compiled into anything;
 * `make test` runs `make sparse SPARSE_SRCS=tests/sparse/pfn_mix.c` and
 * expects exactly one warning per marked line, which shows that the
 * __bitwise annotations are live and that sparse runs with -Wbitwise.
 */
#include <kernel/types.h>

#include "../../pvops/backends/xen/p2m.h"

pfn_t frame_of(mfn_t mfn);
pfn_t frame_of(mfn_t mfn)
{
	return mfn; /* reported: an mfn is not a pfn */
}

unsigned long frame_address(pfn_t pfn);
unsigned long frame_address(pfn_t pfn)
{
	return pfn << PAGE_SHIFT; /* reported: arithmetic on a frame number without pfn_val() */
}

unsigned long frame_address_ok(pfn_t pfn);
unsigned long frame_address_ok(pfn_t pfn)
{
	return pfn_val(pfn) << PAGE_SHIFT;
}
