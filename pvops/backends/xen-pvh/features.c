// SPDX-License-Identifier: GPL-2.0
/*
 * What a PVH guest needs from Xen before it can run at all.
 *
 * One feature is not negotiable: event delivery by a vector
 * (XENFEAT_hvm_callback_vector, HVM_PARAM_CALLBACK_IRQ of type vector).
 * Without it a PVH guest, which has no emulated IOAPIC or PCI device to
 * take the other callback types, would never see its timer and would hang
 * in its first wait. So the answer is a sentence naming the missing
 * feature, which detect() returns (the console shows it when the backend
 * is forced, and the early console says it on every boot), never a hang.
 * It is a pure function of the feature word, so the host tests feed it
 * every case.
 */
#include <xen-guest/guest.h>
#include <xen/features.h>

#include "xen_pvh.h"

const char *xen_pvh_missing_feature(u32 features)
{
	if (!(features & (1U << XENFEAT_hvm_callback_vector)))
		return "Xen lacks XENFEAT_hvm_callback_vector: no event delivery by vector, "
		       "so the timer could never interrupt";
	return NULL;
}
