/* SPDX-License-Identifier: GPL-2.0 */
/*
 * What the native backend's files share with each other, and nobody else.
 */
#ifndef NATIVE_NATIVE_H
#define NATIVE_NATIVE_H

#include <pvops/backend.h>

extern const struct pvops_backend native_backend;

void native_console_init(void);
void native_early_idt_init(void);
void native_tsc_calibrate(void);
#ifdef CONFIG_PVOPS
void native_install_ops(void);
#else
static inline void native_install_ops(void)
{
}
#endif

#endif
