/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Boot-time patching (pvops/core/apply.c) and what it leaves behind for
 * reports and tests: per-kind counts and each site's outcome, indexed like
 * the records in .pvops.sites.
 */
#ifndef PVOPS_APPLY_H
#define PVOPS_APPLY_H

#include <pvops/patch.h>

#define PVOPS_MAX_SITES 4096

struct pvops_patch_stats {
	unsigned int sites;
	unsigned int by_kind[PVOP_PATCH_JMP + 1];
	unsigned int jump_sites;
	unsigned int kept_unsafe; /* kept for a reason other than pvops.nopatch */
};

struct pvop_site_outcome {
	struct pvop_patch_result result;
};

extern struct pvops_patch_stats pvops_patch_stats;
extern struct pvop_site_outcome pvops_site_outcomes[PVOPS_MAX_SITES];

void pvops_apply_patches(void);
/*
 * Checks, decides and writes one site (index names it in messages) under
 * env; the boot loop's body, also run by the patch suite on records it
 * corrupts on purpose. A refused site is reported and left unread.
 */
void pvops_apply_site(const struct pvop_patch_env *env, const struct pvop_site *site,
		      unsigned int index, struct pvop_patch_result *res);
/* The environment the boot patched with: this backend, this table, these switches. */
void pvops_boot_patch_env(struct pvop_patch_env *env);
void pvops_poison_thunk(void);
bool pvops_poison_enabled(void);
bool pvops_nopatch_enabled(void);

#endif
