// SPDX-License-Identifier: GPL-2.0
/*
 * Address spaces and single-page mappings, through pv_ops only.
 *
 * The walk is the x86-64 four-level one (L4, L3, L2, L1), creating missing
 * tables on the way when asked. A new table page comes from the page
 * allocator, is zeroed while it is still an ordinary page, announced to
 * the backend (paravirt_alloc_*: Xen pins it, and from then on only Xen
 * writes it), and hooked into its parent with set_p4d/set_pud/set_pmd.
 * Entry values always pass through make_pte() and pte_val(), since the
 * backend may store something else (Xen: machine frames). Each change is
 * bracketed with lazy MMU mode, so a backend that batches sends one call.
 * A backend may refuse an entry (Xen validates each one): set_*() returns
 * the error of an update made at once and leaving lazy mode the first
 * error of the batch, and map_page(), unmap_page() and protect_page()
 * return it, with the entry unchanged; a map_page() that fails also takes
 * back the tables it made on the way, so no failure costs a page.
 *
 * map_page() refuses an address that is already mapped (-EEXIST) instead
 * of replacing the translation: replacing would need a TLB flush the
 * caller did not ask for, and mapping over a live page is a bug in the
 * caller more often than an intent; unmap_page() first, or remap_page(),
 * which flushes the old frame everywhere before it returns, is the honest
 * way.
 * It also refuses a frame beyond RAM (-ERANGE), which bare hardware would
 * map silently and a hypervisor would reject or worse.
 *
 * Mappings live outside the direct map (virtual == physical for all RAM),
 * which is never changed here: large pages there are not split. A new
 * address space shares the kernel's top-level entries that exist when it
 * is created and owns the tables under every other slot; destroying it
 * releases its tables from the top down (see free_tree()), so the page
 * allocator gets all of them back.
 */
#include <kernel/errno.h>
#include <kernel/mm.h>
#include <kernel/printk.h>
#include <kernel/string.h>
#include <kernel/tlb.h>
#include <pvops/ops.h>

#define NR_MMS 8

struct mm_struct init_mm;
static u64 owned_slots[NR_MMS][PTRS_PER_TABLE / 64];
static struct mm_struct mm_pool[NR_MMS];
static bool mm_used[NR_MMS];
static u64 direct_map_end;
static unsigned long ram_end_pfn; /* the first frame past every RAM region */

static u64 *entry_table(u64 entry)
{
	return (u64 *)(uintptr_t)(pte_val(entry) & PTE_PFN_MASK);
}

void mm_init(void)
{
	unsigned long cr3 = read_cr3() & PTE_PFN_MASK;
	unsigned int i;

	init_mm.pgd = (u64 *)(uintptr_t)cr3;
	init_mm.pgd_pfn = __pfn(cr3 >> PAGE_SHIFT);
	init_mm.cpus = CPUMASK_OF(smp_processor_id());
	this_cpu()->mm = &init_mm;
	direct_map_end = boot_info->direct_map_end;
	for (i = 0; i < boot_info->nr_mem_regions; i++) {
		const struct boot_mem_region *r = &boot_info->mem_regions[i];
		unsigned long end = (r->base + r->size) >> PAGE_SHIFT;

		if (end > ram_end_pfn)
			ram_end_pfn = end;
	}
}

static void announce_table(struct mm_struct *mm, unsigned int level, pfn_t pfn)
{
	switch (level) {
	case 1:
		paravirt_alloc_pte(mm, pfn);
		break;
	case 2:
		paravirt_alloc_pmd(mm, pfn);
		break;
	case 3:
		paravirt_alloc_pud(mm, pfn);
		break;
	}
}

static void announce_release(unsigned int level, pfn_t pfn)
{
	switch (level) {
	case 1:
		paravirt_release_pte(pfn);
		break;
	case 2:
		paravirt_release_pmd(pfn);
		break;
	case 3:
		paravirt_release_pud(pfn);
		break;
	}
}

