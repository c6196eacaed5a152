// SPDX-License-Identifier: GPL-2.0
/*
 * Ops suite: the generic operations behave the same through every backend,
 * patched or not, and with pv_ops compiled out. These are the cheap,
 * always-safe checks (the interrupt flag and its nesting, CR3, CPUID, the
 * clock, TLB flushes); they are also what gives the patcher real call
 * sites to rewrite in every build.
 */
#include <kernel/bootinfo.h>
#include <kernel/ktest.h>
#include <kernel/mm.h>
#include <kernel/string.h>
#include <pvops/backend.h>
#include <pvops/ops.h>

static void irq_flag_follows_disable_enable(struct ktest *t)
{
	unsigned long saved = local_save_flags();

	local_irq_disable();
	KTEST_EXPECT_TRUE(t, irqs_disabled());
	local_irq_enable();
	KTEST_EXPECT_FALSE(t, irqs_disabled());
	local_irq_disable();
	KTEST_EXPECT_TRUE(t, irqs_disabled());
	local_irq_restore(saved);
}

static void irq_save_restore_nests(struct ktest *t)
{
	unsigned long outer, inner, saved = local_save_flags();

	local_irq_enable();
	local_irq_save(outer);
	KTEST_EXPECT_TRUE(t, outer & X86_EFLAGS_IF);
	KTEST_EXPECT_TRUE(t, irqs_disabled());
	local_irq_save(inner);
	KTEST_EXPECT_FALSE(t, inner & X86_EFLAGS_IF);
	local_irq_restore(inner);
	KTEST_EXPECT_TRUE(t, irqs_disabled());
	local_irq_restore(outer);
	KTEST_EXPECT_FALSE(t, irqs_disabled());
	local_irq_restore(saved);
	KTEST_EXPECT_EQ(t, local_save_flags() & X86_EFLAGS_IF, saved & X86_EFLAGS_IF);
}

static void cr3_points_into_ram(struct ktest *t)
{
	unsigned long cr3 = read_cr3() & PTE_PFN_MASK;
	unsigned int i;
	bool in_ram = false;

	KTEST_EXPECT_NE(t, cr3, 0);
	for (i = 0; i < boot_info->nr_mem_regions; i++) {
		const struct boot_mem_region *r = &boot_info->mem_regions[i];

		if (cr3 >= r->base && cr3 + PAGE_SIZE <= r->base + r->size)
			in_ram = true;
	}
	KTEST_EXPECT_TRUE(t, in_ram);
}

/* Physical address of va by a walk of the tables cr3 names; 0 if unmapped. */
static u64 walk_from_cr3(unsigned long cr3, unsigned long va)
{
	u64 *table = (u64 *)(uintptr_t)(cr3 & PTE_PFN_MASK);
	unsigned int level;

	for (level = 4; level >= 1; level--) {
		unsigned int shift = PT_LEVEL_SHIFT(level);
		u64 entry = pte_val(READ_ONCE(table[PT_INDEX(va, level)]));
		u64 span = 1ULL << shift;

		if (!(entry & _PAGE_PRESENT))
			return 0;
		if (level == 1 || (entry & _PAGE_PSE))
			return ((entry & PTE_PFN_MASK) & ~(span - 1)) | (va & (span - 1));
		table = (u64 *)(uintptr_t)(entry & PTE_PFN_MASK);
	}
	return 0;
}

/*
 * read_cr3() names the tables in use: walked, they translate the kernel's
 * own data (virtual equal to physical) to itself; and after a switch to an
 * address space the kernel built, it names that one's top-level table.
 */
static void cr3_names_the_tables_in_use(struct ktest *t)
{
	static u64 marker;
	struct mm_struct *prev = current_mm(), *mm = mm_create();

	KTEST_EXPECT_UEQ(t, walk_from_cr3(read_cr3(), (unsigned long)&marker),
			 (unsigned long)&marker);
	KTEST_ASSERT_TRUE(t, mm);
	switch_mm(prev, mm);
	KTEST_EXPECT_UEQ(t, read_cr3() & PTE_PFN_MASK, pfn_val(mm->pgd_pfn) << PAGE_SHIFT);
	KTEST_EXPECT_UEQ(t, walk_from_cr3(read_cr3(), (unsigned long)&marker),
			 (unsigned long)&marker);
	switch_mm(mm, prev);
	KTEST_EXPECT_UEQ(t, read_cr3() & PTE_PFN_MASK, pfn_val(prev->pgd_pfn) << PAGE_SHIFT);
	mm_destroy(mm);
}

static void cpuid_vendor_is_sane(struct ktest *t)
{
	u32 eax, ebx, ecx, edx, family;
	char vendor[13];
	unsigned int i;

	cpuid(0, &eax, &ebx, &ecx, &edx);
	KTEST_EXPECT_GE(t, eax, 1);
	memcpy(vendor, &ebx, 4);
	memcpy(vendor + 4, &edx, 4);
	memcpy(vendor + 8, &ecx, 4);
	vendor[12] = '\0';
	for (i = 0; i < 12; i++)
		KTEST_EXPECT_TRUE(t, vendor[i] >= 0x20 && vendor[i] < 0x7f);
	cpuid(1, &eax, &ebx, &ecx, &edx);
	family = (eax >> 8) & 0xf;
	if (family == 0xf)
		family += (eax >> 20) & 0xff;
	KTEST_EXPECT_GE(t, family, 6);
}

