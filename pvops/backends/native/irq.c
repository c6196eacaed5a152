// SPDX-License-Identifier: GPL-2.0
/*
 * Native interrupts: the PC's PICs, with the PIT as the timer.
 *
 * The devices are the PC layer's (pvops/platform/pc/); what is native's is
 * the order and the handler. The PIT is quietened before the PICs are
 * unmasked for it, so the firmware's periodic tick cannot arrive as a
 * timer interrupt nobody armed, and the handler ends the interrupt at the
 * PIC before kernel/timer.c runs, so a deadline it re-arms can fire again.
 * The local APIC carries the IPIs (pvops/platform/pc/apic.c); the PIT
 * stays the boot CPU's timer, through the APIC's virtual-wire LINT0.
 */
#include <kernel/timer.h>
#include <kernel/traps.h>
#include <pc/apic.h>
#include <pc/pc.h>

#include "native.h"

static void native_timer_irq(struct pt_regs *regs)
{
	pc_pic_eoi();
	timer_interrupt();
}

static void native_ipi_irq(struct pt_regs *regs)
{
	pc_ipi_interrupt();
}

void native_irq_init(void)
{
	pc_pit_init();
	pc_pic_init();
	request_irq_vector(PC_TIMER_VECTOR, native_timer_irq);
	pc_apic_init();
	request_irq_vector(PC_IPI_VECTOR, native_ipi_irq);
}
