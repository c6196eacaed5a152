// SPDX-License-Identifier: GPL-2.0
/*
 * Page tables of a PV guest: read-only, pinned, changed by Xen.
 *
 * Xen lets a PV guest run on its own page tables only if it can vouch for
 * every entry: so a page becomes a page table by being made read-only in
 * the guest's own mappings and pinned (MMUEXT_PIN_Ln_TABLE, which makes
 * Xen validate it and keep it typed), and every later change goes through
 * mmu_update, which checks the new entry. Entries hold machine frame
 * numbers: make_pte() turns the kernel's pfn into the mfn, pte_val() turns
 * it back. Releasing a table reverses the steps (unpin, make writable).
 * In lazy MMU mode entry updates queue as one growing mmu_update in the
 * multicall buffer, so a batch of PTE writes costs one hypercall; anything
 * that must happen at once (pinning, changing a mapping's protection)
 * flushes the queue first so the order of updates is kept.
 *
 * xen_extend_direct_map() builds the rest of the kernel's direct map from
 * the tables Xen provided, which map only the first few MiB: one new L1
 * table per missing 2 MiB, filled while still writable, then made
 * read-only and hooked into Xen's (pinned) L2 with mmu_update.
 */
#define pr_fmt(fmt) "xen: " fmt

#include <kernel/mm.h>
#include <kernel/printk.h>
#include <kernel/string.h>
#include <pvops/pv_ops.h>

#include "hypercall_pv.h"
#include "multicalls.h"
#include "p2m.h"
#include "xen.h"

#define L2_SPAN (1UL << 21)

static unsigned long xen_cr3;	    /* what the kernel asked for last */
unsigned long xen_current_cr3; /* what Xen has actually loaded */

static u64 machine_address(const void *va)
{
	return (mfn_val(virt_to_mfn(va)) << PAGE_SHIFT) | ((unsigned long)va & (PAGE_SIZE - 1));
}

u64 xen_make_pte(u64 value)
{
	if (!(value & _PAGE_PRESENT))
		return value;
	return (value & ~PTE_PFN_MASK) |
	       (mfn_val(pfn_to_mfn(__pfn((value & PTE_PFN_MASK) >> PAGE_SHIFT))) << PAGE_SHIFT);
}

u64 xen_pte_val(u64 entry)
{
	if (!(entry & _PAGE_PRESENT))
		return entry;
	return (entry & ~PTE_PFN_MASK) |
	       (pfn_val(mfn_to_pfn(__mfn((entry & PTE_PFN_MASK) >> PAGE_SHIFT))) << PAGE_SHIFT);
}

/*
 * One checked entry update; queued while lazy MMU mode lasts. Returns Xen's
 * error if it was issued at once and refused; a queued one reports at the
 * end of the lazy mode.
 */
int xen_update_entry(void *entry, u64 value, const char *caller)
{
	u64 ptr = machine_address(entry) | MMU_NORMAL_PT_UPDATE;
	struct multicall_space mcs;

	if (xen_mc_direct(PVOPS_LAZY_MMU)) {
		struct mmu_update one = { .ptr = ptr, .val = value };

		return xen_mc_direct_result(__HYPERVISOR_mmu_update,
					    HYPERVISOR_mmu_update(&one, 1, NULL, DOMID_SELF), caller);
	}
	/* An upcall before the extension flushes the queue: then it is refused, and we queue. */
	if (xen_current_lazy_mode() == PVOPS_LAZY_MMU && xen_mc_extend_mmu_update(ptr, value, caller))
		return 0;
	xen_mc_batch(caller);
	mcs = xen_mc_entry(sizeof(struct mmu_update), caller);
	MULTI_mmu_update(mcs.mc, mcs.args, 1, mcs.done, DOMID_SELF);
	*(struct mmu_update *)mcs.args = (struct mmu_update){ .ptr = ptr, .val = value };
	return xen_mc_issue(PVOPS_LAZY_MMU);
}

int xen_set_pte(pte_t *ptep, u64 value)
{
	return xen_update_entry(ptep, value, "xen_set_pte");
}

