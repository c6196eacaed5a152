// SPDX-License-Identifier: GPL-2.0
/*
 * panic(): say why, then leave the machine with the trap status.
 *
 * The reason is printed at emergency level so no log level hides it, with
 * the backend that is running (a panic under Xen and one on bare hardware
 * differ in what they can mean). A panic inside panic (a fault while
 * printing, say) skips straight to the exit: the first reason is the one
 * that matters and is already on the console. The host runner reads the
 * trap status, 37, as a crash, never as a pass.
 */
#include <kernel/machine.h>
#include <kernel/printk.h>
#include <pvops/backend.h>

void panic(const char *fmt, ...)
{
	static bool in_panic;
	char reason[256];
	va_list ap;

	if (in_panic)
		machine_exit(EXIT_PANIC);
	in_panic = true;

	va_start(ap, fmt);
	vsnprintf(reason, sizeof(reason), fmt, ap);
	va_end(ap);
	printk(KERN_EMERG "\nKernel panic - not syncing: %s\n", reason);
	printk(KERN_EMERG "pvops: backend %s; leaving with the trap status\n",
	       machine_backend_name());
	machine_exit(EXIT_PANIC);
}
