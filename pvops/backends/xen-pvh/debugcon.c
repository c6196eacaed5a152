// SPDX-License-Identifier: GPL-2.0
/*
 * An early-debug console for a PVH guest: Xen's HVM debug port.
 *
 * Xen prints what an HVM or PVH guest writes to port 0xe9 on its own
 * console, a line at a time, prefixed with the domain. It needs no
 * hypercall, so it works from the first instruction after the entry,
 * before this backend has written its vmcall/vmmcall stubs: exactly the
 * window console_io cannot cover. It is slow (one exit per byte), so it
 * exists only behind CONFIG_XEN_PVH_DEBUGCON, and it is a boot console:
 * console_io's registration drops it, so no line reaches Xen's log twice
 * and the tests read the same console with the option on or off.
 */
#include <kernel/printk.h>
#include <x86/insns.h>
#include <xen/xen.h>

#include "xen_pvh.h"

static void xen_pvh_debugcon_write(const char *text, size_t len)
{
	while (len--)
		native_outb(*text++, XEN_HVM_DEBUGCONS_IOPORT);
}

static struct console xen_pvh_debugcon = {
	.name = "xen-pvh-debugcon",
	.write = xen_pvh_debugcon_write,
	.boot = true,
};

void xen_pvh_debugcon_init(void)
{
	register_console(&xen_pvh_debugcon);
}