/*
 * On a hypervisor, CPUID says so and names it in the hypervisor leaves; which
 * name is the business of that backend's own suite (xen_test.c).
 */
#define CPUID_HYPERVISOR_LEAF 0x40000000
#define CPUID_1_ECX_HYPERVISOR (1U << 31)

static void cpuid_hypervisor_leaves(struct ktest *t)
{
	u32 eax, ebx, ecx, edx;
	char sig[13];
	unsigned int i;

	if (!(pv_info.flags & PV_INFO_HYPERVISOR)) {
		ktest_skip(t, "not on a hypervisor");
		return;
	}
	cpuid(CPUID_HYPERVISOR_LEAF, &eax, &ebx, &ecx, &edx);
	memcpy(sig, &ebx, 4);
	memcpy(sig + 4, &ecx, 4);
	memcpy(sig + 8, &edx, 4);
	for (i = 0; i < 12; i++)
		KTEST_EXPECT_TRUE(t, sig[i] >= 0x20 && sig[i] < 0x7f);
	KTEST_EXPECT_GT(t, eax, CPUID_HYPERVISOR_LEAF);
	cpuid(1, &eax, &ebx, &ecx, &edx);
	KTEST_EXPECT_TRUE(t, ecx & CPUID_1_ECX_HYPERVISOR);
}

static void sched_clock_is_monotonic(struct ktest *t)
{
	u64 prev = sched_clock(), now;
	unsigned int i;

	for (i = 0; i < 1000; i++) {
		now = sched_clock();
		KTEST_ASSERT_TRUE(t, now >= prev);
		prev = now;
	}
	KTEST_EXPECT_GT(t, clock_khz(), 0);
}

/* Above every direct map (1 GiB at most), apart from the memory suite's windows. */
#define TLB_WINDOW 0xc0000000UL
#define MARK_A 0xaaaa
#define MARK_B 0xbbbb

enum tlb_flush { FLUSH_ONE_USER, FLUSH_USER, FLUSH_KERNEL, NR_TLB_FLUSHES };

static void tlb_flush(enum tlb_flush which)
{
	switch (which) {
	case FLUSH_ONE_USER:
		flush_tlb_one_user(TLB_WINDOW);
		break;
	case FLUSH_USER:
		flush_tlb_user();
		break;
	default:
		flush_tlb_kernel();
	}
}

/*
 * A flush must drop a stale translation. Map page A and read through the
 * mapping, so the TLB holds it; point the entry at page B without a flush;
 * the TLB still answers A (emulated and real hardware alike do not snoop
 * page-table writes); flush; the read must now reach B. Where the stale
 * entry is already gone before the flush, that flush cannot be judged, and
 * the case says so rather than pass.
 */
static void tlb_flush_drops_stale_translation(struct ktest *t)
{
	volatile u64 *window = (volatile u64 *)TLB_WINDOW;
	unsigned int which, judged = 0;
	pfn_t a, b;

	KTEST_ASSERT_TRUE(t, page_alloc(&a));
	KTEST_ASSERT_TRUE(t, page_alloc(&b));
	*(u64 *)pfn_to_virt(a) = MARK_A;
	*(u64 *)pfn_to_virt(b) = MARK_B;
	for (which = 0; which < NR_TLB_FLUSHES; which++) {
		pte_t *pte;

		KTEST_ASSERT_EQ(t, map_page(current_mm(), TLB_WINDOW, a, PAGE_KERNEL), 0);
		KTEST_EXPECT_UEQ(t, *window, MARK_A);
		pte = lookup_pte(current_mm(), TLB_WINDOW);
		KTEST_ASSERT_TRUE(t, pte);
		KTEST_EXPECT_EQ(t, set_pte(pte, (pte_t){ make_pte((pfn_val(b) << PAGE_SHIFT) |
							       PAGE_KERNEL) }), 0);
		if (*window == MARK_A) {
			judged++;
			tlb_flush(which);
			KTEST_EXPECT_UEQ(t, *window, MARK_B);
		}
		KTEST_EXPECT_EQ(t, unmap_page(current_mm(), TLB_WINDOW), 0);
	}
	page_free(a);
	page_free(b);
	if (judged < NR_TLB_FLUSHES)
		ktest_skip(t, "the TLB dropped the stale entry unflushed for %u of %u flushes",
			   NR_TLB_FLUSHES - judged, NR_TLB_FLUSHES);
}

static const struct ktest_case ops_cases[] = {
	KTEST_CASE(irq_flag_follows_disable_enable),
	KTEST_CASE(irq_save_restore_nests),
	KTEST_CASE(cr3_points_into_ram),
	KTEST_CASE(cr3_names_the_tables_in_use),
	KTEST_CASE(cpuid_vendor_is_sane),
	KTEST_CASE(cpuid_hypervisor_leaves),
	KTEST_CASE(sched_clock_is_monotonic),
	KTEST_CASE(tlb_flush_drops_stale_translation),
};
KTEST_SUITE(ops, "ops", ops_cases);
