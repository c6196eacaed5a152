/* SPDX-License-Identifier: GPL-2.0 */
/*
 * The GDT entries whose selectors code loads, for assembly and C alike.
 *
 * The kernel's code and data entries come first: the PVH entry's boot GDT
 * (pvops/platform/pvh/entry.S) keeps them at the same places, so the
 * selectors it loads stay valid once kernel/desc.c's table replaces it.
 *
 * syscall and sysret do not read descriptors: they derive the selectors
 * from the STAR MSR, sysret taking the 64-bit code selector 16 bytes and
 * the stack selector 8 bytes above one base. So the three entries must sit
 * in that order (a 32-bit code slot, unused here but fixed by the CPU,
 * then data, then 64-bit code), and assembly that builds a hardware frame
 * on the syscall path needs the same numbers as kernel/desc.c's table.
 * This header holds only preprocessor constants, so .S files include it.
 * Under Xen PV the CPU never sees these: Xen's own flat ring-3 selectors
 * are the user selectors there (pv_info.user_cs/user_ss).
 */
#ifndef KERNEL_SEGMENTS_H
#define KERNEL_SEGMENTS_H

#define GDT_ENTRY_KERNEL_CS 1
#define GDT_ENTRY_KERNEL_DS 2

#define GDT_ENTRY_USER32_CS 6 /* STAR's sysret base: CS32, then DS at +8, CS64 at +16 */
#define GDT_ENTRY_USER_DS 7
#define GDT_ENTRY_USER_CS 8

/* A selector: the entry's index, the table indicator (0, the GDT), the RPL. */
#define GDT_SELECTOR(entry, rpl) (((entry) << 3) | (rpl))

#define USER_RPL 3
#define USER32_CS_SELECTOR GDT_SELECTOR(GDT_ENTRY_USER32_CS, USER_RPL)
#define USER_DS_SELECTOR GDT_SELECTOR(GDT_ENTRY_USER_DS, USER_RPL)
#define USER_CS_SELECTOR GDT_SELECTOR(GDT_ENTRY_USER_CS, USER_RPL)

#endif