static int set_entry(unsigned int level, u64 *entry, u64 value)
{
	switch (level) {
	case 4:
		return set_p4d((p4d_t *)entry, (p4d_t){ value });
	case 3:
		return set_pud((pud_t *)entry, (pud_t){ value });
	case 2:
		return set_pmd((pmd_t *)entry, (pmd_t){ value });
	default:
		return set_pte((pte_t *)entry, (pte_t){ value });
	}
}

/* The tables one map_page() call made, so that a failure can take them back. */
struct new_tables {
	unsigned int nr;
	struct {
		u64 *entry;	    /* where it is hooked in, at level + 1 */
		unsigned int level; /* 3 (L3) to 1 (L1) */
		pfn_t pfn;
	} t[3];
};

/*
 * The L1 entry for addr, creating tables if made (and recording each one
 * there); NULL and *err if none.
 */
static u64 *walk(struct mm_struct *mm, unsigned long addr, struct new_tables *made, int *err)
{
	u64 *table = mm->pgd;
	unsigned int level;

	for (level = 4; level > 1; level--) {
		u64 *entry = &table[PT_INDEX(addr, level)];
		u64 value = pte_val(READ_ONCE(*entry));
		pfn_t pfn;

		if (value & _PAGE_PSE) {
			*err = -EEXIST; /* inside a large page: not ours to split */
			return NULL;
		}
		if (!(value & _PAGE_PRESENT)) {
			if (!made) {
				*err = -ENOENT;
				return NULL;
			}
			if (!page_alloc(&pfn)) {
				*err = -ENOMEM;
				return NULL;
			}
			memset(pfn_to_virt(pfn), 0, PAGE_SIZE);
			announce_table(mm, level - 1, pfn);
			mm->table_pages++;
			made->t[made->nr].entry = entry;
			made->t[made->nr].level = level - 1;
			made->t[made->nr++].pfn = pfn;
			value = (pfn_val(pfn) << PAGE_SHIFT) | PAGE_TABLE;
			*err = set_entry(level, entry, make_pte(value));
			if (*err)
				return NULL;
		}
		table = (u64 *)(uintptr_t)(value & PTE_PFN_MASK);
	}
	return &table[PT_INDEX(addr, 1)];
}

static int check_addr(unsigned long addr)
{
	if (addr & (PAGE_SIZE - 1) || addr < direct_map_end || addr >= (1UL << 47))
		return -EINVAL;
	return 0;
}

/*
 * A failed map_page() takes back the tables it made, deepest first: each
 * is unhooked (if its entry got in), released to the backend and freed,
 * so a failure leaves the address space as it found it. In the kernel's
 * own address space, which is never torn down, they would stay for good.
 */
static void undo_tables(struct mm_struct *mm, struct new_tables *made)
{
	while (made->nr) {
		unsigned int i = --made->nr;
		u64 *entry = made->t[i].entry, value = pte_val(READ_ONCE(*entry));
		pfn_t pfn = made->t[i].pfn;
		int err;

		if ((value & _PAGE_PRESENT) &&
		    (value & PTE_PFN_MASK) >> PAGE_SHIFT == pfn_val(pfn)) {
			err = set_entry(made->t[i].level + 1, entry, 0);
			if (err)
				panic("map_page: cannot unhook the new L%u table %#lx (error %d)",
				      made->t[i].level, pfn_val(pfn), err);
		}
		announce_release(made->t[i].level, pfn);
		page_free(pfn);
		mm->table_pages--;
	}
}

int map_page(struct mm_struct *mm, unsigned long addr, pfn_t pfn, u64 prot)
{
	int err = check_addr(addr), batch_err;
	struct new_tables made;
	u64 *pte;

	if (err)
		return err;
	made.nr = 0; /* only the recorded ones are read */
	if (pfn_val(pfn) >= ram_end_pfn) {
		pr_err("map_page: frame %#lx at %#lx is beyond RAM (%#lx frames)\n", pfn_val(pfn),
		       addr, ram_end_pfn);
		return -ERANGE;
	}
	arch_enter_lazy_mode(PVOPS_LAZY_MMU);
	pte = walk(mm, addr, &made, &err);
	if (pte && (pte_val(READ_ONCE(*pte)) & _PAGE_PRESENT)) {
		pr_err("map_page: %#lx is mapped already (unmap it first)\n", addr);
		err = -EEXIST;
	} else if (pte) {
		err = set_pte((pte_t *)pte,
			      (pte_t){ make_pte((pfn_val(pfn) << PAGE_SHIFT) | prot) });
	}
	batch_err = arch_leave_lazy_mode(PVOPS_LAZY_MMU);
	err = err ? err : batch_err;
	if (err)
		undo_tables(mm, &made);
	return err;
}

