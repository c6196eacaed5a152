/* SPDX-License-Identifier: GPL-2.0 */
/*
 * What the Xen backend's files share with each other, and nobody else.
 */
#ifndef XEN_XEN_H
#define XEN_XEN_H

#include <kernel/bootinfo.h>
#include <pvops/backend.h>
#include <xen-guest/guest.h>
#include <xen/xen.h>

extern const struct pvops_backend xen_backend;
extern const start_info_t *xen_start_info;
extern struct vcpu_info xen_vcpu_info_area;
extern u8 xen_upcall_mask_at_entry;

extern const struct pv_ops xen_pv_ops;
extern const struct pv_info xen_pv_info;
void xen_setup_shared_info(void);
void xen_place_vcpu_info(void);

/* Ops (irq.c), wrapped into the table by ops.c; the clock is the layer's. */
extern const u8 xen_irq_disable_direct[], xen_irq_enable_direct[], xen_save_fl_direct[],
	xen_restore_fl_direct[];
/* Mask events, returning the previous mask; put it back (delivering what is pending). */
u8 xen_mask_events(void);
void xen_restore_events(u8 mask);
void xen_safe_halt(void);
void xen_halt(void);

void xen_load_idt(const struct desc_ptr *desc);
/* The check of what reaches the int 0x80 entry (trap_table.c), before the gate is granted. */
void xen_int80_init(void);
void xen_write_idt_entry(void *idt, unsigned long index, const void *gate);
void xen_iret(void);
unsigned long xen_read_cr3(void);
extern unsigned long xen_current_cr3;
void xen_write_cr3(unsigned long cr3);
int xen_set_pte(pte_t *ptep, u64 value);
int xen_set_pmd(pmd_t *pmdp, u64 value);
int xen_set_pud(pud_t *pudp, u64 value);
int xen_set_p4d(p4d_t *p4dp, u64 value);
u64 xen_make_pte(u64 value);
u64 xen_pte_val(u64 entry);
void xen_alloc_pte(struct mm_struct *mm, pfn_t pfn);
void xen_alloc_pmd(struct mm_struct *mm, pfn_t pfn);
void xen_alloc_pud(struct mm_struct *mm, pfn_t pfn);
void xen_alloc_pgd(struct mm_struct *mm, pfn_t pfn);
void xen_release_pte(pfn_t pfn);
void xen_release_pmd(pfn_t pfn);
void xen_release_pud(pfn_t pfn);
void xen_release_pgd(pfn_t pfn);
u64 xen_extend_direct_map(unsigned long *next_free, unsigned long limit);
unsigned long xen_initial_map_end(void);
u64 *xen_find_entry(u64 *pgd, unsigned long addr, unsigned int level);
void xen_load_gdt(const struct desc_ptr *desc);
void xen_write_gdt_entry(void *gdt, unsigned long index, const void *desc, unsigned long size);
void xen_load_sp0(unsigned long sp0);
void xen_irq_init(void);
/* callback_op(register) with events masked in the callback (upcall.c); what names it on failure. */
void xen_register_callback(unsigned int type, const void *address, const char *what);
void xen_syscall_init(void);
void xen_sysret(void);
void xen_load_fs_base(unsigned long base);
void xen_load_gs_base_user(unsigned long base);
void xen_load_percpu_base(unsigned long base);
int xen_enable_fpu(u64 xcr0); /* fpu.c */
/* A pgd's user twin (user.c), which the pgd-level slots keep with it. */
pfn_t xen_user_pgd_of(pfn_t kernel_pgd);
void xen_activate_mm(struct mm_struct *prev, struct mm_struct *next);
/* Remap a page read-only and pin it at a level, or unpin it and make it writable (mmu.c). */
void xen_alloc_table(pfn_t pfn, unsigned int pin, const char *caller);
/* One checked page-table entry update, queued while lazy MMU mode lasts (mmu.c). */
int xen_update_entry(void *entry, u64 value, const char *caller);
void xen_release_table(pfn_t pfn, const char *caller);

/* domu.c: the console (ring or console_io) chosen at entry, and a domU's store. */
void xen_pv_console_init(const start_info_t *si);
void xen_pv_store_init(void);

/* A read-only mapping of a page of the image (GDT pages, frozen kernel pages). */
#define XEN_PTE_RO (_PAGE_PRESENT | _PAGE_USER | _PAGE_ACCESSED)
int xen_protect_kernel(unsigned long start, unsigned long end);

#endif
