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
#include <pvops/slots.h>

#define REQ true
#define OPT false
#define C_VOID CLBR_CALLER_SAVED, false
#define C_RET CLBR_CALLER_SAVED, true
#define CALLEE_VOID CLBR_RET_REG, false
#define CALLEE_RET CLBR_RET_REG, true
#define JUMP CLBR_NONE, false
#define SLOT(member, kind, contract)                                                               \
	[PVOP_SLOT(member)] = { .name = #member, SLOT_FIELDS(kind, contract) },
#define SLOT_FIELDS(...) SLOT_FIELDS_(__VA_ARGS__)
#define SLOT_FIELDS_(clobbers, returns, is_required)                                               \
	.target_clobbers = clobbers, .returns_value = returns, .required = is_required

const struct pvop_slot_info pvop_slots[PVOP_NR_SLOTS] = { PVOP_SLOT_LIST(SLOT) };

#define COUNT(member, kind, contract) +1
_Static_assert(0 PVOP_SLOT_LIST(COUNT) == PVOP_NR_SLOTS,
	       "include/pvops/slots.h must list every member of struct pv_ops");

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
