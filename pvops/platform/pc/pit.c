// SPDX-License-Identifier: GPL-2.0
/*
 * The 8254 PIT's channel 0 as a one-shot timer.
 *
 * The firmware leaves channel 0 periodic; pc_pit_init() switches it to
 * one-shot (mode 0), so it fires only when the kernel arms it through
 * pc_pit_set_timer(), a bare-metal backend's time.set_timer slot. Its
 * 16-bit counter reaches 54.9 ms; a later deadline fires early and
 * kernel/timer.c re-arms for the rest. Deadlines are in the clock of
 * pc_sched_clock(), the calibrated TSC.
 */
#include <pc/pc.h>

#define PIT_HZ 1193182ULL
#define PIT_CH0 0x40
#define PIT_MODE 0x43
#define PIT_CH0_MODE0_LOHI 0x30
#define PIT_MAX_COUNT 0xffffULL
#define PIT_QUIET_COUNT 1
#define NSEC_PER_SEC 1000000000ULL

void pc_pit_set_timer(u64 expires_ns)
{
	u64 now = pc_sched_clock();
	u64 delta = expires_ns > now ? expires_ns - now : 0;
	u64 count;

	if (delta > NSEC_PER_SEC) /* past the counter's reach anyway; keeps the product in range */
		delta = NSEC_PER_SEC;
	count = delta * PIT_HZ / NSEC_PER_SEC;

	if (count < 1)
		count = 1;
	if (count > PIT_MAX_COUNT)
		count = PIT_MAX_COUNT;
	native_outb(PIT_CH0_MODE0_LOHI, PIT_MODE);
	native_outb(count & 0xff, PIT_CH0);
	native_outb(count >> 8, PIT_CH0);
}

void pc_pit_init(void)
{
	/*
	 * Replace the firmware's periodic tick by a one-shot count of 1: in
	 * mode 0 the output then stays high, so no further edge comes. One
	 * edge from the old tick or from this count may still reach the PIC
	 * (emulators deliver the edge whenever their timer thread runs); the
	 * first time interrupts are enabled it arrives with nothing armed and
	 * kernel/timer.c counts it as spurious instead of a tick.
	 */
	native_outb(PIT_CH0_MODE0_LOHI, PIT_MODE);
	native_outb(PIT_QUIET_COUNT & 0xff, PIT_CH0);
	native_outb(PIT_QUIET_COUNT >> 8, PIT_CH0);
}
