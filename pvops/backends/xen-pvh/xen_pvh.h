/* SPDX-License-Identifier: GPL-2.0 */
/*
 * What the Xen PVH backend's files share with each other, and nobody else.
 */
#ifndef XEN_PVH_XEN_PVH_H
#define XEN_PVH_XEN_PVH_H

#include <kernel/bootinfo.h>
#include <pvops/backend.h>
#include <xen-guest/guest.h>

/* Linux's HYPERVISOR_CALLBACK_VECTOR: high, so no device vector is near it. */
#define XEN_PVH_CALLBACK_VECTOR 0xf3

extern const struct pvops_backend xen_pvh_backend;
extern const struct pv_ops xen_pvh_pv_ops;
extern const struct pv_info xen_pvh_pv_info;
extern struct vcpu_info xen_pvh_vcpu_info_area;

/* enlighten.c */
void xen_pvh_early_init(void);
int xen_pvh_enable_fpu(u64 xcr0); /* fpu.c */
void xen_pvh_setup_shared_info(void);
void xen_pvh_place_vcpu_info(void);
void xen_pvh_read_memory_map(struct boot_info *bi);

/* cr.c: shadows of CR0 and CR4, the slots over them, the global TLB flush. */
void xen_pvh_cr_init(void);
void xen_pvh_cr_reread(void);
unsigned long xen_pvh_read_cr0(void);
void xen_pvh_write_cr0(unsigned long value);
unsigned long xen_pvh_read_cr4(void);
void xen_pvh_write_cr4(unsigned long value);
void xen_pvh_flush_tlb_kernel(void);
int xen_pvh_protect_kernel(unsigned long from, unsigned long to);

/* clock.c: the clock's rate, kept from init(). */
void xen_pvh_clock_init(void);
unsigned long xen_pvh_clock_khz(void);

/* debugcon.c (CONFIG_XEN_PVH_DEBUGCON): port 0xe9, before any hypercall works. */
#ifdef CONFIG_XEN_PVH_DEBUGCON
void xen_pvh_debugcon_init(void);
#else
static inline void xen_pvh_debugcon_init(void)
{
}
#endif

/* domu.c: console ring or console_io, decided before the first printk; a domU's store. */
void xen_pvh_console_init(void);
void xen_pvh_store_init(void);

/* irq.c */
void xen_pvh_irq_init(void);
extern unsigned long xen_pvh_upcalls;

/* features.c: NULL if Xen offers what this backend needs, else what is missing. */
const char *xen_pvh_missing_feature(u32 features);

#endif
