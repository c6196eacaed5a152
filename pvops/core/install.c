// SPDX-License-Identifier: GPL-2.0
/*
 * Core's setup step: the chosen backend's table into pv_ops, then patching.
 *
 * The kernel's boot sequence (kernel/boot.c) calls this once, with the
 * backend it chose and the lookup it offers for naming addresses; core
 * answers with the number of command-line words it could not honour and
 * calls nothing of the kernel's but the generic services (printk, panic,
 * the string functions). The facts come with it, named after the backend
 * itself (a table of facts does not spell the name a second time). The
 * table is checked whole before the copy,
 * because it is frozen right after: a required slot left empty would
 * otherwise surface as a jump to address 0 at the first call.
 */
#include <kernel/printk.h>
#include <pvops/apply.h>
#include <pvops/install.h>
#include <pvops/pv_ops.h>

int pvops_install(const struct pvops_backend *b, pvops_symbolize_fn symbolize)
{
	const char *missing;

	if (!b->ops || !b->info)
		panic("backend %s has no ops table", b->name);
	missing = pvops_missing_slot(b->ops);
	if (missing)
		panic("backend %s leaves the required slot %s empty", b->name, missing);
	pv_ops = *b->ops;
	pv_info = *b->info;
	pv_info.name = b->name;
	return pvops_apply_patches(b, symbolize);
}
