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
 * tick's switch overwrite the record but not the load. A third storm
 * rewrites live PTEs in lazy MMU batches while the tick re-protects a page
 * of its own: each tick flushes the batch being queued and makes an
 * update of its own, so a batch grown in place must notice that what it
 * grew has gone to Xen. Every entry is read back through its mapping.
 *
 * The tick re-arms only once the loop has finished a cycle since the last
 * one; otherwise the loop arms it after its next cycle. When the tick's
 * own work outlasts the delay (an emulator on a loaded machine, the poison
 * mode's thunks), a self re-arming tick would otherwise fire again on its
 * way out, for ever, and the loop would crawl: the gate keeps every storm
 * to about one tick per cycle at worst, landing wherever the cycle is.
 */
#include <kernel/ktest.h>
#include <kernel/mm.h>
#include <kernel/printk.h>
#include <kernel/timer.h>
#include <pvops/ops.h>

#include "every_cpu.h"
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
#define STORM_LAZY_WINDOW 0xa0000000UL
#define STORM_LAZY_PAGES 16
/* One frame more than pages, so each cycle moves every page to another frame. */
#define STORM_LAZY_FRAMES (STORM_LAZY_PAGES + 1)
#define STORM_HOOK_PAGE (STORM_LAZY_WINDOW + STORM_LAZY_PAGES * PAGE_SIZE)
#define STORM_LAZY_CYCLES 6000
/*
 * On an AP each storm runs this fraction of its cycles: with four vCPUs on
 * two host cores, unpatched, the full storms on every AP outlast a boot's
 * time. A quarter still takes ticks on each CPU, which each case expects.
 */
#define STORM_AP_SHARE 4

static volatile bool storm_on;
/* The cycles of a storm are divided by this: 1 on the boot CPU, STORM_AP_SHARE on an AP. */
static unsigned long storm_share = 1;
/* What the tick loads, while the cr3 storm runs; 0 otherwise. */
static volatile unsigned long storm_home_cr3;
/* The page the tick re-protects, while the lazy storm runs; 0 otherwise. */
static volatile unsigned long storm_hook_page;
static unsigned long storm_hook_flips, storm_hook_errors;
/* Cycles the loop has finished, and how many it had at the last tick. */
static volatile unsigned long storm_progress;
static unsigned long storm_progress_at_tick;
/* The tick found no progress and armed nothing: the loop's next cycle arms it. */
static volatile bool storm_tick_owed;

static void storm_flip_hook_page(void)
{
	u64 prot = storm_hook_flips++ % 2 ? PAGE_KERNEL : PAGE_KERNEL_RO;

	if (protect_page(current_mm(), storm_hook_page, prot) ||
	    (lookup_page(current_mm(), storm_hook_page) & _PAGE_RW) != (prot & _PAGE_RW))
		storm_hook_errors++;
}

static void storm_rearm(void)
{
	if (storm_home_cr3)
		write_cr3(storm_home_cr3);
	if (storm_hook_page)
		storm_flip_hook_page();
	if (!storm_on)
		return;
	if (storm_progress == storm_progress_at_tick) {
		storm_tick_owed = true;
		return;
	}
	storm_progress_at_tick = storm_progress;
	timer_arm(STORM_DELAY_NS);
}

/* The end of one cycle of a storm's loop. */
static void storm_step(void)
{
	unsigned long flags;

	local_irq_save(flags);
	storm_progress++;
	if (storm_tick_owed) {
		storm_tick_owed = false;
		storm_progress_at_tick = storm_progress;
		timer_arm(STORM_DELAY_NS);
	}
	local_irq_restore(flags);
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
	err = map_page(current_mm(), addr, pfn, PAGE_KERNEL);
	if (save) {
		if (!irqs_disabled())
			c->flags_lost++;
		local_irq_restore(flags);
	}
	if (err)
		c->map_errors++;
	else if (!probe_read(addr, &value) || value != i)
		c->bad_reads++;
	if (unmap_page(current_mm(), addr))
		c->unmap_errors++;
}

/* Stop re-arming, then wait for the one tick still armed, so no other suite sees it. */
static bool storm_drain(void)
{
	unsigned long ticks;
	u64 deadline;

	local_irq_disable();
	storm_on = false;
	ticks = timer_stats()->ticks;
	if (storm_tick_owed) {
		/* Nothing is armed: arm the one tick the drain waits for. */
		storm_tick_owed = false;
		timer_arm(STORM_DELAY_NS);
	}
	local_irq_enable();
	deadline = sched_clock() + STORM_DRAIN_NS;
	while (timer_stats()->ticks == ticks && sched_clock() < deadline)
		;
	timer_set_expiry_hook(NULL);
	return timer_stats()->ticks != ticks;
}

static void storm_start(unsigned long *flags, unsigned long *ticks)
{
	local_irq_save(*flags);
	*ticks = timer_stats()->ticks;
	timer_set_expiry_hook(storm_rearm);
	storm_progress = storm_progress_at_tick = 0;
	storm_tick_owed = false;
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
	KTEST_ASSERT_EQ(t, map_page(current_mm(), STORM_WINDOW, pfns[0], PAGE_KERNEL), 0);
	KTEST_ASSERT_EQ(t, unmap_page(current_mm(), STORM_WINDOW), 0);
	free = page_alloc_free_pages();

	storm_start(&flags, &ticks);
	for (i = 0; i < STORM_CYCLES / storm_share; i++) {
		storm_cycle(i, pfns[i % STORM_PAGES], &c);
		storm_step();
	}
	KTEST_EXPECT_TRUE(t, storm_drain());
	ticks = timer_stats()->ticks - ticks;
	local_irq_restore(flags);

	pr_info("    # storm: %lu cycles, %lu timer ticks, %lu under local_irq_save()\n", i, ticks,
		c.saved);
	KTEST_EXPECT_UGE(t, ticks, 1);
	KTEST_EXPECT_EQ(t, c.map_errors, 0);
	KTEST_EXPECT_EQ(t, c.bad_reads, 0);
	KTEST_EXPECT_EQ(t, c.unmap_errors, 0);
	KTEST_EXPECT_EQ(t, c.flags_lost, 0);
	KTEST_EXPECT_EQ(t, c.saved, STORM_CYCLES / storm_share / STORM_SAVE_EVERY);
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
	for (i = 0; i < STORM_CR3_CYCLES / storm_share; i++) {
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
		storm_step();
	}
	KTEST_EXPECT_TRUE(t, storm_drain());
	storm_home_cr3 = 0;
	ticks = timer_stats()->ticks - ticks;
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

/* Moves every page of the window one frame on, in one lazy batch; returns the batch's error. */
static int storm_lazy_cycle(unsigned long i, pte_t **ptes, const pfn_t *pfns)
{
	int err = 0, leave_err;
	unsigned int j;

	arch_enter_lazy_mode(PVOPS_LAZY_MMU);
	for (j = 0; j < STORM_LAZY_PAGES; j++) {
		pfn_t pfn = pfns[(i + j) % STORM_LAZY_FRAMES];
		int rc = set_pte(ptes[j], (pte_t){ make_pte((pfn_val(pfn) << PAGE_SHIFT) |
							    PAGE_KERNEL) });

		if (!err)
			err = rc;
	}
	leave_err = arch_leave_lazy_mode(PVOPS_LAZY_MMU);
	flush_tlb_user();
	return err ? err : leave_err;
}

static void lazy_batches_survive_a_storm(struct ktest *t)
{
	unsigned long flags, ticks, i, errors = 0, bad_reads = 0, free;
	pte_t *ptes[STORM_LAZY_PAGES];
	pfn_t pfns[STORM_LAZY_FRAMES];
	unsigned int j;
	u64 value;

	for (j = 0; j < STORM_LAZY_FRAMES; j++) {
		KTEST_ASSERT_TRUE(t, page_alloc(&pfns[j]));
		*(volatile u64 *)pfn_to_virt(pfns[j]) = j;
	}
	/* The hook's page shares the window's last-level table; all tables exist before the count. */
	for (j = 0; j <= STORM_LAZY_PAGES; j++)
		KTEST_ASSERT_EQ(t, map_page(current_mm(), STORM_LAZY_WINDOW + j * PAGE_SIZE, pfns[j],
					    PAGE_KERNEL), 0);
	for (j = 0; j < STORM_LAZY_PAGES; j++)
		KTEST_ASSERT_TRUE(t, (ptes[j] = lookup_pte(current_mm(),
							   STORM_LAZY_WINDOW + j * PAGE_SIZE)));
	free = page_alloc_free_pages();
	storm_hook_flips = 0;
	storm_hook_errors = 0;
	storm_hook_page = STORM_HOOK_PAGE;

	storm_start(&flags, &ticks);
	for (i = 1; i <= STORM_LAZY_CYCLES / storm_share; i++) {
		if (storm_lazy_cycle(i, ptes, pfns))
			errors++;
		for (j = 0; j < STORM_LAZY_PAGES; j++)
			if (!probe_read(STORM_LAZY_WINDOW + j * PAGE_SIZE, &value) ||
			    value != (i + j) % STORM_LAZY_FRAMES)
				bad_reads++;
		storm_step();
	}
	KTEST_EXPECT_TRUE(t, storm_drain());
	storm_hook_page = 0;
	ticks = timer_stats()->ticks - ticks;
	local_irq_restore(flags);

	pr_info("    # lazy storm: %lu batches of %u, %lu timer ticks, %lu flips by the tick\n",
		i - 1, STORM_LAZY_PAGES, ticks, storm_hook_flips);
	KTEST_EXPECT_UGE(t, ticks, 1);
	KTEST_EXPECT_UGE(t, storm_hook_flips, 1);
	KTEST_EXPECT_EQ(t, storm_hook_errors, 0);
	KTEST_EXPECT_EQ(t, errors, 0);
	KTEST_EXPECT_EQ(t, bad_reads, 0);
	for (j = 0; j <= STORM_LAZY_PAGES; j++)
		KTEST_EXPECT_EQ(t, unmap_page(current_mm(), STORM_LAZY_WINDOW + j * PAGE_SIZE), 0);
	KTEST_EXPECT_EQ(t, page_alloc_free_pages(), free);
	for (j = 0; j < STORM_LAZY_FRAMES; j++)
		page_free(pfns[j]);
}

/* Each CPU's own timer, lazy batch and CR3: the storms again on every other CPU. */
#define STORM_ON_AP_NS 300000000000ULL

static void mappings_survive_a_timer_storm_on_every_cpu(struct ktest *t)
{
	storm_share = STORM_AP_SHARE;
	ktest_run_on_every_ap(t, mappings_survive_a_timer_storm, STORM_ON_AP_NS);
	storm_share = 1;
}

static void cr3_survives_a_switching_storm_on_every_cpu(struct ktest *t)
{
	storm_share = STORM_AP_SHARE;
	ktest_run_on_every_ap(t, cr3_survives_a_switching_storm, STORM_ON_AP_NS);
	storm_share = 1;
}

static void lazy_batches_survive_a_storm_on_every_cpu(struct ktest *t)
{
	storm_share = STORM_AP_SHARE;
	ktest_run_on_every_ap(t, lazy_batches_survive_a_storm, STORM_ON_AP_NS);
	storm_share = 1;
}

static const struct ktest_case storm_cases[] = {
	KTEST_CASE(mappings_survive_a_timer_storm),
	KTEST_CASE(cr3_survives_a_switching_storm),
	KTEST_CASE(lazy_batches_survive_a_storm),
	KTEST_CASE(mappings_survive_a_timer_storm_on_every_cpu),
	KTEST_CASE(cr3_survives_a_switching_storm_on_every_cpu),
	KTEST_CASE(lazy_batches_survive_a_storm_on_every_cpu),
};
KTEST_SUITE(storm, "storm", storm_cases);
