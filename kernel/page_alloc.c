// SPDX-License-Identifier: GPL-2.0
/*
 * The page allocator: one bit per page of the direct map.
 *
 * A kernel this size needs no buddy system: page tables, thread stacks and
 * test pages are single pages, so a bitmap with a rotating search cursor
 * is enough, and it makes the accounting the tests rely on exact (free
 * pages before a test equal free pages after it, or something leaked).
 * The bitmap starts with every page in use; page_alloc_init() frees the
 * RAM the loader reported that lies inside the direct map, above the
 * first MiB (firmware and loader structures live there), outside the
 * kernel image and outside every range boot reserved. A double free or a
 * free of a page the allocator never managed is a panic naming the frame:
 * silently accepting it would hand the same page out twice.
 *
 * The bitmap, the cursor and the count are shared by every CPU, so
 * page_lock guards them from the first allocation on (page_alloc_init()
 * runs alone, before anything allocates), with interrupts off so that a
 * handler that allocates cannot meet its own CPU holding the lock.
 */
#define pr_fmt(fmt) "mm: " fmt

#include <kernel/mm.h>
#include <kernel/printk.h>
#include <kernel/spinlock.h>
#include <kernel/string.h>

#define MAX_PAGES (1UL << (30 - PAGE_SHIFT)) /* the direct map spans at most 1 GiB */
#define LOW_RESERVED (1UL << 20)
#define BITS_PER_WORD 64

static u64 used[MAX_PAGES / BITS_PER_WORD];
static unsigned long managed_pages, free_pages, nr_pages, cursor;
static u64 managed[MAX_PAGES / BITS_PER_WORD];
static DEFINE_SPINLOCK(page_lock);

extern const char __image_start[], __image_end[];

void boot_reserve(struct boot_info *bi, u64 base, u64 size)
{
	if (bi->nr_reserved == BOOT_RESERVED_MAX)
		panic("boot_reserve: more than %d reserved ranges", BOOT_RESERVED_MAX);
	bi->reserved[bi->nr_reserved++] = (struct boot_mem_region){ base, size };
}

static bool test_bit(const u64 *map, unsigned long n)
{
	return map[n / BITS_PER_WORD] & (1ULL << (n % BITS_PER_WORD));
}

static void set_bit(u64 *map, unsigned long n)
{
	map[n / BITS_PER_WORD] |= 1ULL << (n % BITS_PER_WORD);
}

static void clear_bit(u64 *map, unsigned long n)
{
	map[n / BITS_PER_WORD] &= ~(1ULL << (n % BITS_PER_WORD));
}

static void mark_range(u64 base, u64 size, bool in_use)
{
	unsigned long first = base >> PAGE_SHIFT;
	unsigned long last = (base + size + PAGE_SIZE - 1) >> PAGE_SHIFT;
	unsigned long n;

	for (n = first; n < last && n < nr_pages; n++) {
		if (in_use) {
			if (test_bit(managed, n)) {
				clear_bit(managed, n);
				free_pages--;
			}
		} else if (!test_bit(managed, n)) {
			set_bit(managed, n);
			free_pages++;
		}
	}
}

void page_alloc_init(const struct boot_info *bi)
{
	u64 end = bi->direct_map_end;
	unsigned int i;

	if (!end || end > MAX_PAGES << PAGE_SHIFT)
		end = MAX_PAGES << PAGE_SHIFT;
	nr_pages = end >> PAGE_SHIFT;
	for (i = 0; i < bi->nr_mem_regions; i++) {
		u64 base = bi->mem_regions[i].base, top = base + bi->mem_regions[i].size;

		if (top > end)
			top = end;
		if (base < LOW_RESERVED)
			base = LOW_RESERVED;
		/* Only whole pages: a partial page at either end is not ours. */
		base = (base + PAGE_SIZE - 1) & ~(PAGE_SIZE - 1);
		top &= ~(PAGE_SIZE - 1);
		if (top > base)
			mark_range(base, top - base, false);
	}
	mark_range((uintptr_t)__image_start, __image_end - __image_start, true);
	for (i = 0; i < bi->nr_reserved; i++)
		mark_range(bi->reserved[i].base, bi->reserved[i].size, true);
	for (i = 0; i < ARRAY_SIZE(used); i++)
		used[i] = ~managed[i];
	managed_pages = free_pages;
	pr_info("%lu pages (%lu KiB) free for allocation below %#llx\n", free_pages,
		free_pages << (PAGE_SHIFT - 10), (unsigned long long)end);
}

bool page_alloc(pfn_t *pfn)
{
	unsigned long tries, flags;

	spin_lock_irqsave(&page_lock, flags);
	for (tries = 0; tries < nr_pages; tries++) {
		unsigned long n = cursor;

		cursor = cursor + 1 < nr_pages ? cursor + 1 : 0;
		if (!test_bit(used, n)) {
			set_bit(used, n);
			free_pages--;
			spin_unlock_irqrestore(&page_lock, flags);
			*pfn = __pfn(n);
			return true;
		}
	}
	spin_unlock_irqrestore(&page_lock, flags);
	return false;
}

void page_free(pfn_t pfn)
{
	unsigned long n = pfn_val(pfn), flags;

	if (n >= nr_pages || !test_bit(managed, n))
		panic("page_free: pfn %#lx was never handed out by the allocator", n);
	spin_lock_irqsave(&page_lock, flags);
	if (!test_bit(used, n))
		panic("page_free: pfn %#lx freed twice", n);
	clear_bit(used, n);
	free_pages++;
	spin_unlock_irqrestore(&page_lock, flags);
}

/* A snapshot: with other CPUs allocating it may be stale when it returns. */
unsigned long page_alloc_free_pages(void)
{
	return READ_ONCE(free_pages);
}

unsigned long page_alloc_total_pages(void)
{
	return managed_pages;
}
