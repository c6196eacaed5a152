/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Memory: the page allocator and the page-table API.
 *
 * Pages are handed out by frame number (pfn_t) from the RAM the loader
 * reported, less what boot reserved. The kernel reaches every page it
 * hands out through its direct map, where virtual address == physical
 * (pseudo-physical under Xen) address: pfn_to_virt() is a shift.
 *
 * The page-table API changes mappings only through pv_ops: entries are
 * written with set_pte()/set_pmd()/set_pud()/set_p4d() on values built by
 * make_pte(), and read back through pte_val(), because under Xen a table
 * holds machine frame numbers and is not writable by the kernel at all;
 * table pages are announced with the alloc/release hooks before they are
 * hooked in and after they are unhooked; batches of updates are bracketed
 * with lazy MMU mode, which a backend may use to issue them as one.
 */
#ifndef KERNEL_MM_H
#define KERNEL_MM_H

#include <kernel/bootinfo.h>
#include <kernel/percpu.h>
#include <kernel/types.h>
#include <pvops/pv_ops.h>

#define _PAGE_PRESENT 0x001ULL
#define _PAGE_RW 0x002ULL
#define _PAGE_USER 0x004ULL
#define _PAGE_ACCESSED 0x020ULL
#define _PAGE_DIRTY 0x040ULL
#define _PAGE_PSE 0x080ULL
#define _PAGE_NX (1ULL << 63)
#define PTE_PFN_MASK 0x000ffffffffff000ULL

#define PAGE_KERNEL (_PAGE_PRESENT | _PAGE_RW | _PAGE_ACCESSED | _PAGE_DIRTY)
#define PAGE_KERNEL_RO (_PAGE_PRESENT | _PAGE_ACCESSED)
#define PAGE_TABLE (_PAGE_PRESENT | _PAGE_RW | _PAGE_USER | _PAGE_ACCESSED)

/* 4-level paging: a table of 512 entries at each level, 1 (the L1 of PTEs) to 4 (the L4). */
#define PT_INDEX_BITS 9
#define PTRS_PER_TABLE (1 << PT_INDEX_BITS)
#define PT_LEVEL_SHIFT(level) (PAGE_SHIFT + PT_INDEX_BITS * ((level) - 1))
#define PT_INDEX(addr, level) (((addr) >> PT_LEVEL_SHIFT(level)) & (PTRS_PER_TABLE - 1))

static inline void *pfn_to_virt(pfn_t pfn)
{
	return (void *)(uintptr_t)(pfn_val(pfn) << PAGE_SHIFT);
}

static inline pfn_t virt_to_pfn(const void *addr)
{
	return __pfn((unsigned long)(uintptr_t)addr >> PAGE_SHIFT);
}

/* The page allocator (kernel/page_alloc.c). */
void page_alloc_init(const struct boot_info *bi);
bool page_alloc(pfn_t *pfn);
void page_free(pfn_t pfn);
unsigned long page_alloc_free_pages(void);
unsigned long page_alloc_total_pages(void);

/*
 * An address space: its top-level table, and the CPUs that have it in
 * their CR3 and so may cache its translations (switch_mm() keeps the mask;
 * a change to its entries is flushed on exactly those, kernel/tlb.c).
 */
struct mm_struct {
	u64 *pgd;
	pfn_t pgd_pfn;
	unsigned long table_pages; /* page-table pages it owns, top level included */
	struct cpumask cpus;
};

extern struct mm_struct init_mm;

/* The address space this CPU runs on. */
static inline struct mm_struct *current_mm(void)
{
	return this_cpu_read(mm);
}

void mm_init(void);
struct mm_struct *mm_create(void);
void mm_destroy(struct mm_struct *mm);
void switch_mm(struct mm_struct *prev, struct mm_struct *next);

/*
 * 0 or a negative errno: -EINVAL (address), -ERANGE (frame beyond RAM),
 * -EEXIST (already mapped, or inside a large page), -ENOENT (nothing to
 * unmap, protect or remap), -ENOMEM, or the error the backend refused the
 * entry with. Addresses outside the direct map only. A change to a present
 * entry returns once no CPU can use the old one (kernel/tlb.c).
 */
int map_page(struct mm_struct *mm, unsigned long addr, pfn_t pfn, u64 prot);
int unmap_page(struct mm_struct *mm, unsigned long addr);
int protect_page(struct mm_struct *mm, unsigned long addr, u64 prot);
/* Points a mapped addr at pfn, keeping its protection: -ENOENT if nothing is mapped. */
int remap_page(struct mm_struct *mm, unsigned long addr, pfn_t pfn);
/* The entry mapping addr (as the kernel means it), or 0 if none. */
u64 lookup_page(struct mm_struct *mm, unsigned long addr);
/* Where that entry lives (for batches of set_pte), or NULL if no L1 table yet. */
pte_t *lookup_pte(struct mm_struct *mm, unsigned long addr);
/*
 * Whether addr's top-level slot holds tables of mm's own, rather than the
 * kernel's that every address space shares (init_mm owns none: its tables
 * are the shared ones). A change under a shared slot is seen by every CPU,
 * whatever it has loaded.
 */
bool mm_owns_slot(const struct mm_struct *mm, unsigned long addr);
/*
 * addr's page if an L1 table covers addr, else the end of the hole it is
 * in (the span of the first missing entry), so a walk over a large and
 * mostly empty range skips what was never populated.
 */
unsigned long mm_hole_end(struct mm_struct *mm, unsigned long addr);

#endif
