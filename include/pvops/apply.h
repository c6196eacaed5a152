/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Boot-time patching (pvops/core/apply.c) and what it leaves behind for
 * reports and tests: per-kind counts and each site's outcome, indexed like
 * the records in .pvops.sites. The outcomes take three bytes a site in an
 * array the linker sizes from the number of records (kernel/pvops.lds,
 * with the sizes pvops/core/sites.S publishes), so the patcher has no limit
 * of its own on how many sites a kernel has.
 */
#ifndef PVOPS_APPLY_H
#define PVOPS_APPLY_H

#include <pvops/install.h>
#include <pvops/patch.h>

struct pvops_patch_stats {
	unsigned int sites;
	unsigned int by_kind[PVOP_PATCH_JMP + 1];
	unsigned int jump_sites;
	unsigned int kept_unsafe; /* kept for a reason other than pvops.nopatch */
};

/* A struct pvop_patch_result, packed: kind, reason and insn_len all fit a byte. */
struct pvop_site_outcome {
	u8 kind;
	u8 reason;
	u8 insn_len;
} __packed;

_Static_assert(sizeof(struct pvop_site_outcome) == PVOP_SITE_OUTCOME_SIZE, "outcome size");

extern struct pvops_patch_stats pvops_patch_stats;
/* One per record, __pvops_sites_end - __pvops_sites_start of them. */
extern struct pvop_site_outcome pvops_site_outcomes[];

/* Site i's outcome as the patcher's result type. */
struct pvop_patch_result pvops_site_outcome(unsigned int i);

/*
 * Patches every site for backend (its table installed already), naming
 * sites in pvops.report through symbolize; returns the command-line words
 * refused. Called by pvops_install() only.
 */
int pvops_apply_patches(const struct pvops_backend *backend, pvops_symbolize_fn symbolize);
/*
 * Checks, decides and writes one site (index names it in messages) under
 * env; the boot loop's body, also run by the patch suite on records it
 * corrupts on purpose. A refused site is reported and left unread.
 */
void pvops_apply_site(const struct pvop_patch_env *env, const struct pvop_site *site,
		      unsigned int index, struct pvop_patch_result *res);
/* The bytes site index must hold now, by its recorded outcome (buf: PVOP_MAX_SITE_LEN). */
void pvops_site_expected(const struct pvop_site *site, unsigned int index, u8 *buf);
/* The environment the boot patched with: this backend, this table, these switches. */
void pvops_boot_patch_env(struct pvop_patch_env *env);
void pvops_poison_thunk(void);
bool pvops_poison_enabled(void);
bool pvops_nopatch_enabled(void);

#endif
