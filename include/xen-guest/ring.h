/* SPDX-License-Identifier: GPL-2.0 */
/*
 * The one index check of every byte ring this layer shares with a backend
 * (xenstore's two, the console's out[]).
 *
 * Both indexes are free-running counters in a page the other side can
 * write, so neither is trusted: an honest pair is never more than a ring
 * apart (the producer at most a full ring ahead), and a gap larger than that,
 * a consumer ahead of its producer included, would have the guest write over
 * bytes not yet consumed or read bytes twice. As Linux's xenbus
 * (check_indexes() in drivers/xen/xenbus/xenbus_comms.c), that is a protocol
 * error: the ring is abandoned, never "repaired" by a guess.
 */
#ifndef PVOPS_XEN_RING_H
#define PVOPS_XEN_RING_H

#include <kernel/types.h>

static inline bool xen_ring_indexes_ok(u32 prod, u32 cons, u32 size)
{
	return prod - cons <= size;
}

#endif
