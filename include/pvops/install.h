/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Core's setup step, as the kernel's boot sequence calls it.
 *
 * Installing is everything pv_ops adds to a boot: check the chosen
 * backend's table is complete, copy it (and pv_info) into place, patch
 * every call site for it. The kernel calls this once, between the
 * backend's init() and the freeze; core is handed all it needs (the
 * backend, and the kernel's address-to-symbol lookup for pvops.report), so
 * nothing in pvops/core names a function of kernel/. Without pv_ops there is
 * nothing to install and no core object is built: the inline below is the
 * whole step.
 */
#ifndef PVOPS_INSTALL_H
#define PVOPS_INSTALL_H

#include <pvops/backend.h>

/* Names the function containing addr and the offset into it, or NULL. */
typedef const char *(*pvops_symbolize_fn)(unsigned long addr, unsigned long *offset);

#ifdef CONFIG_PVOPS
/*
 * Installs b's ops and patches the call sites; panics on an incomplete
 * table. Returns the number of command-line words it refused (a switch
 * combination that cannot be honoured), for the boot's error count.
 */
int pvops_install(const struct pvops_backend *b, pvops_symbolize_fn symbolize);
/*
 * The call sites whose live bytes differ from what the boot's patching
 * left there (sites refused as outside the text are not read): 0 on a CPU
 * that runs exactly the patched kernel. An AP asks before its first site.
 */
unsigned int pvops_sites_unlike_outcome(void);
#else
static inline unsigned int pvops_sites_unlike_outcome(void)
{
	return 0; /* no sites */
}

static inline int pvops_install(const struct pvops_backend *b, pvops_symbolize_fn symbolize)
{
	return 0;
}
#endif

#endif
