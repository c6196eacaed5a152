/* SPDX-License-Identifier: GPL-2.0 */
/*
 * TLB shootdown (kernel/tlb.c): a change to an address space's entries
 * flushed on every CPU that has the address space loaded, before the
 * change is reported done.
 */
#ifndef KERNEL_TLB_H
#define KERNEL_TLB_H

#include <kernel/mm.h>

/*
 * After entries of mm in [start, end) changed: flush them here if mm is
 * loaded here, and on every other CPU in mm's mask through
 * smp.flush_tlb_multi, returning once each has. One page is flushed as
 * that page, a longer range as all of mm's user translations. Interrupts
 * may be off here; the CPUs reached must take IPIs (kernel/smp.c).
 */
void flush_tlb_mm_range(struct mm_struct *mm, unsigned long start, unsigned long end);

/*
 * smp.flush_tlb_multi for hardware that shoots down by IPI (native): a
 * waiting cross call to mask whose handler flushes info's range where
 * info's mm is still loaded.
 */
void tlb_flush_multi_by_ipi(const struct cpumask *mask, const struct flush_tlb_info *info);

#endif
