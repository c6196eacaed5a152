// SPDX-License-Identifier: GPL-2.0
/*
 * This backend's registration, detection and hypercall.
 *
 * Template: this backend never runs, since detect() always refuses. It is
 * kept, built and tested because it is the smallest complete backend, the
 * one a backend author copies (`make new-backend NAME=...` does the
 * copying; docs/backends.md walks through it). Read the files in this
 * order: register.c (how a backend is found and chosen), ops.c (the table
 * and its inline template), then host.mk and lguest_test.c (how a
 * backend's table is tested without a machine to run on).
 *
 * lguest 4.13: lguest (Linux 2.6.23 to 4.13) ran 32-bit guests as ordinary
 * processes of a Linux host through /dev/lguest; no such host exists any
 * more. The stub is a 64-bit model of its guest side, true to Linux 4.13
 * where it says so (lguest.h, ops.c).
 *
 * A backend is a struct pvops_backend placed in the backends section by
 * PVOPS_BACKEND(): core finds it there, asks detect() whether it can run,
 * and, if chosen, calls init(), copies *ops into pv_ops, patches the call
 * sites, and later calls irq_init() and, to leave, exit().
 */
#include <kernel/printk.h>
#include <pvops/backend.h>

#include "lguest.h"

/*
 * Detection must be cheap, change nothing and say why not in words a user
 * reading the console understands: this string is what
 * `pvops.backend=lguest-stub` prints before the detected backend boots.
 * A real backend checks the entry protocol (bi->protocol) and then asks
 * the hypervisor (a CPUID leaf, a signature in memory).
 */
static const char *lguest_detect(const struct boot_info *bi)
{
	return LGUEST_NO_HOST;
}

/*
 * Every exit to the host goes through this one function, so the mechanism
 * can change in one place (as Xen's moved from its hypercall page to
 * vmcall). With no host, reaching it is a bug: say which call.
 *
 * lguest 4.13: the guest trapped with `int $0x1f` (LGUEST_TRAP_ENTRY), the
 * call number in %eax, arguments in %ebx, %ecx, %edx and %esi, any result
 * back in %eax (arch/x86/include/asm/lguest_hcall.h); in the 64-bit model
 * those are %rax, %rbx, %rcx, %rdx and %rsi. Calls queued in the ring ran
 * before any direct one (drivers/lguest/hypercalls.c).
 */
unsigned long lguest_hcall(unsigned long call, unsigned long arg1, unsigned long arg2,
			   unsigned long arg3, unsigned long arg4)
{
	panic("lguest-stub: hypercall %lu (%#lx, %#lx, %#lx, %#lx) with no host to take it",
	      call, arg1, arg2, arg3, arg4);
}

/*
 * init() prepares what the ops depend on, before the table is installed
 * and frozen. Since detect() always refuses, core never calls it;
 * reaching it is a bug.
 *
 * lguest 4.13: the guest named lguest_data to its host with
 * LHCALL_LGUEST_INIT in its entry code (arch/x86/lguest/head_32.S), before
 * any C ran; the host then wrote tsc_khz and the time into it.
 */
static void lguest_init(struct boot_info *bi)
{
	panic("lguest-stub: init() called although detect() refused");
}

/*
 * Interrupt delivery and the timer device.
 *
 * lguest 4.13: the host raised lines in its own bitmap, skipped those the
 * guest set in blocked_interrupts, and entered the guest's IDT handler;
 * boot.c's lguest_time_init unblocked the timer line last.
 */
static void lguest_irq_init(void)
{
	panic("lguest-stub: irq_init() called although detect() refused");
}

/*
 * Leaving the machine; here, never reached.
 *
 * lguest 4.13: LHCALL_SHUTDOWN with a message and LGUEST_SHUTDOWN_POWEROFF
 * or LGUEST_SHUTDOWN_RESTART.
 */
static void __noreturn lguest_exit(enum machine_exit_reason reason)
{
	panic("lguest-stub: exit(%d) called although detect() refused", reason);
}

PVOPS_BACKEND(lguest_backend) = {
	.name = "lguest-stub",
	.priority = PVOPS_PRIORITY_FORCED_ONLY,
	.detect = lguest_detect,
	.init = lguest_init,
	.ops = &lguest_pv_ops,
	.info = &lguest_pv_info,
	.irq_init = lguest_irq_init,
	.exit = lguest_exit,
};
