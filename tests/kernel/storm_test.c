// SPDX-License-Identifier: GPL-2.0
/*
 * Storm suite: page-table updates while interrupts keep arriving, on every
 * backend.
 *
 * A backend that batches updates (Xen's multicall buffer) has state that an
 * interrupt handler also touches: the upcall flushes the buffer on entry.
 * An interrupt that lands while an entry is half built issues it half
 * built, so the only test that finds such a window is one where interrupts
 * arrive at arbitrary instructions: a timer that re-arms itself from its
 * own expiry hook keeps one pending at all times, while map/read/unmap
 * cycles run with interrupts enabled, some of them inside a
 * local_irq_save()/local_irq_restore() pair. Everything is counted, and
 * each count is checked, so a lost update shows as a number, not as a
 * crash somewhere later. The delay is short enough that many ticks land
 * inside the cycles, long enough that the loop still makes progress under
 * emulation. A second storm switches page tables: the tick reloads the
 * kernel's own, as a TLB-shootdown IPI leaving a lazy mm would, while the
 * loop alternates between those and an address space mapping one page the
 * kernel's does not. read_cr3() must always name the tables in use, which
 * the loop checks with interrupts off by reading that page: a backend that
 * records the new value outside the section where it loads it lets the
 * tick's switch overwrite the record but not the load.
 */
#include <kernel/ktest.h>
#include <kernel/mm.h>
#include <kernel/printk.h>
#include <kernel/timer.h>
#include <pvops/ops.h>

#include "probe.h"

/* Above every direct map and apart from the other suites' windows. */
#define STORM_WINDOW 0x90000000UL
#define STORM_PAGES 8
#define STORM_CYCLES 20000
#define STORM_DELAY_NS 20000ULL
/* Every this many cycles, the map runs inside local_irq_save()/restore(). */
#define STORM_SAVE_EVERY 4
#define STORM_DRAIN_NS 1000000000ULL
/* A top-level slot the kernel's tables leave empty, so the new address space owns it. */
#define STORM_MM_WINDOW 0x18000000000UL
#define STORM_CR3_CYCLES 30000

static volatile bool storm_on;
/* What the tick loads, while the cr3 storm runs; 0 otherwise. */
static volatile unsigned long storm_home_cr3;

static void storm_rearm(void)
{
	if (storm_home_cr3)
		write_cr3(storm_home_cr3);
	if (storm_on)
		timer_arm(STORM_DELAY_NS);
}

struct storm_counts {
	unsigned long map_errors, bad_reads, unmap_errors, saved, flags_lost;
};

static void storm_cycle(unsigned long i, pfn_t pfn, struct storm_counts *c)
{
	unsigned long addr = STORM_WINDOW + (i % STORM_PAGES) * PAGE_SIZE, flags = 0;
	bool save = i % STORM_SAVE_EVERY == 0;
	u64 value = 0;
	int err;

	*(volatile u64 *)pfn_to_virt(pfn) = i;
	if (save) {
		local_irq_save(flags);
		c->saved++;
	}
	err = map_page(current_mm, addr, pfn, PAGE_KERNEL);
	if (save) {
		if (!irqs_disabled())
			c->flags_lost++;
		local_irq_restore(flags);
	}
	if (err)
		c->map_errors++;
	else if (!probe_read(addr, &value) || value != i)
		c->bad_reads++;
	if (unmap_page(current_mm, addr))
		c->unmap_errors++;
}

/* Stop re-arming, then wait for the one tick still armed, so no other suite sees it. */
static bool storm_drain(void)
{
	unsigned long ticks;
	u64 deadline;

	local_irq_disable();
	storm_on = false;
	ticks = timer_stats.ticks;
	local_irq_enable();
	deadline = sched_clock() + STORM_DRAIN_NS;
	while (timer_stats.ticks == ticks && sched_clock() < deadline)
		;
	timer_set_expiry_hook(NULL);
	return timer_stats.ticks != ticks;
}

static void storm_start(unsigned long *flags, unsigned long *ticks)
{
	local_irq_save(*flags);
	*ticks = timer_stats.ticks;
	timer_set_expiry_hook(storm_rearm);
	storm_on = true;
	timer_arm(STORM_DELAY_NS);
	local_irq_enable();
}

