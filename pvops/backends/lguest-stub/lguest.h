/* SPDX-License-Identifier: GPL-2.0 */
/*
 * What the lguest stub's files share. A backend keeps such a header
 * private to its folder: core and the generic kernel never include it.
 */
#ifndef LGUEST_LGUEST_H
#define LGUEST_LGUEST_H

#include <kernel/types.h>
#include <pvops/backend.h>

/*
 * The page lguest's guest shared with its host (lguest_data in Linux): the
 * host read irq_enabled before delivering an interrupt, which is why the
 * interrupt flag could be a plain store.
 */
struct lguest_data {
	unsigned long irq_enabled; /* X86_EFLAGS_IF or 0 */
	unsigned long cr2;	   /* the host wrote the fault address here */
};

/* Hypercall numbers, as lguest numbered them (LHCALL_* in Linux 4.13). */
enum lguest_hcall {
	LHCALL_FLUSH_TLB = 5,
	LHCALL_LOAD_GDT_ENTRY = 7,
	LHCALL_LOAD_IDT_ENTRY = 9,
	LHCALL_SET_STACK = 10,
	LHCALL_TS = 11,
	LHCALL_SET_CLOCKEVENT = 12,
	LHCALL_HALT = 13,
};

extern struct lguest_data lguest_data;
extern const struct pvops_backend lguest_backend;
extern const struct pv_ops lguest_pv_ops;
extern const struct pv_info lguest_pv_info;

/* Targets of the generated callee-save thunks (ops.c). */
unsigned long lguest_save_fl(void);
void lguest_restore_fl(unsigned long flags);
void lguest_irq_enable(void);

unsigned long lguest_hcall(enum lguest_hcall call, unsigned long arg1, unsigned long arg2);

#endif
