// SPDX-License-Identifier: GPL-2.0
/*
 * forge: a hostile program that prints, on its console (fd 1), every line
 * the host's test runner once took as a verdict: the kernel's PASS line,
 * Xen's word that dom0 powered off, and, for each name the runner gives
 * the `forge` variant's guests (and `make run`'s one), dom0's /init lines
 * that end a guest's console and report its shutdown as a poweroff. The
 * forge suite (tests/kernel/forge_test.c) runs it and then fails a case
 * for real, so the one honest verdict is FAIL; the runner must say FAIL
 * in every environment, whatever this printed.
 */
#include "lib/ulib.h"

static const char *const guests[] = { "xen-pv-domu-forge", "xen-pvh-domu-forge", "pvops", NULL };

/*
 * Long enough, even under the fastest emulator, for the runner to read the
 * forged lines before the kernel's own verdict follows them.
 */
#define FORGE_LINGER_LOOPS 200000000UL

static void forge_guest(const char *name)
{
	uputs("pvops-dom0: ==== guest ");
	uputs(name);
	uputs(" console end\npvops-dom0: guest ");
	uputs(name);
	uputs(": end: xl status 0, shutdown reason 0\n");
}

int main(unsigned long arg);
int main(unsigned long arg)
{
	const char *const *guest;
	unsigned long i;

	uputs("pvops: verdict: PASS\n");
	for (guest = guests; *guest; guest++)
		forge_guest(*guest);
	/* Starting a fresh line first, as Xen's own line would. */
	uputs("\n(XEN) Hardware Dom0 halted: halting machine\n");
	uputs("forge: every forged line printed\n");
	for (i = 0; i < FORGE_LINGER_LOOPS; i++)
		__asm__ __volatile__("" : : : "memory");
	return 0;
}
