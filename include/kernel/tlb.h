/* SPDX-License-Identifier: GPL-2.0 */
/*
 * TLB shootdown (kernel/tlb.c): a change to an address space's entries
 * flushed on every CPU that has the address space loaded, before the
 * change is reported done.
 */
#ifndef KERNEL_TLB_H
#define KERNEL_TLB_H

#include <kernel/mm.h>
#include <pvops/ops.h>

/* The end of a range that is all of an address space's user translations. */
#define TLB_FLUSH_ALL (~0UL)

/* This CPU's flush of [start, end): one page as that page, more as all user translations. */
static inline void flush_tlb_local(unsigned long start, unsigned long end)
{
	if (end - start == PAGE_SIZE)
		flush_tlb_one_user(start);
	else
		flush_tlb_user();
}

/*
 * Whether [start, end) lies under the kernel's tables that every address
 * space shares, so that any CPU may cache it whatever it runs on: all of
 * init_mm, and a range (within one top-level slot) of a slot mm does not
 * own; another address space's whole-mm flush is of its own translations.
 */
static inline bool tlb_range_shared(const struct mm_struct *mm, unsigned long start,
				    unsigned long end)
{
	return mm == &init_mm || (end != TLB_FLUSH_ALL && !mm_owns_slot(mm, start));
}

void flush_tlb_mm_range_smp(struct mm_struct *mm, unsigned long start, unsigned long end);

/*
 * After entries of mm in [start, end) changed: flush them here if mm is
 * loaded here, and on every other CPU in mm's mask through
 * smp.flush_tlb_multi, returning once each has. Interrupts may be off
 * here; the CPUs reached must take IPIs (kernel/smp.c). Until an AP is
 * online (the boot CPU is CPU 0) nothing else can hold a translation, and
 * the flush is what it was on one CPU: the test of mm, the flush, and for
 * another address space's change the test of the shared tables.
 */
static inline void flush_tlb_mm_range(struct mm_struct *mm, unsigned long start,
				      unsigned long end)
{
	if (READ_ONCE(cpus_online.bits) != CPUMASK_OF(0).bits)
		flush_tlb_mm_range_smp(mm, start, end);
	else if (mm == current_mm() || tlb_range_shared(mm, start, end))
		flush_tlb_local(start, end);
}

/* Every user translation of mm (a range with nothing to keep live across the change). */
static inline void flush_tlb_mm(struct mm_struct *mm)
{
	flush_tlb_mm_range(mm, 0, TLB_FLUSH_ALL);
}

/*
 * smp.flush_tlb_multi for hardware that shoots down by IPI (native): a
 * waiting cross call to mask whose handler flushes info's range.
 */
void tlb_flush_multi_by_ipi(const struct cpumask *mask, const struct flush_tlb_info *info);

#endif
