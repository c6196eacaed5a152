// SPDX-License-Identifier: GPL-2.0
/*
 * The two cascaded 8259 PICs, as a bare-metal backend's interrupt controller.
 *
 * Every PC has them, and they need no memory mapping or ACPI table, which
 * keeps the bare-metal path as small as the Xen one. Firmware leaves them
 * delivering on the exception vectors, so they are moved to PC_IRQ_BASE
 * (and the slave to PC_IRQ_BASE + 8) and every line is masked: the
 * kernel's only interrupt source is its timer, and a backend whose timer is
 * the PIT unmasks IRQ 0 alone (native's is the local APIC's, apic_timer.c).
 * The end of interrupt is an inline in include/pc/pc.h, for the timer's hot
 * path.
 */
#include <pc/pc.h>
#include <pvops/privileged.h>

/* The whole layer's: the devices' ports, and protect.c's page-table and CR0 work. */
PVOPS_ALLOW_PRIVILEGED(PVOPS_PRIV_IO | PVOPS_PRIV_RING0);

#define PIC_ICW1_INIT 0x11 /* edge, cascade, ICW4 follows */
#define PIC_ICW3_SLAVE_ON_IRQ2 0x04
#define PIC_ICW3_SLAVE_ID 0x02
#define PIC_ICW4_8086 0x01
#define PIC_SLAVE_BASE (PC_IRQ_BASE + 8)
#define PIC1_MASK_TIMER_ONLY 0xfe

void pc_pic_init(void)
{
	native_outb(PIC_ICW1_INIT, PC_PIC1_CMD);
	native_outb(PIC_ICW1_INIT, PC_PIC2_CMD);
	native_outb(PC_IRQ_BASE, PC_PIC1_DATA);
	native_outb(PIC_SLAVE_BASE, PC_PIC2_DATA);
	native_outb(PIC_ICW3_SLAVE_ON_IRQ2, PC_PIC1_DATA);
	native_outb(PIC_ICW3_SLAVE_ID, PC_PIC2_DATA);
	native_outb(PIC_ICW4_8086, PC_PIC1_DATA);
	native_outb(PIC_ICW4_8086, PC_PIC2_DATA);
	pc_pic_mask_all();
}

void pc_pic_unmask_timer(void)
{
	native_outb(PIC1_MASK_TIMER_ONLY, PC_PIC1_DATA);
}
