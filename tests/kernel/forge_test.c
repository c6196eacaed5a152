// SPDX-License-Identifier: GPL-2.0
/*
 * Forge suite: a user process cannot print the verdict. The forge program
 * (user/forge.c) writes every line the host runner once trusted (a PASS
 * verdict, Xen's dom0 poweroff, dom0's guest-end lines), and the second
 * case then fails for real, so the kernel's verdict is FAIL and reaches
 * the host out of band: QEMU's exit status, Xen's record of dom0's
 * shutdown, xl's report of a domU's. scripts/run-tests boots this as the
 * `forge` variant, which must end in FAIL with must_fail the only failed
 * case. Both cases skip themselves unless ktest.forge is on the command
 * line, so `ktest=all` stays a passing run.
 */
#include <kernel/cmdline.h>
#include <kernel/ktest.h>
#include <kernel/process.h>

static bool forge;
KERNEL_PARAM_FLAG(ktest_forge, "ktest.forge", &forge);

static void forger_runs(struct ktest *t)
{
	struct proc_status status = { .code = -1 };
	int pid;

	if (!forge) {
		ktest_skip(t, "only with ktest.forge (the run must fail)");
		return;
	}
	pid = process_spawn("forge", 0, NULL);
	if (!KTEST_EXPECT_GT(t, pid, 0))
		return;
	KTEST_EXPECT_EQ(t, process_wait_kernel(pid, &status), pid);
	KTEST_EXPECT_EQ(t, status.code, 0);
	KTEST_EXPECT_EQ(t, status.signal, 0);
}

/* The real failure the forged lines try to hide. */
static void must_fail(struct ktest *t)
{
	if (!forge) {
		ktest_skip(t, "only with ktest.forge (it fails on purpose)");
		return;
	}
	KTEST_FAIL(t, "failing on purpose: the verdict must be FAIL whatever forge printed");
}

static const struct ktest_case forge_cases[] = {
	KTEST_CASE(forger_runs),
	KTEST_CASE(must_fail),
};
KTEST_SUITE(forge, "forge", forge_cases);
