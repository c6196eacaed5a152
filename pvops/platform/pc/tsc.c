// SPDX-License-Identifier: GPL-2.0
/*
 * The TSC as the clock.
 *
 * sched_clock on bare hardware is the TSC scaled to nanoseconds, which needs
 * the TSC's rate; only the PIT can tell it (calibrate.c). The scale is a
 * 32.32 fixed-point multiplier, so a reading is one multiply and a shift
 * (pc_sched_clock() in include/pc/pc.h).
 */
#include <pc/pc.h>

unsigned long pc_tsc_khz;
u64 pc_tsc_to_ns_mult;

void pc_tsc_calibrate(void)
{
	pc_tsc_khz = pc_calibrate_khz("TSC", native_rdtsc);
	pc_tsc_to_ns_mult = (1000000ULL << 32) / pc_tsc_khz;
}
