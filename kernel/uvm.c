// SPDX-License-Identifier: GPL-2.0
/*
 * A process's memory: its mappings (VMAs), demand paging and teardown.
 *
 * A mapping is a page-aligned range with an access (PROT_*); pages inside
 * it appear on first touch: the fault handler finds the VMA, checks the
 * access and maps a zeroed page, so mmap() costs no memory until used and
 * a fault outside every VMA, or against its access, is the process's
 * death, not the kernel's. x86 page tables cannot express "writable but
 * not readable" or "no access but keep the frame", so every mapping is
 * readable (PROT_READ is required) and execute implies read (NX is not
 * enabled by the entry paths). munmap() and mprotect() split VMAs at
 * their boundaries; mprotect() rewrites the entries of populated pages in
 * one lazy-MMU batch and flushes the TLB once, so under Xen 64 pages are
 * one mmu_update plus one flush. Every page mapped for the process is
 * counted in user_pages, and uvm_release() unmaps and frees each one, so
 * the allocator gets back exactly what the process took; it walks only
 * where page tables exist, so a large mapping never touched (a program's
 * BSS may be a TiB) costs no time either.
 */
#define pr_fmt(fmt) "user: " fmt

#include <kernel/errno.h>
#include <kernel/printk.h>
#include <kernel/uvm.h>
#include <kernel/string.h>
#include <kernel/syscall_nr.h>
#include <kernel/tlb.h>
#include <kernel/uaccess.h>
#include <pvops/ops.h>

#define PROT_VALID (PROT_READ | PROT_WRITE | PROT_EXEC)

u64 uvm_pte_prot(unsigned int prot)
{
	return _PAGE_PRESENT | _PAGE_USER | _PAGE_ACCESSED |
	       (prot & PROT_WRITE ? _PAGE_RW | _PAGE_DIRTY : 0);
}

static struct vma *vma_find(struct process *p, unsigned long addr)
{
	unsigned int i;

	for (i = 0; i < p->nr_vmas; i++)
		if (addr >= p->vmas[i].start && addr < p->vmas[i].end)
			return &p->vmas[i];
	return NULL;
}

int uvm_add(struct process *p, unsigned long start, unsigned long end, unsigned int prot)
{
	unsigned int i;

	for (i = 0; i < p->nr_vmas; i++)
		if (start < p->vmas[i].end && p->vmas[i].start < end)
			return -EEXIST;
	if (p->nr_vmas == NR_VMAS)
		return -ENOMEM;
	p->vmas[p->nr_vmas++] = (struct vma){ .start = start, .end = end, .prot = prot };
	return 0;
}

/* Split the VMA holding addr so that one starts there; -ENOMEM if the table is full. */
static int vma_split(struct process *p, unsigned long addr)
{
	struct vma *v = vma_find(p, addr);

	if (!v || v->start == addr)
		return 0;
	if (p->nr_vmas == NR_VMAS)
		return -ENOMEM;
	p->vmas[p->nr_vmas++] = (struct vma){ .start = addr, .end = v->end, .prot = v->prot };
	v->end = addr;
	return 0;
}

int uvm_populate(struct process *p, unsigned long addr, const struct vma *vma, pfn_t *pfn)
{
	int err;

	if (!page_alloc(pfn))
		return -ENOMEM;
	memset(pfn_to_virt(*pfn), 0, PAGE_SIZE);
	err = map_page(p->mm, addr & PAGE_MASK, *pfn, uvm_pte_prot(vma->prot));
	if (err) {
		page_free(*pfn);
		return err;
	}
	p->user_pages++;
	return 0;
}

const char *uvm_fault(struct process *p, unsigned long addr, bool write)
{
	const struct vma *v = vma_find(p, addr);
	pfn_t pfn;

	if (!v)
		return "no mapping";
	if (write && !(v->prot & PROT_WRITE))
		return "write to a read-only mapping";
	if (lookup_page(p->mm, addr & PAGE_MASK) & _PAGE_PRESENT)
		return "protection fault on a present page";
	if (uvm_populate(p, addr, v, &pfn))
		return "out of memory";
	return NULL;
}

