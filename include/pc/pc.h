/* SPDX-License-Identifier: GPL-2.0 */
/*
 * The legacy PC devices every bare-metal backend shares (pvops/platform/pc/).
 *
 * Every PC, and QEMU's pc machine, has a 16550 UART at COM1, two cascaded
 * 8259 PICs, an 8254 PIT and a TSC whose rate only the PIT can tell. A
 * backend that runs on such a machine with real ring-0 instructions selects
 * CONFIG_PC_PLATFORM and builds its console, timer and clock from these
 * instead of rewriting them; what stays in the backend is what differs
 * (its entry, its page tables, its table of ops). The functions on hot
 * paths (the clock, the end of interrupt) are inline so that a backend
 * calling them costs what the native backend cost when they were its own.
 * Port I/O goes through the raw-instruction layer, include/x86/insns.h.
 */
#ifndef PC_PC_H
#define PC_PC_H

#include <kernel/types.h>
#include <x86/insns.h>

/* The console: COM1, polled, registered with printk. */
void pc_serial_init(void);

/*
 * The PICs: remapped to PC_IRQ_BASE with every line masked; a backend whose
 * timer is the PIT unmasks its line (IRQ 0) with pc_pic_unmask_timer().
 */
#define PC_PIC1_CMD 0x20
#define PC_PIC1_DATA 0x21
#define PC_PIC2_CMD 0xa0
#define PC_PIC2_DATA 0xa1
#define PC_PIC_EOI 0x20
#define PC_PIC_MASK_ALL 0xff
#define PC_IRQ_BASE 0x20
#define PC_TIMER_VECTOR PC_IRQ_BASE
void pc_pic_init(void);
void pc_pic_unmask_timer(void);

/* Firmware (SeaBIOS) leaves the PIT running behind the PICs: silence both until pc_pic_init(). */
static inline void pc_pic_mask_all(void)
{
	native_outb(PC_PIC_MASK_ALL, PC_PIC1_DATA);
	native_outb(PC_PIC_MASK_ALL, PC_PIC2_DATA);
}

/* End of interrupt for a line of the first PIC (the timer's). */
static inline void pc_pic_eoi(void)
{
	native_outb(PC_PIC_EOI, PC_PIC1_CMD);
}

/* The PIT's channel 0 as a one-shot timer. */
void pc_pit_init(void);
void pc_pit_set_timer(u64 expires_ns);

/*
 * The rate of a clock that read() counts up, against the PIT's (calibrate.c);
 * name is for the console. Panics if no rate can be had.
 */
unsigned long pc_calibrate_khz(const char *name, u64 (*read)(void));

/* The TSC, calibrated against the PIT once, as the clock. */
extern unsigned long pc_tsc_khz;
extern u64 pc_tsc_to_ns_mult;
void pc_tsc_calibrate(void);

/* Nanoseconds since boot: TSC ticks scaled by 2^32 * 10^6 / tsc_khz. */
static inline u64 pc_sched_clock(void)
{
	return (u64)(((__uint128_t)native_rdtsc() * pc_tsc_to_ns_mult) >> 32);
}

static inline unsigned long pc_clock_khz(void)
{
	return pc_tsc_khz;
}

/*
 * Maps [start, end) of the kernel read-only in the live tables (the PVH
 * entry's identity map), splitting large pages: a bare-metal protect_kernel.
 */
int pc_protect_kernel(unsigned long start, unsigned long end);

#endif
