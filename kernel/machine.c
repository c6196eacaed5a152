// SPDX-License-Identifier: GPL-2.0
/*
 * The running backend, and the kernel's few questions to it.
 *
 * Which backend runs is one pointer, pvops_backend: the one whose entry path
 * ran until selection (that is the backend that knows how to print and how
 * to leave the machine if anything fails that early), the chosen one after.
 * Generic code does not reach through it: it asks here. machine_irq_init()
 * is the kernel's init_IRQ(), the one call into a backend after boot, and
 * machine_exit() is the only way out of the kernel; it says what the run
 * came to (pass, fail, panic), and the backend turns that into whatever its
 * machine understands (an isa-debug-exit code, a shutdown reason).
 */
#include <kernel/printk.h>
#include <pvops/backend.h>

const struct pvops_backend *pvops_backend;

void pvops_entered_by(const struct pvops_backend *backend)
{
	pvops_backend = backend;
}

const char *machine_backend_name(void)
{
	return pvops_backend ? pvops_backend->name : "(none yet)";
}

unsigned long pvops_hypercall_count(void)
{
	return pvops_backend->hypercalls ? pvops_backend->hypercalls() : 0;
}

void machine_irq_init(void)
{
	pvops_backend->irq_init();
}

void machine_exit(enum machine_exit_reason reason)
{
	console_flush();
	pvops_backend->exit(reason);
}
