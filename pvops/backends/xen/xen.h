/* SPDX-License-Identifier: GPL-2.0 */
/*
 * What the Xen backend's files share with each other, and nobody else.
 */
#ifndef XEN_XEN_H
#define XEN_XEN_H

#include <kernel/bootinfo.h>
#include <pvops/backend.h>
#include <xen/xen.h>

extern const struct pvops_backend xen_backend;
extern const start_info_t *xen_start_info;
extern shared_info_t *xen_shared_info;
extern struct vcpu_info *xen_vcpu;

void xen_console_init(void);
void xen_init_ops(void);
extern const struct pv_ops xen_pv_ops;
extern const struct pv_info xen_pv_info;
void xen_setup_shared_info(void);

/* Ops (irq.c, time.c), wrapped into the table by ops.c. */
unsigned long xen_save_fl(void);
void xen_restore_fl(unsigned long flags);
void xen_irq_disable(void);
void xen_irq_enable(void);
void xen_safe_halt(void);
void xen_halt(void);
u64 xen_sched_clock(void);
unsigned long xen_clock_khz(void);
extern void __raw_callee_save_xen_save_fl(void), __raw_callee_save_xen_restore_fl(void),
	__raw_callee_save_xen_irq_disable(void), __raw_callee_save_xen_irq_enable(void);

void xen_load_idt(const struct desc_ptr *desc);
void xen_write_idt_entry(void *idt, unsigned long index, const void *gate);
void xen_iret(void);

/* Report a failed hypercall with the caller's name, then panic. */
void xen_hypercall_failed(const char *caller, const char *hypercall, long rc) __noreturn;

#endif
