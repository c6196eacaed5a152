// SPDX-License-Identifier: GPL-2.0
/*
 * TLB shootdown: an entry changed on one CPU may still be cached in the
 * TLB of every other CPU that has the address space loaded, and the change
 * is not done until none of them can use the old translation.
 *
 * The mask of an address space is kept by switch_mm() (kernel/pgtable.c).
 * A change under a top-level slot the address space does not own (the
 * kernel's tables, which every address space shares, as all of init_mm's
 * are) may be cached by any CPU, so it goes to every CPU online.
 * The changer writes the entry, then a full barrier, then reads the mask:
 * with switch_mm()'s locked set before its CR3 load, a CPU it does not see
 * in the mask loads the table only after the new entry is visible. This
 * CPU flushes itself through the inline slots, the others are the
 * backend's (smp.flush_tlb_multi): natively a waiting cross call whose
 * handler flushes, as Linux's native_flush_tlb_multi(); under a hypervisor
 * one hypercall that flushes other vCPUs without waking them, which is why
 * it is a slot. With one CPU online nothing of this runs: the inline
 * flush_tlb_mm_range() tests that first and flushes as a uniprocessor
 * kernel would, so one CPU pays one test for SMP.
 */
#define pr_fmt(fmt) "tlb: " fmt

#include <kernel/printk.h>
#include <kernel/smp.h>
#include <kernel/tlb.h>
#include <pvops/ops.h>

void flush_tlb_mm_range_smp(struct mm_struct *mm, unsigned long start, unsigned long end)
{
	bool shared = tlb_range_shared(mm, start, end);
	const struct flush_tlb_info info = { .mm = mm, .start = start, .end = end };
	unsigned long here = 1UL << smp_processor_id(), loaded;
	struct cpumask others;

	__atomic_thread_fence(__ATOMIC_SEQ_CST); /* the entries, then the mask */
	loaded = shared ? READ_ONCE(cpus_online.bits) : READ_ONCE(mm->cpus.bits);
	if (loaded & here)
		flush_tlb_local(start, end);
	/* An AP joins its first mask before it is online; it has cached nothing yet. */
	others.bits = loaded & ~here & READ_ONCE(cpus_online.bits);
	if (others.bits)
		flush_tlb_multi(&others, &info);
}

static void tlb_flush_ipi(void *arg)
{
	const struct flush_tlb_info *info = arg;

	/*
	 * The CPU was in the mask when it was read, or the range is shared:
	 * flush whatever is loaded, rather than trust current_mm(), which a
	 * switch_mm() under way stores only after its CR3 load. A flush it
	 * did not need costs only refills.
	 */
	flush_tlb_local(info->start, info->end);
}

void tlb_flush_multi_by_ipi(const struct cpumask *mask, const struct flush_tlb_info *info)
{
	int err = smp_call_function_many(mask, tlb_flush_ipi, (void *)info, true);

	if (err)
		panic("tlb: the shootdown to CPUs %#lx was refused (error %d)", mask->bits, err);
}
