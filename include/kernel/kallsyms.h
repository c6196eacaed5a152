/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Text symbols of the running image, for reports that name code
 * (pvops.report, panics). The table is generated from the linked image by
 * scripts/kallsyms and linked in a second pass; see the Makefile.
 */
#ifndef KERNEL_KALLSYMS_H
#define KERNEL_KALLSYMS_H

#include <kernel/types.h>

/* The function containing addr and addr's offset in it, or NULL. */
const char *kallsyms_lookup(unsigned long addr, unsigned long *offset);

#endif