static bool range_ok(unsigned long addr, unsigned long len)
{
	return !(addr & ~PAGE_MASK) && len && len <= USER_MMAP_MAX_PAGES * PAGE_SIZE &&
	       user_range_ok(addr, PAGE_ALIGN(len));
}

long uvm_mmap(struct process *p, unsigned long len, unsigned int prot)
{
	unsigned long start = p->mmap_next, size = PAGE_ALIGN(len);
	int err;

	if (!len || len > USER_MMAP_MAX_PAGES * PAGE_SIZE || prot & ~PROT_VALID ||
	    !(prot & PROT_READ))
		return -EINVAL;
	if (!user_range_ok(start, size) || start + size > USER_STACK_TOP - USER_STACK_PAGES *
								     PAGE_SIZE)
		return -ENOMEM;
	err = uvm_add(p, start, start + size, prot);
	if (err)
		return err;
	p->mmap_next = start + size + PAGE_SIZE; /* a guard page between mappings */
	return start;
}

/* Unmap and free the populated pages of [start, end). */
static void release_range(struct process *p, unsigned long start, unsigned long end)
{
	unsigned long va, next;

	for (va = start; va < end; va = next) {
		u64 pte;

		next = mm_hole_end(p->mm, va);
		if (next > va)
			continue; /* no L1 table there: nothing was populated */
		next = va + PAGE_SIZE;
		pte = lookup_page(p->mm, va);
		if (!(pte & _PAGE_PRESENT))
			continue;
		if (unmap_page(p->mm, va))
			panic("uvm: cannot unmap %#lx of pid %d", va, p->pid);
		page_free(__pfn((pte & PTE_PFN_MASK) >> PAGE_SHIFT));
		p->user_pages--;
	}
}

int uvm_munmap(struct process *p, unsigned long addr, unsigned long len)
{
	unsigned long end = addr + PAGE_ALIGN(len);
	unsigned int i;
	int err;

	if (!range_ok(addr, len))
		return -EINVAL;
	err = vma_split(p, addr);
	if (!err)
		err = vma_split(p, end);
	if (err)
		return err;
	release_range(p, addr, end);
	for (i = 0; i < p->nr_vmas;) {
		if (p->vmas[i].start >= addr && p->vmas[i].end <= end)
			p->vmas[i] = p->vmas[--p->nr_vmas];
		else
			i++;
	}
	return 0;
}

int uvm_mprotect(struct process *p, unsigned long addr, unsigned long len, unsigned int prot)
{
	unsigned long end = addr + PAGE_ALIGN(len), va;
	unsigned int i;
	int err;

	if (!range_ok(addr, len) || prot & ~PROT_VALID || !(prot & PROT_READ))
		return -EINVAL;
	for (va = addr; va < end;) {
		const struct vma *v = vma_find(p, va);

		if (!v)
			return -ENOMEM; /* as Linux: part of the range is not mapped */
		va = v->end;
	}
	err = vma_split(p, addr);
	if (!err)
		err = vma_split(p, end);
	if (err)
		return err;
	for (i = 0; i < p->nr_vmas; i++)
		if (p->vmas[i].start >= addr && p->vmas[i].end <= end)
			p->vmas[i].prot = prot;
	arch_enter_lazy_mode(PVOPS_LAZY_MMU);
	for (va = addr; va < end && !err; va += PAGE_SIZE) {
		pte_t *ptep = lookup_pte(p->mm, va);
		u64 pte = ptep ? pte_val(READ_ONCE(ptep->pte)) : 0;

		if (pte & _PAGE_PRESENT)
			err = set_pte(ptep, (pte_t){ make_pte((pte & PTE_PFN_MASK) |
							       uvm_pte_prot(prot)) });
	}
	if (arch_leave_lazy_mode(PVOPS_LAZY_MMU) && !err)
		err = -EFAULT;
	flush_tlb_mm(p->mm);
	return err;
}

void uvm_release(struct process *p)
{
	unsigned int i;

	for (i = 0; i < p->nr_vmas; i++)
		release_range(p, p->vmas[i].start, p->vmas[i].end);
	p->nr_vmas = 0;
	if (p->user_pages)
		panic("uvm: pid %d still holds %lu user pages after release", p->pid,
		      p->user_pages);
}
