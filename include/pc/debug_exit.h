/* SPDX-License-Identifier: GPL-2.0 */
/*
 * QEMU's isa-debug-exit device: how a PC under test tells the host the outcome.
 *
 * A byte written to its port makes QEMU exit with status (byte << 1) | 1;
 * on hardware without the device the write is ignored. The kernel leaves
 * with a reason (pass, fail, panic), not a port value: this table is the
 * one place that turns a reason into the byte, for every backend that can
 * reach the port (native directly, Xen dom0 once granted I/O privilege),
 * and the host runner (scripts/environments.py) reads the statuses back.
 * Header only, so a backend that does not build the PC layer's devices can
 * still use it.
 */
#ifndef PC_DEBUG_EXIT_H
#define PC_DEBUG_EXIT_H

#include <kernel/types.h>
#include <pvops/backend.h>

#define PC_DEBUG_EXIT_PORT 0xf4

#define PC_DEBUG_EXIT_PASS 0x10	 /* status 33 */
#define PC_DEBUG_EXIT_FAIL 0x11	 /* status 35 */
#define PC_DEBUG_EXIT_PANIC 0x12 /* status 37 */

static inline u8 pc_debug_exit_code(enum machine_exit_reason reason)
{
	switch (reason) {
	case EXIT_PASS:
		return PC_DEBUG_EXIT_PASS;
	case EXIT_FAIL:
		return PC_DEBUG_EXIT_FAIL;
	case EXIT_PANIC:
	case EXIT_POWEROFF: /* only a Xen toolstack asks; nothing on a PC does */
	case EXIT_REBOOT:
		break;
	}
	return PC_DEBUG_EXIT_PANIC;
}

#endif
