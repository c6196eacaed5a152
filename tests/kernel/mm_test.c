// SPDX-License-Identifier: GPL-2.0
/*
 * Memory suite: the page allocator and the page-table API, the same on
 * every backend. Each case returns every page it took and checks the
 * allocator's count to prove it, since a page-table layer that leaks a
 * table per mapping works perfectly until memory runs out. Faults after
 * unmapping and on writes to read-only mappings are provoked for real and
 * recovered through the fixup table, with the address and access checked.
 */
#include <kernel/errno.h>
#include <kernel/extable.h>
#include <kernel/ktest.h>
#include <kernel/mm.h>
#include <kernel/string.h>
#include <kernel/traps.h>
#include <pvops/ops.h>

#include "probe.h"

/* Above every direct map (1 GiB at most) and below the top-level slot 1. */
#define WINDOW 0x80000000UL
/* In top-level slot 1, which a new address space owns rather than shares. */
#define MM_WINDOW 0x8000000000UL
#define PF_PRESENT 0x1
#define PF_WRITE 0x2
#define STRESS_CYCLES 10000

static void allocator_hands_out_distinct_pages(struct ktest *t)
{
	unsigned long free = page_alloc_free_pages();
	pfn_t pfns[16];
	unsigned int i, j;

	KTEST_EXPECT_GT(t, page_alloc_total_pages(), 1000);
	for (i = 0; i < 16; i++) {
		KTEST_ASSERT_TRUE(t, page_alloc(&pfns[i]));
		*(u64 *)pfn_to_virt(pfns[i]) = 0x1000 + i; /* reachable through the direct map */
		for (j = 0; j < i; j++)
			KTEST_EXPECT_NE(t, pfn_val(pfns[i]), pfn_val(pfns[j]));
	}
	KTEST_EXPECT_EQ(t, page_alloc_free_pages(), free - 16);
	for (i = 0; i < 16; i++) {
		KTEST_EXPECT_EQ(t, *(u64 *)pfn_to_virt(pfns[i]), 0x1000 + i);
		page_free(pfns[i]);
	}
	KTEST_EXPECT_EQ(t, page_alloc_free_pages(), free);
}

static void map_write_read_unmap(struct ktest *t)
{
	u64 value = 0;
	pfn_t pfn;

	KTEST_ASSERT_TRUE(t, page_alloc(&pfn));
	*(u64 *)pfn_to_virt(pfn) = 0x5eed;
	KTEST_ASSERT_EQ(t, map_page(current_mm(), WINDOW, pfn, PAGE_KERNEL), 0);
	KTEST_EXPECT_TRUE(t, probe_read(WINDOW, &value));
	KTEST_EXPECT_UEQ(t, value, 0x5eed);
	KTEST_EXPECT_TRUE(t, probe_write(WINDOW + 8, 0xabcd));
	KTEST_EXPECT_UEQ(t, ((u64 *)pfn_to_virt(pfn))[1], 0xabcd); /* same page */
	KTEST_EXPECT_UEQ(t, lookup_page(current_mm(), WINDOW) & PTE_PFN_MASK,
			 pfn_val(pfn) << PAGE_SHIFT);
	KTEST_ASSERT_EQ(t, unmap_page(current_mm(), WINDOW), 0);
	KTEST_EXPECT_FALSE(t, probe_read(WINDOW, &value));
	KTEST_EXPECT_EQ(t, last_fixup.vector, X86_TRAP_PF);
	KTEST_EXPECT_UEQ(t, last_fixup.cr2, WINDOW);
	KTEST_EXPECT_EQ(t, last_fixup.error & PF_PRESENT, 0);
	KTEST_EXPECT_EQ(t, unmap_page(current_mm(), WINDOW), -2); /* -ENOENT: already gone */
	page_free(pfn);
}

