// SPDX-License-Identifier: GPL-2.0
/*
 * The smp slots on a PC: CPUs from the MADT, IPIs through the local APIC,
 * APs started by INIT-SIPI-SIPI.
 *
 * The kernel numbers CPUs 0.. with the boot CPU first; this file keeps
 * which APIC id each number is (the MADT's order, the boot CPU's own entry
 * moved to the front), so the slots take the kernel's numbers. A table
 * that fails a check panics naming the field: the firmware describing the
 * CPUs wrongly is not something to boot around, and starting a CPU by a
 * wrong id would send INIT to whatever answers to it. A boot without an
 * RSDP at all (hvm_start_info's rsdp_paddr 0) runs on the boot CPU and says
 * so. The start follows the MP specification's sequence (Intel SDM vol. 3,
 * 8.4.4.1): INIT, 10 ms, SIPI, 200 us, SIPI, with the real-mode trampoline
 * (trampoline.S) copied below 1 MiB and its parameter block filled for
 * this AP; the kernel starts one AP at a time, so one copy serves them all.
 */
#define pr_fmt(fmt) "pc: " fmt

#include <kernel/errno.h>
#include <kernel/printk.h>
#include <kernel/smp.h>
#include <kernel/string.h>
#include <pc/acpi.h>
#include <pc/apic.h>
#include <pc/pc.h>
#include <x86/insns.h>

#define INIT_DEASSERT_NS 10000000ULL /* 10 ms after INIT */
#define SIPI_GAP_NS 200000ULL	     /* 200 us between the SIPIs */
#define TRAMPOLINE_PARAMS_SIZE 32
#define TRAMPOLINE_MAX PAGE_SIZE
#define PC_ACPI_MAP_LIMIT (1ULL << 30) /* what the PVH entry maps */

static u32 pc_cpu_apic_id[SMP_MAX_CPUS];
static unsigned int pc_nr_cpus = 1;

static const void *pc_acpi_map(u64 paddr, u64 size)
{
	if (!paddr || paddr >= PC_ACPI_MAP_LIMIT || size > PC_ACPI_MAP_LIMIT - paddr)
		return NULL;
	return (const void *)(uintptr_t)paddr;
}

int pc_smp_cpus(u64 rsdp, unsigned int max)
{
	u32 ids[SMP_MAX_CPUS];
	unsigned int found, i, n = 1;
	char why[160];
	u32 me = pc_apic_id();
	bool seen_me = false;

	pc_cpu_apic_id[0] = me;
	if (!rsdp) {
		pr_warn("no ACPI RSDP from the loader: one CPU\n");
		return 1;
	}
	if (max > SMP_MAX_CPUS)
		max = SMP_MAX_CPUS;
	if (pc_acpi_madt_cpus(rsdp, pc_acpi_map, ids, SMP_MAX_CPUS, &found, why, sizeof(why)))
		panic("pc: %s", why);
	if (found > SMP_MAX_CPUS)
		pr_warn("the MADT lists %u CPUs; the kernel starts at most %d\n", found,
			SMP_MAX_CPUS);
	for (i = 0; i < found && i < SMP_MAX_CPUS; i++) {
		if (ids[i] == me)
			seen_me = true;
		else if (n < max)
			pc_cpu_apic_id[n++] = ids[i];
	}
	if (!seen_me && found <= SMP_MAX_CPUS)
		panic("pc: the ACPI MADT has no enabled local APIC entry with the boot CPU's "
		      "apic_id %u", me);
	pc_nr_cpus = n;
	return n;
}

static u32 pc_apic_id_of(unsigned int cpu)
{
	if (cpu >= pc_nr_cpus)
		panic("pc: an IPI to cpu %u, of %u", cpu, pc_nr_cpus);
	return pc_cpu_apic_id[cpu];
}

void pc_apic_send_ipi(unsigned int cpu)
{
	pc_apic_send(pc_apic_id_of(cpu), APIC_DM_FIXED, PC_IPI_VECTOR);
}

void pc_apic_send_ipi_mask(const struct cpumask *mask)
{
	unsigned int cpu;

	for_each_cpu_in(cpu, mask)
		pc_apic_send_ipi(cpu);
}

void pc_ipi_interrupt(void)
{
	pc_apic_eoi();
	smp_ipi_interrupt();
}

static void pc_delay_ns(u64 ns)
{
	u64 until = pc_sched_clock() + ns;

	while (pc_sched_clock() < until)
		__builtin_ia32_pause();
}

int pc_smp_start_cpu(unsigned int cpu, const struct smp_ap_boot *boot)
{
	size_t size = pc_trampoline_end - pc_trampoline_start;
	u8 *tramp = (u8 *)(uintptr_t)PC_TRAMPOLINE_BASE;
	u64 *params = (u64 *)(tramp + size - TRAMPOLINE_PARAMS_SIZE);
	u32 id;

	if (!cpu || cpu >= pc_nr_cpus) {
		pr_err("start_cpu: cpu %u is not one of the %u the MADT gave\n", cpu, pc_nr_cpus);
		return -EINVAL;
	}
	if (size > TRAMPOLINE_MAX || boot->cr3 >> 32) {
		pr_err("start_cpu: trampoline of %zu bytes, CR3 %#lx: cannot start from real mode\n",
		       size, boot->cr3);
		return -EINVAL;
	}
	id = pc_cpu_apic_id[cpu];
	memcpy(tramp, pc_trampoline_start, size);
	params[PC_TRAMPOLINE_CR3 / sizeof(u64)] = boot->cr3;
	params[PC_TRAMPOLINE_STACK / sizeof(u64)] = boot->stack_top;
	params[PC_TRAMPOLINE_ENTRY / sizeof(u64)] = (u64)(uintptr_t)boot->entry;
	params[PC_TRAMPOLINE_ARG / sizeof(u64)] = (u64)(uintptr_t)boot->arg;
	__asm__ __volatile__("mfence" : : : "memory");
	pc_apic_send(id, APIC_DM_INIT, 0);
	pc_delay_ns(INIT_DEASSERT_NS);
	pc_apic_send(id, APIC_DM_STARTUP, PC_TRAMPOLINE_BASE >> PAGE_SHIFT);
	pc_delay_ns(SIPI_GAP_NS);
	pc_apic_send(id, APIC_DM_STARTUP, PC_TRAMPOLINE_BASE >> PAGE_SHIFT);
	return 0;
}
