// SPDX-License-Identifier: GPL-2.0
/*
 * Native interrupts: the legacy PIC and the PIT as the timer.
 *
 * Every PC (and QEMU's pc machine) has them, and they need no memory
 * mapping or ACPI table, which keeps the bare-metal path as small as the
 * Xen one. The PIC is moved off the exception vectors to 0x20 and masked
 * but for IRQ 0; the PIT's channel 0 is switched from the periodic mode the
 * firmware left it in to one-shot (mode 0), so it fires only when the
 * kernel arms it. Its 16-bit counter reaches 54.9 ms; a later deadline
 * fires early and kernel/timer.c re-arms for the rest.
 */
#include <kernel/timer.h>
#include <kernel/traps.h>
#include <pvops/backend.h>

#include "insns.h"
#include "native.h"

#define PIC1_CMD 0x20
#define PIC1_DATA 0x21
#define PIC2_CMD 0xa0
#define PIC2_DATA 0xa1
#define PIC_EOI 0x20
#define PIC_ICW1_INIT 0x11 /* edge, cascade, ICW4 follows */
#define PIC_ICW4_8086 0x01
#define NATIVE_IRQ_BASE 0x20
#define NATIVE_TIMER_VECTOR NATIVE_IRQ_BASE

#define PIT_HZ 1193182ULL
#define PIT_CH0 0x40
#define PIT_MODE 0x43
#define PIT_CH0_MODE0_LOHI 0x30
#define PIT_MAX_COUNT 0xffffULL
#define NSEC_PER_SEC 1000000000ULL

static void native_timer_irq(struct pt_regs *regs)
{
	native_outb(PIC_EOI, PIC1_CMD);
	timer_interrupt();
}

void native_set_timer(u64 expires_ns)
{
	u64 now = native_sched_clock();
	u64 delta = expires_ns > now ? expires_ns - now : 0;
	u64 count = delta * PIT_HZ / NSEC_PER_SEC;

	if (count < 1)
		count = 1;
	if (count > PIT_MAX_COUNT)
		count = PIT_MAX_COUNT;
	native_outb(PIT_CH0_MODE0_LOHI, PIT_MODE);
	native_outb(count & 0xff, PIT_CH0);
	native_outb(count >> 8, PIT_CH0);
}

void native_irq_init(void)
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
	native_outb(1, PIT_CH0);
	native_outb(0, PIT_CH0);
	native_outb(PIC_ICW1_INIT, PIC1_CMD);
	native_outb(PIC_ICW1_INIT, PIC2_CMD);
	native_outb(NATIVE_IRQ_BASE, PIC1_DATA);
	native_outb(NATIVE_IRQ_BASE + 8, PIC2_DATA);
	native_outb(4, PIC1_DATA); /* slave on IRQ 2 */
	native_outb(2, PIC2_DATA);
	native_outb(PIC_ICW4_8086, PIC1_DATA);
	native_outb(PIC_ICW4_8086, PIC2_DATA);
	native_outb(0xfe, PIC1_DATA); /* IRQ 0 only */
	native_outb(0xff, PIC2_DATA);
	request_irq_vector(NATIVE_TIMER_VECTOR, native_timer_irq);
}
