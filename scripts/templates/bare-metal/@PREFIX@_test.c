// SPDX-License-Identifier: GPL-2.0
/*
 * @NAME@'s own suite: it is chosen only when forced, and never elsewhere.
 *
 * A second bare-metal backend can run wherever native can, so the one
 * property that keeps it from taking over every boot is its detect():
 * refusing other boot protocols, and refusing the PVH one unless
 * pvops.backend=@NAME@ named it. The generic suites (the conformance
 * suite, docs/backends.md) check everything else through the generic API.
 */
#include <kernel/boot.h>
#include <kernel/ktest.h>
#include <kernel/machine.h>
#include <kernel/string.h>
#include <pvops/backend.h>

#include "@PREFIX@.h"

static void refuses_other_protocols(struct ktest *t)
{
	struct boot_info xen_pv = { .protocol = BOOT_PROTOCOL_XEN_PV };

	KTEST_EXPECT_TRUE(t, @PREFIX@_detect(&xen_pv) != NULL);
}

static void runs_only_when_named(struct ktest *t)
{
	struct boot_info pvh = { .protocol = BOOT_PROTOCOL_PVH };
	const char *requested = boot_requested_backend();
	bool named = requested && !strcmp(requested, "@NAME@");

	KTEST_EXPECT_EQ(t, @PREFIX@_detect(&pvh) == NULL, named);
	KTEST_EXPECT_EQ(t, machine_backend == &@PREFIX@_backend, named);
}

static const struct ktest_case @PREFIX@_cases[] = {
	KTEST_CASE(refuses_other_protocols),
	KTEST_CASE(runs_only_when_named),
};
KTEST_SUITE(@PREFIX@, "@PREFIX@", @PREFIX@_cases);
