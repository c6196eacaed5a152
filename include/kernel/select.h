/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Backend selection (kernel/select.c): which built-in backend runs here.
 *
 * Pure apart from each backend's detect(), so that the boot, the PVH entry
 * (which must choose before anything is set up) and the host unit tests
 * all make the one decision the same way.
 */
#ifndef KERNEL_SELECT_H
#define KERNEL_SELECT_H

#include <pvops/backend.h>

/* Outcome of backend selection, kept for the log and the selection tests. */
enum pvops_select_outcome {
	PVOPS_SELECT_DETECTED,     /* nothing forced */
	PVOPS_SELECT_FORCED,       /* pvops.backend= named a backend that can run */
	PVOPS_SELECT_UNKNOWN,      /* pvops.backend= named no built-in backend */
	PVOPS_SELECT_NOT_DETECTED, /* pvops.backend= named one that cannot run here */
};

struct pvops_selection {
	const struct pvops_backend *chosen;
	const struct pvops_backend *detected;
	enum pvops_select_outcome outcome;
	const char *requested; /* pvops.backend= value, or NULL */
	const char *refusal;   /* detect() answer of the refused backend */
};

/*
 * Chooses among backends[0..n) for the machine described by bi. Pure apart
 * from calling detect(): the host unit tests drive it with fake backends.
 * Returns false, with sel->chosen NULL, if no backend can run.
 */
bool select_backend(const struct pvops_backend *backends, size_t n,
			  const struct boot_info *bi, const char *requested,
			  struct pvops_selection *sel);

#endif
