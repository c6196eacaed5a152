// SPDX-License-Identifier: GPL-2.0
/*
 * The lguest stub backend: registration, detection and the hypercall.
 *
 * lguest (Linux 2.6.23 to 4.13) ran guests as ordinary processes of a Linux
 * host through /dev/lguest; no such host exists any more, so this backend
 * never runs. It is kept, built and tested because it is the smallest
 * complete backend, the one a backend author copies (`make new-backend
 * NAME=...` does the copying; docs/backends.md walks through it). Read the
 * files in this order: setup.c (how a backend is found and chosen), ops.c
 * (the table and its inline template), then host.mk and lguest_test.c (how
 * a backend's table is tested without a machine to run on).
 *
 * A backend is a struct pvops_backend placed in the backends section by
 * PVOPS_BACKEND(): core finds it there, asks detect() whether it can run,
 * and, if chosen, calls init(), copies *ops into pv_ops, patches the call
 * sites, and later calls irq_init() and, to leave, exit().
 */
#include <kernel/printk.h>
#include <pvops/backend.h>

#include "lguest.h"

struct lguest_data lguest_data;

/*
 * Detection must be cheap, change nothing and say why not in words a user
 * reading the console understands: this string is what
 * `pvops.backend=lguest-stub` prints before the detected backend boots.
 * A real backend checks the entry protocol (bi->protocol) and then asks
 * the hypervisor (a CPUID leaf, a signature in memory).
 */
static const char *lguest_detect(const struct boot_info *bi)
{
	return "no lguest host exists (lguest left Linux in 4.14); this backend is a template";
}

/*
 * lguest's guests called their host with `int $0x1f`, arguments in %rax
 * (the call number), %rbx, %rcx. Keeping the mechanism in one function is
 * what lets a backend change it later (as Xen moved from its hypercall
 * page to vmcall). With no host, reaching it is a bug: say which call.
 */
unsigned long lguest_hcall(enum lguest_hcall call, unsigned long arg1, unsigned long arg2)
{
	panic("lguest-stub: hypercall %u (%#lx, %#lx) with no lguest host", call, arg1, arg2);
}

/*
 * init() prepares what the ops depend on, before the table is installed
 * and frozen: lguest registered lguest_data with its host here. Since
 * detect() always refuses, core never calls it; reaching it is a bug.
 */
static void lguest_init(struct boot_info *bi)
{
	panic("lguest-stub: init() called although detect() refused");
}

/* Interrupt delivery and the timer: lguest's host sent them as irqs. */
static void lguest_irq_init(void)
{
	panic("lguest-stub: irq_init() called although detect() refused");
}

/* Leaving the machine: lguest's LHCALL_SHUTDOWN; here, never reached. */
static void __noreturn lguest_exit(enum machine_exit_code code)
{
	panic("lguest-stub: exit(%#x) called although detect() refused", code);
}

PVOPS_BACKEND(lguest_backend) = {
	.name = "lguest-stub",
	.priority = 0,
	.detect = lguest_detect,
	.init = lguest_init,
	.ops = &lguest_pv_ops,
	.info = &lguest_pv_info,
	.irq_init = lguest_irq_init,
	.exit = lguest_exit,
};