static void read_only_mapping_faults_on_write(struct ktest *t)
{
	u64 value = 0;
	pfn_t pfn;

	KTEST_ASSERT_TRUE(t, page_alloc(&pfn));
	*(u64 *)pfn_to_virt(pfn) = 77;
	KTEST_ASSERT_EQ(t, map_page(current_mm(), WINDOW, pfn, PAGE_KERNEL), 0);
	KTEST_ASSERT_EQ(t, protect_page(current_mm(), WINDOW, PAGE_KERNEL_RO), 0);
	KTEST_EXPECT_TRUE(t, probe_read(WINDOW, &value));
	KTEST_EXPECT_UEQ(t, value, 77);
	KTEST_EXPECT_FALSE(t, probe_write(WINDOW, 78));
	KTEST_EXPECT_EQ(t, last_fixup.vector, X86_TRAP_PF);
	KTEST_EXPECT_UEQ(t, last_fixup.cr2, WINDOW);
	KTEST_EXPECT_EQ(t, last_fixup.error & (PF_PRESENT | PF_WRITE), PF_PRESENT | PF_WRITE);
	KTEST_EXPECT_UEQ(t, *(u64 *)pfn_to_virt(pfn), 77);
	KTEST_EXPECT_EQ(t, unmap_page(current_mm(), WINDOW), 0);
	page_free(pfn);
}

static void bad_addresses_are_refused(struct ktest *t)
{
	pfn_t pfn = __pfn(0x100);

	KTEST_EXPECT_EQ(t, map_page(current_mm(), WINDOW + 1, pfn, PAGE_KERNEL), -22);
	KTEST_EXPECT_EQ(t, map_page(current_mm(), 0x200000, pfn, PAGE_KERNEL), -22);
	KTEST_EXPECT_EQ(t, map_page(current_mm(), 1UL << 47, pfn, PAGE_KERNEL), -22);
}

/* Refused, not replaced: the old translation would linger in the TLB. */
static void mapping_over_a_live_page_is_refused(struct ktest *t)
{
	unsigned long free;
	u64 value = 0;
	pfn_t a, b;

	KTEST_ASSERT_TRUE(t, page_alloc(&a));
	KTEST_ASSERT_TRUE(t, page_alloc(&b));
	*(u64 *)pfn_to_virt(a) = 0xaaaa;
	*(u64 *)pfn_to_virt(b) = 0xbbbb;
	KTEST_ASSERT_EQ(t, map_page(current_mm(), WINDOW, a, PAGE_KERNEL), 0);
	free = page_alloc_free_pages();
	KTEST_EXPECT_TRUE(t, probe_read(WINDOW, &value)); /* the translation is cached */
	KTEST_EXPECT_EQ(t, map_page(current_mm(), WINDOW, b, PAGE_KERNEL), -EEXIST);
	KTEST_EXPECT_UEQ(t, lookup_page(current_mm(), WINDOW) & PTE_PFN_MASK,
			 pfn_val(a) << PAGE_SHIFT);
	KTEST_EXPECT_TRUE(t, probe_read(WINDOW, &value));
	KTEST_EXPECT_UEQ(t, value, 0xaaaa);
	KTEST_EXPECT_EQ(t, page_alloc_free_pages(), free);
	KTEST_EXPECT_EQ(t, unmap_page(current_mm(), WINDOW), 0);
	KTEST_EXPECT_EQ(t, map_page(current_mm(), WINDOW, b, PAGE_KERNEL), 0); /* free again */
	KTEST_EXPECT_TRUE(t, probe_read(WINDOW, &value));
	KTEST_EXPECT_UEQ(t, value, 0xbbbb);
	KTEST_EXPECT_EQ(t, unmap_page(current_mm(), WINDOW), 0);
	page_free(a);
	page_free(b);
}

static void frame_beyond_ram_is_refused(struct ktest *t)
{
	unsigned long frames = boot_info->ram_bytes >> PAGE_SHIFT;
	unsigned int i;

	for (i = 0; i < boot_info->nr_mem_regions; i++) {
		const struct boot_mem_region *r = &boot_info->mem_regions[i];

		if ((r->base + r->size) >> PAGE_SHIFT > frames)
			frames = (r->base + r->size) >> PAGE_SHIFT;
	}
	KTEST_EXPECT_EQ(t, map_page(current_mm(), WINDOW, __pfn(frames), PAGE_KERNEL), -ERANGE);
	KTEST_EXPECT_EQ(t, map_page(current_mm(), WINDOW, __pfn(~0UL >> PAGE_SHIFT), PAGE_KERNEL),
			-ERANGE);
	KTEST_EXPECT_UEQ(t, lookup_page(current_mm(), WINDOW), 0);
	/* The last frame of RAM is still fine. */
	KTEST_EXPECT_EQ(t, map_page(current_mm(), WINDOW, __pfn(frames - 1), PAGE_KERNEL_RO), 0);
	KTEST_EXPECT_EQ(t, unmap_page(current_mm(), WINDOW), 0);
}

