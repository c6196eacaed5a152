/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Vector numbers the Xen backend uses, shared by its C and assembly.
 * Events are not interrupts to Xen, but the generic kernel dispatches
 * everything by vector, so the event upcall borrows one no device uses.
 */
#ifndef XEN_VECTORS_H
#define XEN_VECTORS_H

#define XEN_NR_EXCEPTIONS 32
#define XEN_UPCALL_VECTOR 0xf3
/* What Xen bounces to the int 0x80 trap-table entry, until trap_table.c has checked it (xen_int80). */
#define XEN_INT80_VECTOR 0xf2

#endif
