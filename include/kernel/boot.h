/* SPDX-License-Identifier: GPL-2.0 */
/*
 * The generic boot (kernel/boot.c), as entry paths and backends see it:
 * the call that ends every entry path, the selection it made, and the
 * pvops.backend= request a backend may compare with in its detect().
 */
#ifndef KERNEL_BOOT_H
#define KERNEL_BOOT_H

#include <kernel/bootinfo.h>
#include <kernel/select.h>

/*
 * The name pvops.backend= gave, or NULL; valid from before detection. A
 * backend that the machine would always detect but that should run only
 * when asked for (a second bare-metal backend next to native) compares it
 * with its own name in detect().
 */
const char *boot_requested_backend(void);

/* The selection this boot made (valid after boot_kernel() has selected; kernel/boot.c). */
extern struct pvops_selection boot_selection;

/* Every entry path ends here, after machine_entered_by() (kernel/machine.h). */
void boot_kernel(struct boot_info *bi) __noreturn;

#endif