/*
 * A present entry becomes (its value & keep) | set, flushed where it is
 * cached; 0 unmaps. Inlined into each caller, where keep and set are
 * constants and the unmap's value folds to 0, as the two callers' own
 * copies of this code once did.
 */
static inline __attribute__((__always_inline__)) int change_page(struct mm_struct *mm, unsigned long addr, u64 keep, u64 set)
{
	int err = check_addr(addr);
	u64 *pte, value;

	if (err)
		return err;
	pte = walk(mm, addr, NULL, &err);
	if (!pte)
		return err;
	value = pte_val(READ_ONCE(*pte));
	if (!(value & _PAGE_PRESENT))
		return -ENOENT;
	value = (value & keep) | set;
	err = set_pte((pte_t *)pte, (pte_t){ value ? make_pte(value) : 0 });
	if (err)
		return err;
	flush_tlb_mm_range(mm, addr, addr + PAGE_SIZE);
	return 0;
}

int unmap_page(struct mm_struct *mm, unsigned long addr)
{
	return change_page(mm, addr, 0, 0);
}

int protect_page(struct mm_struct *mm, unsigned long addr, u64 prot)
{
	return change_page(mm, addr, PTE_PFN_MASK, prot);
}

int remap_page(struct mm_struct *mm, unsigned long addr, pfn_t pfn)
{
	if (pfn_val(pfn) >= ram_end_pfn) {
		pr_err("remap_page: frame %#lx for %#lx is beyond RAM (%#lx frames)\n",
		       pfn_val(pfn), addr, ram_end_pfn);
		return -ERANGE;
	}
	return change_page(mm, addr, ~PTE_PFN_MASK, pfn_val(pfn) << PAGE_SHIFT);
}

pte_t *lookup_pte(struct mm_struct *mm, unsigned long addr)
{
	int err;

	return check_addr(addr) ? NULL : (pte_t *)walk(mm, addr, NULL, &err);
}

u64 lookup_page(struct mm_struct *mm, unsigned long addr)
{
	int err;
	u64 *pte = check_addr(addr) ? NULL : walk(mm, addr, NULL, &err);

	return pte ? pte_val(READ_ONCE(*pte)) : 0;
}

bool mm_owns_slot(const struct mm_struct *mm, unsigned long addr)
{
	unsigned int n = mm - mm_pool, slot = PT_INDEX(addr, 4);

	if (mm == &init_mm || n >= NR_MMS)
		return false;
	return owned_slots[n][slot / 64] & (1ULL << (slot % 64));
}

unsigned long mm_hole_end(struct mm_struct *mm, unsigned long addr)
{
	u64 *table = mm->pgd;
	unsigned int level;

	for (level = 4; level > 1; level--) {
		u64 value = pte_val(READ_ONCE(table[PT_INDEX(addr, level)]));

		if (!(value & _PAGE_PRESENT) || (value & _PAGE_PSE))
			return (addr | ((1UL << PT_LEVEL_SHIFT(level)) - 1)) + 1;
		table = (u64 *)(uintptr_t)(value & PTE_PFN_MASK);
	}
	return addr & PAGE_MASK;
}

struct mm_struct *mm_create(void)
{
	struct mm_struct *mm = NULL;
	unsigned int i, n;
	pfn_t pfn;

