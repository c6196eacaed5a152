// SPDX-License-Identifier: GPL-2.0
/*
 * Native interrupts: each CPU's local APIC, its timer and the IPIs.
 *
 * The devices are the PC layer's (pvops/platform/pc/); what is native's is
 * the order and the handlers. The PIT is quietened and every PIC line
 * masked before the local APIC is set up, so the firmware's periodic tick
 * cannot arrive as a timer interrupt nobody armed; the PIT is then only
 * the yardstick the APIC timer's rate is measured by, on the boot CPU,
 * and every CPU, the boot CPU here and each AP in native_ap_irq_init(),
 * gets its own timer from its own APIC. The handlers end the interrupt at
 * the APIC before kernel/timer.c runs, so a deadline it re-arms can fire
 * again.
 */
#include <kernel/timer.h>
#include <kernel/traps.h>
#include <pc/apic.h>
#include <pc/pc.h>

#include "native.h"

static void native_timer_irq(struct pt_regs *regs)
{
	pc_apic_eoi();
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
	pc_apic_init();
	pc_apic_timer_calibrate();
	pc_apic_timer_init_cpu();
	request_irq_vector(PC_APIC_TIMER_VECTOR, native_timer_irq);
	request_irq_vector(PC_IPI_VECTOR, native_ipi_irq);
}

void native_ap_irq_init(void)
{
	pc_apic_init_ap();
	pc_apic_timer_init_cpu();
}
