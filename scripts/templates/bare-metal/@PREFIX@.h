/* SPDX-License-Identifier: GPL-2.0 */
/*
 * What the @NAME@ backend's files share with each other, and nobody else.
 */
#ifndef @SYMBOL@_H
#define @SYMBOL@_H

#include <kernel/timer.h>
#include <kernel/traps.h>
#include <pvops/backend.h>

extern const struct pvops_backend @PREFIX@_backend;
extern const struct pv_ops @PREFIX@_pv_ops;
extern const struct pv_info @PREFIX@_pv_info;
const char *@PREFIX@_detect(const struct boot_info *bi);

#endif