int xen_set_pmd(pmd_t *pmdp, u64 value)
{
	return xen_update_entry(pmdp, value, "xen_set_pmd");
}

int xen_set_pud(pud_t *pudp, u64 value)
{
	return xen_update_entry(pudp, value, "xen_set_pud");
}

/* Remaps one page of the direct map with new flags, at once. */
static void xen_remap(const void *va, u64 flags, const char *caller)
{
	long rc;

	xen_mc_flush();
	rc = HYPERVISOR_update_va_mapping((unsigned long)va,
					  (mfn_val(virt_to_mfn(va)) << PAGE_SHIFT) | flags,
					  UVMF_INVLPG);
	if (rc)
		xen_hypercall_failed(caller, "update_va_mapping", rc);
}

static void xen_mmuext(unsigned int cmd, mfn_t mfn, const char *caller)
{
	struct mmuext_op op = { .cmd = cmd, .arg1.mfn = mfn_val(mfn) };
	long rc;

	xen_mc_flush();
	rc = HYPERVISOR_mmuext_op(&op, 1, NULL, DOMID_SELF);
	if (rc)
		xen_hypercall_failed(caller, "mmuext_op", rc);
}

void xen_alloc_table(pfn_t pfn, unsigned int pin, const char *caller)
{
	void *va = pfn_to_virt(pfn);

	xen_remap(va, PAGE_KERNEL_RO, caller);
	xen_mmuext(pin, pfn_to_mfn(pfn), caller);
}

void xen_release_table(pfn_t pfn, const char *caller)
{
	xen_mmuext(MMUEXT_UNPIN_TABLE, pfn_to_mfn(pfn), caller);
	xen_remap(pfn_to_virt(pfn), PAGE_KERNEL, caller);
}

void xen_alloc_pte(struct mm_struct *mm, pfn_t pfn)
{
	xen_alloc_table(pfn, MMUEXT_PIN_L1_TABLE, __func__);
}

void xen_alloc_pmd(struct mm_struct *mm, pfn_t pfn)
{
	xen_alloc_table(pfn, MMUEXT_PIN_L2_TABLE, __func__);
}

void xen_alloc_pud(struct mm_struct *mm, pfn_t pfn)
{
	xen_alloc_table(pfn, MMUEXT_PIN_L3_TABLE, __func__);
}

void xen_release_pte(pfn_t pfn)
{
	xen_release_table(pfn, __func__);
}

void xen_release_pmd(pfn_t pfn)
{
	xen_release_table(pfn, __func__);
}

void xen_release_pud(pfn_t pfn)
{
	xen_release_table(pfn, __func__);
}

unsigned long xen_read_cr3(void)
{
	return xen_cr3;
}

static void xen_cr3_loaded(void *cr3)
{
	xen_current_cr3 = (unsigned long)cr3;
}

/*
 * A new base pointer; queued in lazy CPU mode, so a context switch is one
 * call. read_cr3() answers what was asked for at once (the kernel's view);
 * xen_current_cr3 changes only once Xen has done it, by a multicall
 * callback or after the direct hypercall, which is what code that must
 * know the loaded tables reads.
 */
void xen_write_cr3(unsigned long cr3)
{
	struct multicall_space mcs;
	struct mmuext_op *op;

	if (xen_mc_direct(PVOPS_LAZY_CPU)) {
		struct mmuext_op one = { .cmd = MMUEXT_NEW_BASEPTR,
					 .arg1.mfn = mfn_val(pfn_to_mfn(__pfn(cr3 >> PAGE_SHIFT))) };
		/*
		 * Masked from the record to the load, as in the batch below: an
		 * upcall that switched tables in between would otherwise leave its
		 * own value in xen_cr3 and ours in Xen (the storm suite's cr3 storm).
		 */
		u8 mask = xen_mask_events();

		xen_cr3 = cr3;
		/* The slot returns nothing: a refusal stops the kernel, naming the caller. */
		XEN_MC_MUST_SUCCEED(__HYPERVISOR_mmuext_op,
				    HYPERVISOR_mmuext_op(&one, 1, NULL, DOMID_SELF));
		xen_current_cr3 = cr3;
		xen_restore_events(mask);
		return;
	}
	xen_mc_batch(__func__);
	xen_cr3 = cr3;
	mcs = xen_mc_entry(sizeof(struct mmuext_op), __func__);
	op = mcs.args;
	*op = (struct mmuext_op){
		.cmd = MMUEXT_NEW_BASEPTR,
		.arg1.mfn = mfn_val(pfn_to_mfn(__pfn(cr3 >> PAGE_SHIFT))),
	};
	MULTI_mmuext_op(mcs.mc, op, 1, NULL, DOMID_SELF);
	xen_mc_callback(xen_cr3_loaded, (void *)cr3);
	XEN_MC_MUST_SUCCEED(__HYPERVISOR_mmuext_op, xen_mc_issue(PVOPS_LAZY_CPU));
}

