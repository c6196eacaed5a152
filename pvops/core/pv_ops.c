// SPDX-License-Identifier: GPL-2.0
/*
 * The table itself, and the two trivial targets every backend may use.
 *
 * pv_ops starts empty: the chosen backend's init() installs its whole table
 * with one struct copy, before anything calls through it. Both structs live
 * in .data..ro_after_init, which the boot maps read-only after patching. An op called
 * before that would jump to address zero and fault at once, which is the
 * right outcome for a kernel that used a privileged operation before it
 * knew where it runs. pvops_nop and pvops_ident are shared so that the
 * patcher can recognise "does nothing" and "returns its argument" by
 * address and replace such calls with NOPs or a register move.
 */
#include <kernel/sections.h>
#include <pvops/backend.h>
#include <pvops/pv_ops.h>

struct pv_ops pv_ops __ro_after_init;
struct pv_info pv_info __ro_after_init = { .name = "none" };

void pvops_nop(void)
{
}

u64 pvops_ident(u64 value)
{
	return value;
}

bool pvops_slot_present(unsigned int slot)
{
	return slot < PVOP_NR_SLOTS && ((void *const *)&pv_ops)[slot] != NULL;
}
