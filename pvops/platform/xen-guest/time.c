// SPDX-License-Identifier: GPL-2.0
/*
 * The Xen clock and timer: nanoseconds from vcpu_time_info, one-shot events.
 *
 * Xen publishes, per vCPU, a system time in nanoseconds as of a TSC stamp
 * and the factors (tsc_to_system_mul, tsc_shift) that turn TSC ticks since
 * that stamp into nanoseconds. It updates the record at any moment, with a
 * version counter that is odd while an update is in progress, so the
 * reader copies the fields and retries until it read one stable, even
 * version. The clock frequency follows from the same factors. The timer
 * is VIRQ_TIMER bound to a port, armed with set_timer_op (absolute Xen
 * system time, the same clock as sched_clock), with Xen's default periodic
 * tick stopped: PV and PVH guests alike, since both read this clock.
 */
#define pr_fmt(fmt) "xen: " fmt

#include <kernel/printk.h>
#include <kernel/timer.h>
#include <xen-guest/guest.h>
#include <xen-guest/hypercall.h>
#include <xen-guest/pvclock.h>

static inline u64 xen_rdtsc(void)
{
	u32 lo, hi;

	__asm__ __volatile__("rdtsc" : "=a"(lo), "=d"(hi));
	return ((u64)hi << 32) | lo;
}

u64 xen_sched_clock(void)
{
	const volatile struct vcpu_time_info *t = &xen_vcpu->time;
	u32 version, mul;
	u64 stamp, system_time, tsc;
	s8 shift;

	do {
		version = t->version;
		barrier();
		stamp = t->tsc_timestamp;
		system_time = t->system_time;
		mul = t->tsc_to_system_mul;
		shift = t->tsc_shift;
		tsc = xen_rdtsc();
		barrier();
	} while ((version & 1) || version != t->version);

	return xen_pvclock_ns(system_time, stamp, mul, shift, tsc);
}

unsigned long xen_clock_khz(void)
{
	const volatile struct vcpu_time_info *t = &xen_vcpu->time;
	u64 khz = (1000000ULL << 32) / t->tsc_to_system_mul;

	return t->tsc_shift < 0 ? khz << -t->tsc_shift : khz >> t->tsc_shift;
}

static void xen_timer_event(unsigned int port)
{
	timer_interrupt();
}

void xen_set_timer(u64 expires_ns)
{
	long rc = HYPERVISOR_set_timer_op(expires_ns);

	if (rc)
		xen_hypercall_failed(__func__, "set_timer_op", rc);
}

void xen_timer_init(void)
{
	unsigned int port;
	long rc;

	rc = HYPERVISOR_vcpu_op(VCPUOP_stop_periodic_timer, XEN_VCPU_SELF, NULL);
	if (rc)
		xen_hypercall_failed(__func__, "vcpu_op(VCPUOP_stop_periodic_timer)", rc);
	port = xen_bind_virq(VIRQ_TIMER, xen_timer_event);
	pr_info("VIRQ_TIMER on event channel %u\n", port);
}
