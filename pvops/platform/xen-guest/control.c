// SPDX-License-Identifier: GPL-2.0
/*
 * control/shutdown: the toolstack's way to ask a PV-aware guest to leave.
 *
 * `xl shutdown` writes "poweroff" (`xl reboot`: "reboot") into the guest's
 * control/shutdown key and waits for the domain to shut down with that
 * reason. The guest watches the key; xenstored fires a watch once when it
 * is set up, with whatever the key holds, so an empty value means nothing
 * was asked. A request is acknowledged by clearing the key, as Linux does,
 * announced on the console, and carried out by machine_exit(), the
 * kernel's one way out, so the console is flushed and the backend turns
 * EXIT_POWEROFF or EXIT_REBOOT into the matching SCHEDOP_shutdown reason:
 * the reason xl reports is the one it asked for. A request this kernel
 * cannot honour (suspend) is said and left alone, and xl times it out.
 */
#define pr_fmt(fmt) "xen: " fmt

#include <kernel/errno.h>
#include <kernel/machine.h>
#include <kernel/printk.h>
#include <kernel/string.h>
#include <pvops/backend.h>
#include <xen-guest/xenstore.h>

#define XEN_CONTROL_SHUTDOWN "control/shutdown"
#define XEN_CONTROL_TOKEN "pvops-shutdown"
#define XEN_CONTROL_VALUE_MAX 32

static void xen_control_shutdown(const char *path, const char *token)
{
	char value[XEN_CONTROL_VALUE_MAX];
	int err = xen_store_read(XEN_CONTROL_SHUTDOWN, value, sizeof(value));

	if (err < 0) {
		if (err != -ENOENT)
			pr_err("reading %s failed (%d)\n", XEN_CONTROL_SHUTDOWN, err);
		return;
	}
	if (!value[0])
		return;
	err = xen_store_write(XEN_CONTROL_SHUTDOWN, "");
	if (err)
		pr_err("clearing %s failed (%d)\n", XEN_CONTROL_SHUTDOWN, err);
	if (!strcmp(value, "poweroff") || !strcmp(value, "halt")) {
		pr_info("%s: %s requested by the toolstack; powering off\n",
			XEN_CONTROL_SHUTDOWN, value);
		machine_exit(EXIT_POWEROFF);
	}
	if (!strcmp(value, "reboot")) {
		pr_info("%s: reboot requested by the toolstack; rebooting\n", XEN_CONTROL_SHUTDOWN);
		machine_exit(EXIT_REBOOT);
	}
	pr_warn("%s: '%s' is not supported; ignored\n", XEN_CONTROL_SHUTDOWN, value);
}

void xen_control_init(void)
{
	int err = xen_store_watch(XEN_CONTROL_SHUTDOWN, XEN_CONTROL_TOKEN, xen_control_shutdown);

	if (err)
		pr_err("watching %s failed (%d): xl shutdown will not be seen\n",
		       XEN_CONTROL_SHUTDOWN, err);
}
