// SPDX-License-Identifier: GPL-2.0
/*
 * The lguest stub backend: the smallest complete backend, kept as the
 * template a backend author copies.
 *
 * lguest (Linux 2.6.23 to 4.13) ran guests as ordinary processes of a Linux
 * host through /dev/lguest; no such host exists any more, so this backend
 * can never run. It still does everything a backend must: it registers, it
 * answers detect() with the reason it cannot run here (which is what
 * pvops.backend=lguest-stub prints before the detected backend boots),
 * and it has init() and exit(). Because detect() always refuses, core never
 * calls init() or exit(); they panic loudly if that contract is ever broken.
 */
#include <kernel/printk.h>
#include <pvops/backend.h>

static const char *lguest_detect(const struct boot_info *bi)
{
	return "no lguest host exists (lguest left Linux in 4.14); this backend is a template";
}

static void lguest_init(struct boot_info *bi)
{
	panic("lguest-stub: init() called although detect() refused");
}

static void __noreturn lguest_exit(enum machine_exit_code code)
{
	panic("lguest-stub: exit() called although detect() refused");
}

static PVOPS_BACKEND(lguest_backend) = {
	.name = "lguest-stub",
	.priority = 0,
	.detect = lguest_detect,
	.init = lguest_init,
	.exit = lguest_exit,
};