	for (n = 0; n < NR_MMS && !mm; n++)
		if (!mm_used[n])
			mm = &mm_pool[n];
	if (!mm || !page_alloc(&pfn))
		return NULL;
	n--;
	mm_used[n] = true;
	*mm = (struct mm_struct){ .pgd = pfn_to_virt(pfn), .pgd_pfn = pfn, .table_pages = 1 };
	memset(owned_slots[n], 0, sizeof(owned_slots[n]));
	/* Share the kernel's half as it is now; raw copies: same tables, same values. */
	for (i = 0; i < PTRS_PER_TABLE / 2; i++) {
		mm->pgd[i] = init_mm.pgd[i];
		if (!(pte_val(mm->pgd[i]) & _PAGE_PRESENT))
			owned_slots[n][i / 64] |= 1ULL << (i % 64);
	}
	for (; i < PTRS_PER_TABLE; i++)
		mm->pgd[i] = 0;
	paravirt_alloc_pgd(mm, pfn);
	return mm;
}

/*
 * Top down: a table is released before the tables it points to, so that
 * when a child is released nothing in service refers to it any more (Xen
 * keeps a referenced table typed, and would refuse to make it writable).
 * The released table's contents stay readable until it is freed.
 */
static void free_tree(u64 entry, unsigned int level, unsigned long *freed)
{
	u64 *table = entry_table(entry);
	pfn_t pfn = __pfn((pte_val(entry) & PTE_PFN_MASK) >> PAGE_SHIFT);
	unsigned int i;

	announce_release(level, pfn);
	if (level > 1) {
		for (i = 0; i < PTRS_PER_TABLE; i++) {
			u64 value = pte_val(READ_ONCE(table[i]));

			if ((value & _PAGE_PRESENT) && !(value & _PAGE_PSE))
				free_tree(table[i], level - 1, freed);
		}
	}
	page_free(pfn);
	(*freed)++;
}

void mm_destroy(struct mm_struct *mm)
{
	unsigned int n = mm - mm_pool, i;
	unsigned long freed = 1;
	u64 entries[PTRS_PER_TABLE / 2];

	if (mm == &init_mm || n >= NR_MMS || !mm_used[n])
		panic("mm_destroy: %p is not an address space mm_create() made", mm);
	if (READ_ONCE(mm->cpus.bits))
		panic("mm_destroy: the address space is in use on CPUs %#lx", mm->cpus.bits);
	paravirt_exit_mmap(mm);
	memcpy(entries, mm->pgd, sizeof(entries));
	/* The top level goes first, so that nothing above a table holds it. */
	paravirt_release_pgd(mm->pgd_pfn);
	page_free(mm->pgd_pfn);
	for (i = 0; i < PTRS_PER_TABLE / 2; i++)
		if ((owned_slots[n][i / 64] & (1ULL << (i % 64))) &&
		    (pte_val(entries[i]) & _PAGE_PRESENT))
			free_tree(entries[i], 3, &freed);
	if (freed != mm->table_pages)
		panic("mm_destroy: freed %lu page-table pages of the %lu the address space had",
		      freed, mm->table_pages);
	mm_used[n] = false;
}

/*
 * This CPU joins next's mask by a locked instruction (a full barrier)
 * before it loads next's table, so a CPU that changes an entry of next and
 * then reads the mask (flush_tlb_mm_range()) either sees this CPU in it or
 * changed the entry before this CPU's walk could read it; it leaves prev's
 * only once CR3 no longer points there, so neither a shootdown of prev nor
 * mm_destroy() of prev can miss a CPU still on its tables. A shootdown IPI
 * taken in between flushes whatever is loaded (kernel/tlb.c), so the
 * per-CPU mm stored after the CR3 load may lag. There is no lazy-TLB state, as
 * Linux keeps for kernel threads: a kernel thread runs on the address
 * space it was created on (kernel/sched.c), so a CPU is in exactly one
 * mask, that of the table in its CR3, whatever runs.
 */
void switch_mm(struct mm_struct *prev, struct mm_struct *next)
{
	cpumask_set_atomic(&next->cpus, smp_processor_id());
	activate_mm(prev, next);
	write_cr3(pfn_val(next->pgd_pfn) << PAGE_SHIFT);
	this_cpu_write(mm, next);
	/* The CPU number read again: cheaper than keeping it across the two calls. */
	if (prev != next)
		cpumask_clear_atomic(&prev->cpus, smp_processor_id());
}
