/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Nanoseconds from one stable copy of vcpu_time_info and a TSC reading.
 *
 * The arithmetic of Xen's clock, apart from reading it (pvops/platform/xen-guest/time.c),
 * so that the host unit tests can feed it any stamp and TSC. The TSC
 * ticks since the stamp are scaled by tsc_to_system_mul / 2^32 after a
 * shift by tsc_shift, and added to the stamp's system time. A TSC that
 * Xen emulates (a PVH guest's) is Xen's system time scaled, and right
 * after an update it can read a few ticks before the stamp Xen has just
 * published; as an unsigned difference that would be a jump of centuries,
 * so a reading before the stamp counts as the stamp. Inline: it is the
 * body of sched_clock, on the hot path of every timer.
 */
#ifndef PVOPS_XEN_PVCLOCK_H
#define PVOPS_XEN_PVCLOCK_H

#include <kernel/types.h>

static inline u64 xen_pvclock_ns(u64 system_time, u64 stamp, u32 mul, s8 shift, u64 tsc)
{
	u64 delta = (s64)(tsc - stamp) < 0 ? 0 : tsc - stamp;

	if (shift < 0)
		delta >>= -shift;
	else
		delta <<= shift;
	return system_time + (u64)(((__uint128_t)delta * mul) >> 32);
}

#endif