static void stress_returns_every_page(struct ktest *t)
{
	unsigned long free, i, bad = 0;
	pfn_t pfn;

	/* Warm up once: the window's page tables stay, owned by the kernel. */
	KTEST_ASSERT_TRUE(t, page_alloc(&pfn));
	KTEST_ASSERT_EQ(t, map_page(current_mm(), WINDOW, pfn, PAGE_KERNEL), 0);
	KTEST_ASSERT_EQ(t, unmap_page(current_mm(), WINDOW), 0);
	page_free(pfn);
	free = page_alloc_free_pages();
	for (i = 0; i < STRESS_CYCLES; i++) {
		unsigned long addr = WINDOW + (i % 8) * PAGE_SIZE;
		u64 value = 0;

		if (!page_alloc(&pfn) || map_page(current_mm(), addr, pfn, PAGE_KERNEL) ||
		    !probe_write(addr, i) || !probe_read(addr, &value) || value != i ||
		    unmap_page(current_mm(), addr)) {
			bad++;
			break;
		}
		page_free(pfn);
	}
	KTEST_EXPECT_EQ(t, bad, 0);
	KTEST_EXPECT_EQ(t, i, STRESS_CYCLES);
	KTEST_EXPECT_EQ(t, page_alloc_free_pages(), free);
}

static void lazy_batch_maps_all_pages(struct ktest *t)
{
	pfn_t pfns[64];
	unsigned int i;
	u64 value;

	for (i = 0; i < 64; i++) {
		KTEST_ASSERT_TRUE(t, page_alloc(&pfns[i]));
		*(u64 *)pfn_to_virt(pfns[i]) = i * 3;
	}
	/* Create the tables, then rewrite all 64 entries in one lazy batch. */
	KTEST_ASSERT_EQ(t, map_page(current_mm(), WINDOW, pfns[0], PAGE_KERNEL), 0);
	arch_enter_lazy_mode(PVOPS_LAZY_MMU);
	for (i = 0; i < 64; i++) {
		pte_t *pte = lookup_pte(current_mm(), WINDOW + i * PAGE_SIZE);

		set_pte(pte, (pte_t){ make_pte((pfn_val(pfns[i]) << PAGE_SHIFT) | PAGE_KERNEL) });
	}
	arch_leave_lazy_mode(PVOPS_LAZY_MMU);
	for (i = 0; i < 64; i++) {
		KTEST_EXPECT_TRUE(t, probe_read(WINDOW + i * PAGE_SIZE, &value));
		KTEST_EXPECT_UEQ(t, value, i * 3);
		KTEST_EXPECT_EQ(t, unmap_page(current_mm(), WINDOW + i * PAGE_SIZE), 0);
		page_free(pfns[i]);
	}
}

static void new_address_space_is_separate(struct ktest *t)
{
	unsigned long free = page_alloc_free_pages();
	struct mm_struct *mm, *prev = current_mm();
	u64 value = 0;
	pfn_t pfn;

	KTEST_ASSERT_TRUE(t, page_alloc(&pfn));
	*(u64 *)pfn_to_virt(pfn) = 0xa5a5;
	mm = mm_create();
	KTEST_ASSERT_TRUE(t, mm != NULL);
	KTEST_ASSERT_EQ(t, map_page(mm, MM_WINDOW, pfn, PAGE_KERNEL), 0);
	KTEST_EXPECT_UEQ(t, lookup_page(current_mm(), MM_WINDOW), 0); /* not in the kernel's */
	switch_mm(prev, mm);
	KTEST_EXPECT_TRUE(t, probe_read(MM_WINDOW, &value));
	KTEST_EXPECT_UEQ(t, value, 0xa5a5);
	switch_mm(mm, prev);
	KTEST_EXPECT_FALSE(t, probe_read(MM_WINDOW, &value));
	mm_destroy(mm);
	page_free(pfn);
	KTEST_EXPECT_EQ(t, page_alloc_free_pages(), free);
}

/* No pfn: the end of a hog's chain. */
#define HOG_END (~0UL)
/* In slot 0 but above every direct map's L3 entry: the kernel's tables stop above it. */
#define KERNEL_HOLE 0x4000000000UL

