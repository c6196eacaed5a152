// SPDX-License-Identifier: GPL-2.0
/*
 * The local APIC timer: every CPU's own one-shot timer.
 *
 * The PIT is one device for the whole machine, wired to the boot CPU; an
 * SMP kernel needs a timer per CPU, which is what each local APIC has
 * (Intel SDM vol. 3, 10.5.4). It counts down from an initial count at a
 * rate the SDM leaves to the platform, so the boot CPU measures that rate
 * against the PIT (calibrate.c), as it does the TSC's; the PIT is then
 * only the calibration's, and its line at the PIC stays masked. Measuring
 * against the PIT rather than the TSC keeps the two independent: the timer
 * suite checks the clock against this timer, which would agree with a
 * wrongly calibrated TSC if it had been calibrated by it.
 *
 * Each CPU programs its own LVT (pc_apic_timer_init_cpu()): one-shot mode,
 * divide by 1, PC_APIC_TIMER_VECTOR. A deadline is a count from now; one
 * past the counter's reach (or a second) fires early, and kernel/timer.c
 * re-arms for the rest, as it does for the PIT. The TSC-deadline mode
 * (CPUID.01H:ECX[24]) would save the conversion, but QEMU 7.2's TCG does
 * not offer it, so it has no path here that a test could run.
 */
#define pr_fmt(fmt) "pc: " fmt

#include <kernel/printk.h>
#include <pc/apic.h>
#include <pc/pc.h>

#include "lapic.h"

#define APIC_TIMER_MODE_ONESHOT 0
#define APIC_TIMER_DIVIDE_BY_1	0xb /* divide configuration bits 3, 1:0 = 1, 11 (SDM Fig. 10-10) */
#define APIC_TIMER_MAX_COUNT	0xffffffffULL
#define NSEC_PER_SEC		1000000000ULL
#define KHZ_PER_GHZ		1000000ULL

/* The timer's local vector table entry (SDM Fig. 10-8). */
union apic_lvt_timer {
	struct {
		u32 vector : 8;
		u32 reserved0 : 4;
		u32 send_pending : 1;
		u32 reserved1 : 3;
		u32 masked : 1;
		u32 mode : 2;
		u32 reserved2 : 13;
	};
	u32 raw;
};

_Static_assert(sizeof(union apic_lvt_timer) == 4, "LVT timer");

static unsigned long pc_apic_timer_khz;

/* Counts since the initial count was loaded: the counter counts down from the maximum. */
static u64 apic_timer_elapsed(void)
{
	return APIC_TIMER_MAX_COUNT - lapic_read(APIC_REG_TIMER_CURRENT);
}

static void apic_timer_program(bool masked)
{
	union apic_lvt_timer lvt = { .vector = PC_APIC_TIMER_VECTOR,
				     .mode = APIC_TIMER_MODE_ONESHOT,
				     .masked = masked };

	lapic_write(APIC_REG_TIMER_DIVIDE, APIC_TIMER_DIVIDE_BY_1);
	lapic_write(APIC_REG_LVT_TIMER, lvt.raw);
}

void pc_apic_timer_calibrate(void)
{
	apic_timer_program(true);
	/*
	 * A one-shot count from the maximum runs about four seconds at 1 GHz,
	 * far longer than the calibration's windows.
	 */
	lapic_write(APIC_REG_TIMER_INITIAL, APIC_TIMER_MAX_COUNT);
	pc_apic_timer_khz = pc_calibrate_khz("local APIC timer", apic_timer_elapsed);
	lapic_write(APIC_REG_TIMER_INITIAL, 0);
}

void pc_apic_timer_init_cpu(void)
{
	if (!pc_apic_timer_khz)
		panic("pc: the local APIC timer is used before it was calibrated");
	apic_timer_program(false);
}

void pc_apic_timer_set(u64 expires_ns)
{
	u64 now = pc_sched_clock();
	u64 delta = expires_ns > now ? expires_ns - now : 0;
	u64 count;

	if (delta > NSEC_PER_SEC) /* keeps the product in range; fires early, and re-arms */
		delta = NSEC_PER_SEC;
	count = delta * pc_apic_timer_khz / KHZ_PER_GHZ;
	if (count < 1)
		count = 1; /* 0 would stop it */
	if (count > APIC_TIMER_MAX_COUNT)
		count = APIC_TIMER_MAX_COUNT;
	lapic_write(APIC_REG_TIMER_INITIAL, count);
}