static u64 *table_va(u64 entry)
{
	return (u64 *)(uintptr_t)(xen_pte_val(entry) & PTE_PFN_MASK);
}

/* The entry at level (4: L4 ... 1: L1) for addr under pgd, or NULL. */
u64 *xen_find_entry(u64 *pgd, unsigned long addr, unsigned int level)
{
	u64 *table = pgd;
	unsigned int l;

	for (l = 4; l > level; l--) {
		u64 entry = table[PT_INDEX(addr, l)];

		if (!(entry & _PAGE_PRESENT) || (entry & _PAGE_PSE))
			return NULL;
		table = table_va(entry);
	}
	return &table[PT_INDEX(addr, level)];
}

/* Where the mapping Xen built for us ends: its L2 entries from 0 on. */
unsigned long xen_initial_map_end(void)
{
	u64 *l4 = (u64 *)xen_start_info->pt_base, *l2;
	unsigned long slot = 0;

	l2 = table_va(table_va(l4[0])[0]);
	while (slot < PTRS_PER_TABLE && (l2[slot] & _PAGE_PRESENT))
		slot++;
	return slot * L2_SPAN;
}

/*
 * Maps all of the domain's memory, at virtual == pseudo-physical, using
 * pages from [*next_free, limit) for the new L1 tables. Returns the end of
 * the direct map.
 */
u64 xen_extend_direct_map(unsigned long *next_free, unsigned long limit)
{
	u64 end = (u64)xen_nr_pages() << PAGE_SHIFT;
	u64 *l4 = (u64 *)xen_start_info->pt_base, *l3, *l2;
	unsigned long addr;

	xen_cr3 = xen_current_cr3 = xen_start_info->pt_base;
	if (end > PTRS_PER_TABLE * L2_SPAN)
		end = PTRS_PER_TABLE * L2_SPAN; /* one L2: the first GiB */
	if (!(l4[0] & _PAGE_PRESENT) || !(table_va(l4[0])[0] & _PAGE_PRESENT))
		panic("xen: the page tables Xen built do not map the first GiB");
	l3 = table_va(l4[0]);
	l2 = table_va(l3[0]);
	for (addr = 0; addr < end; addr += L2_SPAN) {
		u64 *l1 = (u64 *)*next_free;
		unsigned int i;

		if (l2[addr / L2_SPAN] & _PAGE_PRESENT)
			continue; /* mapped by Xen */
		if (*next_free + PAGE_SIZE > limit)
			panic("xen: no room for the direct map's page tables below %#lx", limit);
		*next_free += PAGE_SIZE;
		for (i = 0; i < PTRS_PER_TABLE; i++) {
			u64 pa = addr + (u64)i * PAGE_SIZE;

			l1[i] = pa < end ? xen_make_pte(pa | PAGE_KERNEL) : 0;
		}
		xen_remap(l1, PAGE_KERNEL_RO, __func__);
		if (xen_set_pmd((pmd_t *)&l2[addr / L2_SPAN],
				xen_make_pte((uintptr_t)l1 | PAGE_TABLE)))
			panic("xen: Xen refused the direct map's L1 table for %#lx", addr);
	}
	xen_mc_flush();
	return end;
}
