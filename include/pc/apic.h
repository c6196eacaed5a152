/* SPDX-License-Identifier: GPL-2.0 */
/*
 * The local APIC and the start of APs on a PC (pvops/platform/pc/apic.c,
 * smpboot.c, trampoline.S), for the bare-metal backends' smp slots.
 */
#ifndef PC_APIC_H
#define PC_APIC_H

/* The vector of the kernel's one IPI (Linux's CALL_FUNCTION_VECTOR). */
#define PC_IPI_VECTOR 0xfb
/* Every CPU's local APIC timer (Linux's LOCAL_TIMER_VECTOR). */
#define PC_APIC_TIMER_VECTOR 0xec

/* ICR delivery modes (Intel SDM vol. 3, 10.6.1). */
#define APIC_DM_FIXED 0
#define APIC_DM_INIT 5
#define APIC_DM_STARTUP 6

/*
 * Where the AP trampoline is copied: a page below 1 MiB (a SIPI's vector
 * is the page number of a real-mode start), free once the firmware is done.
 */
#define PC_TRAMPOLINE_BASE 0x8000

/* The trampoline's parameter block, at its end (PC_TRAMPOLINE_PARAMS in trampoline.S). */
#define PC_TRAMPOLINE_CR3 0
#define PC_TRAMPOLINE_STACK 8
#define PC_TRAMPOLINE_ENTRY 16
#define PC_TRAMPOLINE_ARG 24

#ifndef __ASSEMBLY__
#include <kernel/types.h>

struct cpumask;
struct smp_ap_boot;

void pc_apic_init(void);
void pc_apic_init_ap(void);
u32 pc_apic_id(void);
void pc_apic_eoi(void);
void pc_apic_send(u32 apic_id, unsigned int delivery_mode, unsigned int vector);

/*
 * The local APIC timer (apic_timer.c): its rate measured once, on the boot
 * CPU after pc_apic_init(); each CPU's LVT set up in its irq init; a one-shot
 * deadline on this CPU's timer, a bare-metal backend's time.set_timer.
 */
void pc_apic_timer_calibrate(void);
void pc_apic_timer_init_cpu(void);
void pc_apic_timer_set(u64 expires_ns);

/*
 * The CPUs the MADT found from rsdp (0: none given), this one first, at
 * most max; their APIC ids are kept for the slots below. Panics naming the
 * field on a table it cannot trust.
 */
int pc_smp_cpus(u64 rsdp, unsigned int max);
void pc_apic_send_ipi(unsigned int cpu);
void pc_apic_send_ipi_mask(const struct cpumask *mask);
int pc_smp_start_cpu(unsigned int cpu, const struct smp_ap_boot *boot);
/* The IPI's handler, registered on PC_IPI_VECTOR by the backend's irq_init(). */
void pc_ipi_interrupt(void);

/* A 2 MiB uncached identity mapping of the device page at phys, or NULL. */
volatile u32 *pc_map_mmio(u64 phys);

extern const char pc_trampoline_start[], pc_trampoline_end[];
#endif

#endif
