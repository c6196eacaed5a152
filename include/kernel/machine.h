/* SPDX-License-Identifier: GPL-2.0 */
/*
 * The running machine (kernel/machine.c): which backend it is, and the way
 * out. Valid from the first line of an entry path, before selection, so
 * that panic() can always leave.
 */
#ifndef KERNEL_MACHINE_H
#define KERNEL_MACHINE_H

#include <pvops/backend.h>

/* The backend that runs: the entering one until selection, then the chosen one. */
extern const struct pvops_backend *machine_backend;

/*
 * Called first by an entry path, with the backend that owns it, so that
 * panic() and machine_exit() work before selection; then boot_kernel().
 */
void machine_entered_by(const struct pvops_backend *backend);

/* Flush the console and leave through the current backend (kernel/machine.c). */
void machine_exit(enum machine_exit_reason reason) __noreturn;
/* The running backend's irq_init(): start_kernel()'s init_IRQ(). */
void machine_irq_init(void);
/* The backend's CPU count (its smp_cpus(), or 1), and an AP's interrupt set-up. */
int machine_smp_cpus(const struct boot_info *bi, unsigned int max);
void machine_ap_irq_init(void);
/* The running backend's name, for messages ("(none yet)" before any entry). */
const char *machine_backend_name(void);

/* Hypercalls the running backend has made so far (0 for native). */
unsigned long machine_hypercall_count(void);

#endif