static void mappings_survive_a_timer_storm(struct ktest *t)
{
	struct storm_counts c = { 0 };
	unsigned long free, flags, ticks, i;
	pfn_t pfns[STORM_PAGES];

	for (i = 0; i < STORM_PAGES; i++)
		KTEST_ASSERT_TRUE(t, page_alloc(&pfns[i]));
	/* The window's tables are created once and stay, so the count below is exact. */
	KTEST_ASSERT_EQ(t, map_page(current_mm, STORM_WINDOW, pfns[0], PAGE_KERNEL), 0);
	KTEST_ASSERT_EQ(t, unmap_page(current_mm, STORM_WINDOW), 0);
	free = page_alloc_free_pages();

	storm_start(&flags, &ticks);
	for (i = 0; i < STORM_CYCLES; i++)
		storm_cycle(i, pfns[i % STORM_PAGES], &c);
	KTEST_EXPECT_TRUE(t, storm_drain());
	ticks = timer_stats.ticks - ticks;
	local_irq_restore(flags);

	pr_info("    # storm: %lu cycles, %lu timer ticks, %lu under local_irq_save()\n", i, ticks,
		c.saved);
	KTEST_EXPECT_UGE(t, ticks, 1);
	KTEST_EXPECT_EQ(t, c.map_errors, 0);
	KTEST_EXPECT_EQ(t, c.bad_reads, 0);
	KTEST_EXPECT_EQ(t, c.unmap_errors, 0);
	KTEST_EXPECT_EQ(t, c.flags_lost, 0);
	KTEST_EXPECT_EQ(t, c.saved, STORM_CYCLES / STORM_SAVE_EVERY);
	KTEST_EXPECT_EQ(t, page_alloc_free_pages(), free);
	for (i = 0; i < STORM_PAGES; i++)
		page_free(pfns[i]);
}

static void cr3_survives_a_switching_storm(struct ktest *t)
{
	unsigned long home = read_cr3(), own, flags, ticks, i, lies = 0, own_seen = 0;
	struct mm_struct *mm = mm_create();
	u64 value = 0;
	pfn_t pfn;

	KTEST_ASSERT_TRUE(t, mm != NULL);
	KTEST_ASSERT_TRUE(t, page_alloc(&pfn));
	*(volatile u64 *)pfn_to_virt(pfn) = STORM_MM_WINDOW;
	KTEST_ASSERT_EQ(t, map_page(mm, STORM_MM_WINDOW, pfn, PAGE_KERNEL), 0);
	KTEST_ASSERT_TRUE(t, !probe_read(STORM_MM_WINDOW, &value));
	own = pfn_val(mm->pgd_pfn) << PAGE_SHIFT;

	storm_home_cr3 = home;
	storm_start(&flags, &ticks);
	for (i = 0; i < STORM_CR3_CYCLES; i++) {
		unsigned long irq, named;
		bool mapped;

		write_cr3(i % 2 ? own : home);
		local_irq_save(irq);
		named = read_cr3() & PTE_PFN_MASK;
		mapped = probe_read(STORM_MM_WINDOW, &value) && value == STORM_MM_WINDOW;
		if (mapped != (named == own))
			lies++;
		own_seen += named == own;
		local_irq_restore(irq);
	}
	KTEST_EXPECT_TRUE(t, storm_drain());
	storm_home_cr3 = 0;
	ticks = timer_stats.ticks - ticks;
	write_cr3(home);
	local_irq_restore(flags);

	pr_info("    # cr3 storm: %lu cycles, %lu timer ticks, %lu in the own tables\n", i, ticks,
		own_seen);
	KTEST_EXPECT_UGE(t, ticks, 1);
	KTEST_EXPECT_UGE(t, own_seen, 1);
	KTEST_EXPECT_EQ(t, lies, 0);
	KTEST_EXPECT_UEQ(t, read_cr3() & PTE_PFN_MASK, home & PTE_PFN_MASK);
	mm_destroy(mm);
	page_free(pfn);
}

static const struct ktest_case storm_cases[] = {
	KTEST_CASE(mappings_survive_a_timer_storm),
	KTEST_CASE(cr3_survives_a_switching_storm),
};
KTEST_SUITE(storm, "storm", storm_cases);
