/* SPDX-License-Identifier: GPL-2.0 */
/*
 * What the native backend's files share with each other, and nobody else.
 */
#ifndef NATIVE_NATIVE_H
#define NATIVE_NATIVE_H

#include <pvops/backend.h>

extern const struct pvops_backend native_backend;

void native_irq_init(void);
void native_ap_irq_init(void);
#ifdef CONFIG_PVOPS
extern const struct pv_ops native_pv_ops;
extern const struct pv_info native_pv_info;
#endif

#endif
