// SPDX-License-Identifier: GPL-2.0
/*
 * Halt suite: the two halts keep the contract of the instructions they
 * stand for, on every backend.
 *
 * safe_halt() is "sti; hlt": it enables interrupts and waits in one step,
 * so a wake-up that is due cannot slip in between, and it returns with
 * interrupts enabled. halt() is a bare "hlt": it leaves the interrupt flag
 * alone, so with interrupts enabled it returns after the next interrupt,
 * and with them disabled nothing may wake it, ever. That last promise can
 * only be seen from outside: `ktest.halt_masked` makes the final case halt
 * with interrupts off and a timer armed, and the runner checks the console
 * stays silent after the case's announcement (a backend whose halt lets the
 * timer in prints the failure and a FAIL verdict instead). In an HVM
 * container the stop is Xen's: its hvm_hlt() takes a vCPU that halts with
 * IF clear offline (hvm_vcpu_down(); a real CPU would wait for an NMI) and,
 * with no vCPU left, shuts the domain down as a poweroff, so under Xen PVH
 * the silence ends with Xen's own record of that ("Hardware Dom0 halted"
 * for a dom0), which the runner accepts in its place.
 */
#include <kernel/cmdline.h>
#include <kernel/ktest.h>
#include <kernel/printk.h>
#include <kernel/timer.h>
#include <pvops/ops.h>

#define NSEC_PER_MSEC 1000000ULL

static bool halt_masked;
KERNEL_PARAM_FLAG(ktest_halt_masked, "ktest.halt_masked", &halt_masked);

static void safe_halt_enables_and_waits(struct ktest *t)
{
	unsigned long flags, before;
	bool enabled_on_return = true;
	u64 start;

	local_irq_save(flags);
	local_irq_disable();
	before = timer_stats()->ticks;
	start = sched_clock();
	timer_arm(3 * NSEC_PER_MSEC);
	/* Checked with interrupts off, so a tick cannot fall between check and halt. */
	while (timer_stats()->ticks == before) {
		safe_halt();
		enabled_on_return &= !irqs_disabled();
		local_irq_disable();
	}
	local_irq_restore(flags);
	KTEST_EXPECT_TRUE(t, enabled_on_return);
	KTEST_EXPECT_EQ(t, timer_stats()->ticks, before + 1);
	KTEST_EXPECT_UGE(t, sched_clock() - start, 3 * NSEC_PER_MSEC);
}

/*
 * The gap between enabling and halting is the caller's race, so the
 * deadline is far beyond it: a tick inside it would leave hlt waiting.
 */
static void halt_with_interrupts_enabled_returns(struct ktest *t)
{
	unsigned long flags, before;
	bool enabled_on_return = true;

	local_irq_save(flags);
	local_irq_disable();
	before = timer_stats()->ticks;
	timer_arm(50 * NSEC_PER_MSEC);
	local_irq_enable();
	while (timer_stats()->ticks == before) {
		halt();
		enabled_on_return &= !irqs_disabled();
	}
	local_irq_restore(flags);
	KTEST_EXPECT_TRUE(t, enabled_on_return);
	KTEST_EXPECT_EQ(t, timer_stats()->ticks, before + 1);
}

static void halt_with_interrupts_disabled_stops(struct ktest *t)
{
	unsigned long before;

	if (!halt_masked) {
		ktest_skip(t, "needs ktest.halt_masked (it never returns)");
		return;
	}
	local_irq_disable();
	before = timer_stats()->ticks;
	timer_arm(NSEC_PER_MSEC);
	pr_info("halt: halting with interrupts disabled and a timer armed: the CPU stops here\n");
	halt();
	KTEST_FAIL(t, "halt() returned with interrupts disabled (%lu tick(s) delivered)",
		   timer_stats()->ticks - before);
}

static const struct ktest_case halt_cases[] = {
	KTEST_CASE(safe_halt_enables_and_waits),
	KTEST_CASE(halt_with_interrupts_enabled_returns),
	KTEST_CASE(halt_with_interrupts_disabled_stops),
};
KTEST_SUITE(halt, "halt", halt_cases);
