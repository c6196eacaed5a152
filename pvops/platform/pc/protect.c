// SPDX-License-Identifier: GPL-2.0
/*
 * Read-only kernel text and pv_ops table on bare hardware.
 *
 * Shared by the bare-metal backends (native's protect_kernel slot, and any
 * made with scripts/new-backend --bare-metal), which all run on the tables
 * the PVH entry built, with ring-0 page-table access. The PVH entry maps the first GiB with 2 MiB pages (entry.S), so the
 * pages that hold the kernel's text and its frozen table share large pages
 * with data the kernel keeps writing: the stack, .bss, the page tables
 * themselves. Each large page that holds a page to protect is therefore
 * split into a 4 KiB table first, from a small static pool (the page
 * allocator does not exist yet when core freezes the kernel, and the image
 * is a few MiB, so a handful of large pages covers it). The split keeps
 * every translation and its flags; only then are the wanted pages' RW bits
 * cleared and their TLB entries flushed. CR0.WP, set by the entry path
 * already, is set again here because it is what makes ring 0 honour a
 * read-only page at all. The tables are the live ones, walked from CR3.
 */
#define pr_fmt(fmt) "pc: " fmt

#include <kernel/errno.h>
#include <kernel/mm.h>
#include <kernel/printk.h>
#include <pc/apic.h>
#include <pc/pc.h>
#include <x86/insns.h>


#define X86_CR0_WP 0x00010000UL
#define TABLE_ENTRIES 512
#define TABLE_LEVELS 4
#define LEVEL_SHIFT(level) (PAGE_SHIFT + 9 * (level))
#define TABLE_INDEX(va, level) (((va) >> LEVEL_SHIFT(level)) & (TABLE_ENTRIES - 1))
#define LARGE_PAGE_MASK (~((1ULL << LEVEL_SHIFT(1)) - 1))
#define PC_SPLIT_TABLES 4

static u64 pc_split_tables[PC_SPLIT_TABLES][TABLE_ENTRIES] __aligned(PAGE_SIZE);
static unsigned int pc_split_used;

static u64 *pc_table_at(u64 entry)
{
	return (u64 *)(uintptr_t)(entry & PTE_PFN_MASK);
}

/* Replaces the 2 MiB mapping in *pde by a 4 KiB table with the same translations. */
static int pc_split_large_page(u64 *pde)
{
	u64 base = *pde & PTE_PFN_MASK & LARGE_PAGE_MASK;
	u64 flags = *pde & ~PTE_PFN_MASK & ~_PAGE_PSE;
	u64 *pt;
	unsigned int i;

	if (pc_split_used == PC_SPLIT_TABLES)
		return -ENOMEM;
	pt = pc_split_tables[pc_split_used++];
	for (i = 0; i < TABLE_ENTRIES; i++)
		pt[i] = (base + ((u64)i << PAGE_SHIFT)) | flags;
	*pde = (u64)(uintptr_t)pt | flags;
	native_flush_tlb_kernel();
	return 0;
}

/* The 4 KiB entry that maps va in the live tables, splitting a large page on the way. */
static int pc_kernel_pte(unsigned long va, u64 **ptep)
{
	u64 *table = pc_table_at(native_read_cr3());
	unsigned int level;
	int err;

	for (level = TABLE_LEVELS - 1; level > 0; level--) {
		u64 *entry = &table[TABLE_INDEX(va, level)];

		if (!(*entry & _PAGE_PRESENT))
			return -ENOENT;
		if (*entry & _PAGE_PSE) {
			if (level != 1)
				return -EINVAL; /* a 1 GiB page: the entry path builds none */
			err = pc_split_large_page(entry);
			if (err)
				return err;
		}
		table = pc_table_at(*entry);
	}
	*ptep = &table[TABLE_INDEX(va, 0)];
	return 0;
}

int pc_protect_kernel(unsigned long start, unsigned long end)
{
	unsigned long va;
	u64 *pte;
	int err;

	for (va = start; va < end; va += PAGE_SIZE) {
		err = pc_kernel_pte(va, &pte);
		if (err) {
			pr_err("pc_protect_kernel: cannot reach the 4 KiB entry of %#lx "
			       "(error %d; %u of %u split tables used)\n",
			       va, err, pc_split_used, PC_SPLIT_TABLES);
			return err;
		}
		*pte &= ~_PAGE_RW;
		native_flush_tlb_one_user(va);
	}
	native_write_cr0(native_read_cr0() | X86_CR0_WP);
	return 0;
}

/*
 * Device pages (the xAPIC's) lie above the 1 GiB the entry maps, in the
 * 3..4 GiB slot of the same L3 table that every address space shares (PML4
 * slot 0): one static L2 table hooked there gives them 2 MiB uncached
 * identity mappings, visible in every address space.
 */
#define _PAGE_PWT 0x008ULL
#define _PAGE_PCD 0x010ULL

static u64 pc_mmio_table[TABLE_ENTRIES] __aligned(PAGE_SIZE);
static u64 pc_mmio_table_base = ~0ULL; /* the 1 GiB it covers, once hooked */

volatile u32 *pc_map_mmio(u64 phys)
{
	u64 *l4 = pc_table_at(native_read_cr3()), *l3, *pde;
	u64 gib = phys & ~((1ULL << LEVEL_SHIFT(2)) - 1);

	if (!(l4[TABLE_INDEX(phys, 3)] & _PAGE_PRESENT))
		return NULL;
	l3 = pc_table_at(l4[TABLE_INDEX(phys, 3)]);
	if (!(l3[TABLE_INDEX(phys, 2)] & _PAGE_PRESENT)) {
		if (pc_mmio_table_base != ~0ULL)
			return NULL; /* one device table, for one GiB */
		l3[TABLE_INDEX(phys, 2)] = (u64)(uintptr_t)pc_mmio_table | _PAGE_PRESENT | _PAGE_RW;
		pc_mmio_table_base = gib;
	} else if (pc_mmio_table_base != gib) {
		return NULL; /* RAM's own GiB, or a large page: not ours to change */
	}
	pde = &pc_mmio_table[TABLE_INDEX(phys, 1)];
	*pde = (phys & LARGE_PAGE_MASK) | _PAGE_PRESENT | _PAGE_RW | _PAGE_PSE | _PAGE_PCD |
	       _PAGE_PWT | _PAGE_ACCESSED | _PAGE_DIRTY;
	native_flush_tlb_one_user((unsigned long)phys);
	return (volatile u32 *)(uintptr_t)phys;
}
