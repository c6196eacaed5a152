// SPDX-License-Identifier: GPL-2.0
/*
 * Counting a clock against the PIT.
 *
 * The PIT's input clock (1.193182 MHz) is the one rate every PC has, so
 * the rate of any other clock on it (the TSC, the local APIC timer) is
 * found by reading that clock across a fixed number of PIT ticks on
 * channel 2, whose gate and output bit live in port 0x61 and need no
 * interrupt. Under QEMU's -icount both the PIT and the clocks follow
 * virtual time, so the result is deterministic there as well.
 *
 * On an emulator the CPU can be descheduled in the middle of a window: late
 * to read the start (the rate comes out low) or late to see the end (high,
 * by any factor), and on a loaded host most windows may be hit. So each
 * window brackets both of its ends with reads of the clock (the write that
 * starts the count, the last poll that saw it running and the first that
 * saw it done) and counts only if those brackets are within 1% of the
 * window; the rate is the median of the windows that count. A host so
 * loaded that no window of a round is that clean gets another round with
 * the tolerance doubled, up to 8%, and the console says which was used: a
 * rate a few percent off is a slower or faster clock, which every user of
 * it tolerates, where no rate at all is a panic.
 */
#define pr_fmt(fmt) "pc: " fmt

#include <kernel/printk.h>
#include <pc/pc.h>

#define PIT_HZ			    1193182UL
#define CALIBRATE_MS		    10
#define CALIBRATE_WINDOWS	    7
#define CALIBRATE_MAX_TRIES	    64
#define CALIBRATE_MIN_ERROR_PERCENT 1
#define CALIBRATE_MAX_ERROR_PERCENT 8
#define PIT_CH2			    0x42
#define PIT_MODE		    0x43
#define PIT_GATE		    0x61
#define PIT_GATE_ENABLE		    0x01
#define PIT_SPEAKER		    0x02
#define PIT_OUT2		    0x20
#define PIT_CH2_MODE0_LOHI	    0xb0

/*
 * Ticks of read() across CALIBRATE_MS of PIT channel 2 counting down, or 0
 * if the brackets around its start and end are wider than error_percent of it.
 */
static u64 ticks_per_window(u64 (*read)(void), unsigned int error_percent)
{
	unsigned long latch = PIT_HZ * CALIBRATE_MS / 1000;
	u64 start_lo, start_hi, before = 0, poll, after, ticks;
	u8 gate = native_inb(PIT_GATE);
	bool done;

	native_outb((gate & ~PIT_SPEAKER) | PIT_GATE_ENABLE, PIT_GATE);
	native_outb(PIT_CH2_MODE0_LOHI, PIT_MODE);
	native_outb(latch & 0xff, PIT_CH2);
	start_lo = read();
	native_outb(latch >> 8, PIT_CH2); /* the count starts with its high byte */
	start_hi = read();
	after = start_hi;
	do {
		poll = after;
		done = native_inb(PIT_GATE) & PIT_OUT2;
		after = read();
		if (!done)
			before = poll;
	} while (!done);
	native_outb(gate, PIT_GATE);
	if (!before)
		before = start_lo; /* done at the first poll */
	/* The count ended after the last poll that saw it running, before this one's end. */
	ticks = (before + after) / 2 - (start_lo + start_hi) / 2;
	if ((after - before) + (start_hi - start_lo) > ticks * error_percent / 100)
		return 0;
	return ticks;
}

/* Up to CALIBRATE_WINDOWS windows within error_percent, sorted, into ticks[]; their count. */
static unsigned int windows(u64 (*read)(void), u64 *ticks, unsigned int error_percent,
			    unsigned int *tries)
{
	unsigned int j, n = 0;
	u64 t;

	/* Insertion sort: at most seven numbers. */
	for (*tries = 0; *tries < CALIBRATE_MAX_TRIES && n < CALIBRATE_WINDOWS; (*tries)++) {
		t = ticks_per_window(read, error_percent);
		if (!t)
			continue;
		for (j = n++; j > 0 && ticks[j - 1] > t; j--)
			ticks[j] = ticks[j - 1];
		ticks[j] = t;
	}
	return n;
}

unsigned long pc_calibrate_khz(const char *name, u64 (*read)(void))
{
	u64 ticks[CALIBRATE_WINDOWS];
	unsigned int n = 0, tries, error = CALIBRATE_MIN_ERROR_PERCENT;
	unsigned long khz;

	for (;;) {
		n = windows(read, ticks, error, &tries);
		if (n || error == CALIBRATE_MAX_ERROR_PERCENT)
			break;
		pr_warn("no %s window of %u tries was bracketed within %u%%; trying %u%%\n", name,
			tries, error, error * 2);
		error *= 2;
	}
	if (!n)
		panic("%s calibration: no window of %d tries was bracketed within %d%%", name,
		      CALIBRATE_MAX_TRIES, CALIBRATE_MAX_ERROR_PERCENT);
	khz = ticks[n / 2] / CALIBRATE_MS;
	if (!khz)
		panic("%s did not advance during %d ms of PIT time", name, CALIBRATE_MS);
	pr_info("%s runs at %lu kHz (median of %u %d-ms windows within %u%% of %u tried against "
		"the PIT: %llu..%llu kHz)\n",
		name, khz, n, CALIBRATE_MS, error, tries,
		(unsigned long long)(ticks[0] / CALIBRATE_MS),
		(unsigned long long)(ticks[n - 1] / CALIBRATE_MS));
	return khz;
}
