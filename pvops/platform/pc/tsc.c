// SPDX-License-Identifier: GPL-2.0
/*
 * TSC calibration against the PIT.
 *
 * sched_clock on bare hardware is the TSC scaled to nanoseconds, which needs
 * the TSC's rate. The PIT's input clock (1.193182 MHz) is the one rate every
 * PC has, so the TSC is counted across a fixed number of PIT ticks on
 * channel 2, whose gate and output bit live in port 0x61 and need no
 * interrupt. Under QEMU's -icount the TSC counts instructions and the PIT
 * follows virtual time, so the result is deterministic there as well.
 *
 * On an emulator the CPU can be descheduled in the middle of a window: late
 * to read the start (the rate comes out low) or late to see the end (high,
 * by any factor). So the rate is measured over several short windows and
 * the median taken, which stands as long as most windows ran undisturbed.
 */
#define pr_fmt(fmt) "pc: " fmt

#include <kernel/printk.h>
#include <pc/pc.h>

#define PIT_HZ 1193182UL
#define CALIBRATE_MS 10
#define CALIBRATE_WINDOWS 7
#define PIT_CH2 0x42
#define PIT_MODE 0x43
#define PIT_GATE 0x61
#define PIT_GATE_ENABLE 0x01
#define PIT_SPEAKER 0x02
#define PIT_OUT2 0x20
#define PIT_CH2_MODE0_LOHI 0xb0

unsigned long pc_tsc_khz;
u64 pc_tsc_to_ns_mult;

/* TSC ticks across CALIBRATE_MS of PIT channel 2 counting down. */
static u64 tsc_ticks_per_window(void)
{
	unsigned long latch = PIT_HZ * CALIBRATE_MS / 1000;
	u64 start, end;
	u8 gate = native_inb(PIT_GATE);

	native_outb((gate & ~PIT_SPEAKER) | PIT_GATE_ENABLE, PIT_GATE);
	native_outb(PIT_CH2_MODE0_LOHI, PIT_MODE);
	native_outb(latch & 0xff, PIT_CH2);
	native_outb(latch >> 8, PIT_CH2);
	start = native_rdtsc();
	while (!(native_inb(PIT_GATE) & PIT_OUT2))
		;
	end = native_rdtsc();
	native_outb(gate, PIT_GATE);
	return end - start;
}

void pc_tsc_calibrate(void)
{
	u64 ticks[CALIBRATE_WINDOWS], t;
	unsigned int i, j;

	/* Insertion sort: seven numbers. */
	for (i = 0; i < CALIBRATE_WINDOWS; i++) {
		t = tsc_ticks_per_window();
		for (j = i; j > 0 && ticks[j - 1] > t; j--)
			ticks[j] = ticks[j - 1];
		ticks[j] = t;
	}
	pc_tsc_khz = ticks[CALIBRATE_WINDOWS / 2] / CALIBRATE_MS;
	if (!pc_tsc_khz)
		panic("TSC did not advance during %d ms of PIT time", CALIBRATE_MS);
	pc_tsc_to_ns_mult = (1000000ULL << 32) / pc_tsc_khz;
	pr_info("TSC runs at %lu kHz (median of %d %d-ms windows against the PIT: %llu..%llu kHz)\n",
		pc_tsc_khz, CALIBRATE_WINDOWS, CALIBRATE_MS,
		(unsigned long long)(ticks[0] / CALIBRATE_MS),
		(unsigned long long)(ticks[CALIBRATE_WINDOWS - 1] / CALIBRATE_MS));
}
