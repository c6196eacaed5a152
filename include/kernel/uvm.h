/* SPDX-License-Identifier: GPL-2.0 */
/*
 * A process's anonymous memory and the fault handler that populates it
 * (kernel/uvm.c): the VMAs of struct process, mapped on first touch.
 */
#ifndef KERNEL_UVM_H
#define KERNEL_UVM_H

#include <kernel/runqueue.h>

long uvm_mmap(struct process *p, unsigned long len, unsigned int prot);
int uvm_munmap(struct process *p, unsigned long addr, unsigned long len);
int uvm_mprotect(struct process *p, unsigned long addr, unsigned long len, unsigned int prot);
int uvm_add(struct process *p, unsigned long start, unsigned long end, unsigned int prot);
/* Map a fresh zeroed page for addr in vma; 0 or a negative errno. */
int uvm_populate(struct process *p, unsigned long addr, const struct vma *vma, pfn_t *pfn);
/* Why the access is refused, or NULL once the page is there (demand paging). */
const char *uvm_fault(struct process *p, unsigned long addr, bool write);
void uvm_release(struct process *p);
u64 uvm_pte_prot(unsigned int prot);

#endif
