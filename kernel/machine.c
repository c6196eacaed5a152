// SPDX-License-Identifier: GPL-2.0
/*
 * The running backend, and the kernel's few questions to it.
 *
 * Which backend runs is one pointer, machine_backend: the one whose entry path
 * ran until selection (that is the backend that knows how to print and how
 * to leave the machine if anything fails that early), the chosen one after.
 * Generic code does not reach through it: it asks here. machine_irq_init()
 * is the kernel's init_IRQ(), the one call into a backend after boot, and
 * machine_exit() is the only way out of the kernel; it says what the run
 * came to (pass, fail, panic), and the backend turns that into whatever its
 * machine understands (an isa-debug-exit code, a shutdown reason).
 */
#include <kernel/machine.h>
#include <kernel/printk.h>
#include <pvops/backend.h>

const struct pvops_backend *machine_backend;

void machine_entered_by(const struct pvops_backend *backend)
{
	machine_backend = backend;
}

const char *machine_backend_name(void)
{
	return machine_backend ? machine_backend->name : "(none yet)";
}

unsigned long machine_hypercall_count(void)
{
	return machine_backend->hypercalls ? machine_backend->hypercalls() : 0;
}

void machine_irq_init(void)
{
	machine_backend->irq_init();
}

int machine_smp_cpus(const struct boot_info *bi, unsigned int max)
{
	return machine_backend->smp_cpus ? machine_backend->smp_cpus(bi, max) : 1;
}

void machine_ap_irq_init(void)
{
	if (machine_backend->ap_irq_init)
		machine_backend->ap_irq_init();
}

void machine_exit(enum machine_exit_reason reason)
{
	console_flush();
	machine_backend->exit(reason);
}
