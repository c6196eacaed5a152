// SPDX-License-Identifier: GPL-2.0
/*
 * The Xen PVH backend's own suite: what PVH promises, checked against Xen.
 *
 * The generic suites already prove the ops; this one checks what is the
 * PVH backend's: that the hypercall page holds the stubs chosen for this
 * CPU, that shared_info and vcpu_info are where init() put them and Xen
 * writes there, that events arrive through the callback vector (a timer
 * armed and polled for with interrupts on raises the upcall count), that
 * the clock agrees with Xen's own time, and that the CR0/CR4 reads, which
 * are cr.c's shadows, say what the CPU holds, also across a write. It
 * skips itself when another backend booted.
 */
#include <kernel/ktest.h>
#include <kernel/machine.h>
#include <kernel/timer.h>
#include <pvops/ops.h>
#include <x86/insns.h>
#include <xen/features.h>

#include "xen_pvh.h"

/* A CR4 bit whose toggle is harmless: it only flushes global translations. */
#define X86_CR4_PGE (1UL << 7)

#define WAIT_NS 2000000ULL /* 2 ms */
/* Xen system time follows the host's clock: 10 s is slack for any loaded host. */
#define GIVE_UP_NS 10000000000ULL

static bool running_xen_pvh(struct ktest *t)
{
	if (machine_backend == &xen_pvh_backend)
		return true;
	ktest_skip(t, "the xen-pvh backend is not running");
	return false;
}

static void features_offer_the_vector(struct ktest *t)
{
	if (!running_xen_pvh(t))
		return;
	KTEST_EXPECT_TRUE(t, xen_features & (1U << XENFEAT_hvm_callback_vector));
	KTEST_EXPECT_TRUE(t, xen_pvh_missing_feature(xen_features) == NULL);
}

static void shared_info_is_in_the_image(struct ktest *t)
{
	if (!running_xen_pvh(t))
		return;
	/* Xen writes the wall clock there: seconds since 1970, past 2001. */
	KTEST_EXPECT_UEQ(t, READ_ONCE(xen_shared_info->wc_version) % 2, 0);
	KTEST_EXPECT_UGE(t, READ_ONCE(xen_shared_info->wc_sec), 1000000000);
}

static void vcpu_info_is_registered(struct ktest *t)
{
	if (!running_xen_pvh(t))
		return;
	KTEST_EXPECT_TRUE(t, xen_vcpu == &xen_pvh_vcpu_info_area);
	KTEST_EXPECT_NE(t, READ_ONCE(xen_pvh_vcpu_info_area.time.version), 0);
	KTEST_EXPECT_NE(t, xen_pvh_vcpu_info_area.time.tsc_to_system_mul, 0);
}

/*
 * Interrupts on, the clock polled rather than halted on: without the vector
 * nothing would wake a halt, and the case must fail, not hang.
 */
static void events_arrive_through_the_vector(struct ktest *t)
{
	unsigned long upcalls = xen_pvh_upcalls, ticks = timer_stats()->ticks;
	u64 give_up;

	if (!running_xen_pvh(t))
		return;
	local_irq_disable();
	timer_arm(WAIT_NS);
	give_up = sched_clock() + GIVE_UP_NS;
	local_irq_enable();
	while (READ_ONCE(timer_stats()->ticks) == ticks && sched_clock() < give_up)
		barrier();
	KTEST_EXPECT_UGE(t, timer_stats()->ticks, ticks + 1);
	KTEST_EXPECT_UGE(t, xen_pvh_upcalls, upcalls + 1);
	KTEST_EXPECT_UEQ(t, xen_unhandled_events, 0);
}

/* Xen's system time in vcpu_time_info is the clock's base: they never disagree backwards. */
static void clock_is_xen_system_time(struct ktest *t)
{
	u64 before, after;

	if (!running_xen_pvh(t))
		return;
	before = READ_ONCE(xen_pvh_vcpu_info_area.time.system_time);
	after = sched_clock();
	KTEST_EXPECT_UGE(t, after, before);
	KTEST_EXPECT_NE(t, clock_khz(), 0);
}

static void cr_shadows_are_the_cpus(struct ktest *t)
{
	unsigned long flags, cr4;

	if (!running_xen_pvh(t))
		return;
	KTEST_EXPECT_UEQ(t, read_cr0(), native_read_cr0());
	local_irq_save(flags);
	cr4 = read_cr4();
	KTEST_EXPECT_UEQ(t, cr4, native_read_cr4());
	write_cr4(cr4 ^ X86_CR4_PGE);
	KTEST_EXPECT_UEQ(t, read_cr4(), cr4 ^ X86_CR4_PGE);
	KTEST_EXPECT_UEQ(t, native_read_cr4(), cr4 ^ X86_CR4_PGE);
	write_cr4(cr4);
	local_irq_restore(flags);
	KTEST_EXPECT_UEQ(t, read_cr4(), native_read_cr4());
}

static const struct ktest_case xen_pvh_cases[] = {
	KTEST_CASE(features_offer_the_vector),
	KTEST_CASE(shared_info_is_in_the_image),
	KTEST_CASE(vcpu_info_is_registered),
	KTEST_CASE(events_arrive_through_the_vector),
	KTEST_CASE(clock_is_xen_system_time),
	KTEST_CASE(cr_shadows_are_the_cpus),
};
KTEST_SUITE(xen_pvh, "xen_pvh", xen_pvh_cases);
