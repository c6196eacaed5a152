// SPDX-License-Identifier: GPL-2.0
/*
 * A folder of the patchcheck fixture that declares port I/O and holds one.
 *
 * Real images have their privileged instructions in backend and layer
 * folders that say so with PVOPS_ALLOW_PRIVILEGED; the fixture needs one
 * such folder of its own to show both halves of the rule. Its outb is
 * allowed (the good fixture's "1 inside"), while the same instruction in
 * tests/tools/fixture.S, a folder that declared nothing, is reported, with
 * this folder named as the one that declared port I/O. It lives in a
 * subfolder because a declaration covers every compile unit under its
 * folder. The code is in .text, after .text.entry, so the addresses
 * tests/tools/ expected outputs name do not move with it. Nothing here ever runs.
 */
#include <kernel/types.h>
#include <pvops/privileged.h>

PVOPS_ALLOW_PRIVILEGED(PVOPS_PRIV_IO);

void fixture_layer_outb(u8 value);

void fixture_layer_outb(u8 value)
{
	asm volatile("outb %0, $0x80" : : "a"(value));
}
