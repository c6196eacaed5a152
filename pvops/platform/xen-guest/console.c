// SPDX-License-Identifier: GPL-2.0
/*
 * The Xen console: HYPERVISOR_console_io(CONSOLEIO_write).
 *
 * For dom0 this writes straight to Xen's own console (the serial port QEMU
 * shows), with no ring buffer, event channel or backend driver to set up,
 * so it works from the first instruction after the entry, PV or PVH. Xen
 * takes at most a page-ish chunk per call and can accept less than asked,
 * so the write loops on what it reports. A domU's console is a ring shared
 * with its console backend instead (start_info's or HVM_PARAM_CONSOLE_*);
 * that would be a second struct console here, registered once the ring is
 * mapped, with this one kept for what is printed before.
 */
#include <kernel/printk.h>
#include <xen-guest/guest.h>
#include <xen-guest/hypercall.h>

static void xen_console_write(const char *text, size_t len)
{
	while (len) {
		int chunk = len > 1024 ? 1024 : (int)len;
		long rc = HYPERVISOR_console_io(CONSOLEIO_write, chunk, text);

		if (rc < 0)
			return; /* nowhere left to report it */
		text += chunk;
		len -= chunk;
	}
}

static struct console xen_console = {
	.name = "xen-console_io",
	.write = xen_console_write,
};

void xen_console_init(void)
{
	register_console(&xen_console);
}
