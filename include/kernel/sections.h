/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Where the linker put the parts of the image that the kernel polices.
 *
 * kernel/pvops.lds defines these around its output sections. Two rules
 * hang on them: the patcher writes only inside [__text_start, __text_end),
 * so a corrupt call-site record cannot make it rewrite data or touch memory
 * outside the image; and once patching is done the pages of the text and
 * of .data..ro_after_init (the pv_ops table) are mapped read-only, which
 * is why the linker script gives each of them pages of its own. The text
 * end is exact (the patcher's bound); the freeze rounds it up to a page,
 * and the script aligns what follows so that rounding covers no data.
 */
#ifndef KERNEL_SECTIONS_H
#define KERNEL_SECTIONS_H

#include <kernel/types.h>

extern const char __text_start[], __text_end[];
extern const char __ro_after_init_start[], __ro_after_init_end[];
extern const char __image_start[], __image_end[];

/* Written during boot, read-only once the kernel is frozen (kernel/freeze.c). */
#define __ro_after_init __section(".data..ro_after_init")

/* Maps the text and .data..ro_after_init read-only; the last step of the boot. */
void freeze_kernel(void);
/* Whether freeze_kernel() has made both read-only: what an AP checks first. */
extern bool kernel_frozen;

#endif
