// SPDX-License-Identifier: GPL-2.0
/*
 * What each pv_ops slot is called and what its targets may clobber.
 *
 * The record of a call site carries only a slot index; this table turns it
 * into a name for reports and into the contract the patcher checks a direct
 * call against: a plain C target may clobber every caller-saved register, a
 * callee-save slot's target only %rax. A required slot (REQ) is one the
 * generic kernel (kernel/) has a call site for, so every backend must fill
 * it and core panics at boot if the chosen one does not; optional ones
 * (OPT) are called only by suites and benchmarks, or serve features a
 * backend may not offer yet, and a call through an empty one traps at its
 * site. The slots and their contract are listed once, in
 * include/pvops/slots.h, which the build checks against the sites of the
 * linked image (`patchcheck required`). Entries are keyed by PVOP_SLOT()
 * of the member, so reordering struct pv_ops cannot misname a slot, and
 * pvops_slot_info() answers NULL for an index with no entry, which the
 * patcher treats as an unknown slot.
 */
#include <pvops/patch.h>
#include <pvops/pv_ops.h>

#define REQ true
#define OPT false
#define C_VOID .target_clobbers = CLBR_CALLER_SAVED, .returns_value = false
#define C_RET .target_clobbers = CLBR_CALLER_SAVED, .returns_value = true
#define CALLEE_VOID .target_clobbers = CLBR_RET_REG, .returns_value = false
#define CALLEE_RET .target_clobbers = CLBR_RET_REG, .returns_value = true
#define JUMP .target_clobbers = CLBR_NONE, .returns_value = false

#define PVOP_SLOT_ENTRY(member, kind, contract)                                                    \
	[PVOP_SLOT(member)] = { .name = #member, kind, .required = contract },
const struct pvop_slot_info pvop_slots[PVOP_NR_SLOTS] = {
#include <pvops/slots.h>
};
#undef PVOP_SLOT_ENTRY

#define PVOP_SLOT_ENTRY(member, kind, contract) 1,
_Static_assert(sizeof((const char[]){
#include <pvops/slots.h>
	}) == PVOP_NR_SLOTS,
	       "include/pvops/slots.h must list every member of struct pv_ops");
#undef PVOP_SLOT_ENTRY

const struct pvop_slot_info *pvops_slot_info(unsigned int slot)
{
	if (slot >= PVOP_NR_SLOTS || !pvop_slots[slot].name)
		return NULL;
	return &pvop_slots[slot];
}

const char *pvops_missing_slot(const struct pv_ops *ops)
{
	const void *const *table = (const void *const *)ops;
	unsigned int slot;

	for (slot = 0; slot < PVOP_NR_SLOTS; slot++)
		if (pvop_slots[slot].required && !table[slot])
			return pvop_slots[slot].name;
	return NULL;
}