/*
 * Takes free pages until only keep are left; they are chained through
 * their own first word, so the hog needs no memory of its own.
 */
static unsigned long hog_all_but(unsigned long keep)
{
	unsigned long head = HOG_END;
	pfn_t pfn;

	while (page_alloc_free_pages() > keep && page_alloc(&pfn)) {
		*(unsigned long *)pfn_to_virt(pfn) = head;
		head = pfn_val(pfn);
	}
	return head;
}

static void hog_free(unsigned long head)
{
	while (head != HOG_END) {
		unsigned long next = *(unsigned long *)pfn_to_virt(__pfn(head));

		page_free(__pfn(head));
		head = next;
	}
}

/*
 * map_page() at an address with no tables below its top-level entry, with
 * the allocator left keep pages: with fewer than the tables it needs it
 * fails, and every table it had made is back (free count, the address
 * space's table count, the walk finding no table where it found none).
 */
static void map_page_with_pages_left(struct ktest *t, struct mm_struct *mm, unsigned long addr,
				     unsigned long keep, int expect)
{
	unsigned long tables = mm->table_pages, hole = mm_hole_end(mm, addr), free_left, head;
	unsigned long free = page_alloc_free_pages();
	int err;
	pfn_t pfn;

	KTEST_ASSERT_TRUE(t, page_alloc(&pfn));
	head = hog_all_but(keep);
	err = map_page(mm, addr, pfn, PAGE_KERNEL);
	free_left = page_alloc_free_pages();
	hog_free(head);
	KTEST_EXPECT_EQ(t, err, expect);
	if (!err) {
		KTEST_EXPECT_EQ(t, unmap_page(mm, addr), 0);
		page_free(pfn);
		return;
	}
	KTEST_EXPECT_UEQ(t, free_left, keep);
	KTEST_EXPECT_UEQ(t, mm->table_pages, tables);
	KTEST_EXPECT_UEQ(t, mm_hole_end(mm, addr), hole);
	KTEST_EXPECT_UEQ(t, lookup_page(mm, addr), 0);
	page_free(pfn);
	KTEST_EXPECT_UEQ(t, page_alloc_free_pages(), free);
}

static void failed_map_page_returns_its_tables(struct ktest *t)
{
	unsigned long free = page_alloc_free_pages(), keep;
	struct mm_struct *mm = mm_create();

	KTEST_ASSERT_TRUE(t, mm != NULL);
	/* A new address space's slot 1 has no tables: L3, L2 and L1 to make. */
	KTEST_ASSERT_TRUE(t, mm_hole_end(mm, MM_WINDOW) == MM_WINDOW + (1UL << PT_LEVEL_SHIFT(4)));
	for (keep = 0; keep < 3; keep++)
		map_page_with_pages_left(t, mm, MM_WINDOW, keep, -ENOMEM);
	map_page_with_pages_left(t, mm, MM_WINDOW, 3, 0);
	mm_destroy(mm);
	KTEST_EXPECT_UEQ(t, page_alloc_free_pages(), free);
	/* The kernel's own, which is never torn down: L2 and L1 to make. */
	KTEST_ASSERT_TRUE(t, mm_hole_end(current_mm(), KERNEL_HOLE) ==
				     KERNEL_HOLE + (1UL << PT_LEVEL_SHIFT(3)));
	for (keep = 0; keep < 2; keep++)
		map_page_with_pages_left(t, current_mm(), KERNEL_HOLE, keep, -ENOMEM);
}

static const struct ktest_case mm_cases[] = {
	KTEST_CASE(allocator_hands_out_distinct_pages),
	KTEST_CASE(map_write_read_unmap),
	KTEST_CASE(read_only_mapping_faults_on_write),
	KTEST_CASE(bad_addresses_are_refused),
	KTEST_CASE(mapping_over_a_live_page_is_refused),
	KTEST_CASE(frame_beyond_ram_is_refused),
	KTEST_CASE(stress_returns_every_page),
	KTEST_CASE(lazy_batch_maps_all_pages),
	KTEST_CASE(new_address_space_is_separate),
	KTEST_CASE(failed_map_page_returns_its_tables),
};
KTEST_SUITE(mm, "mm", mm_cases);
