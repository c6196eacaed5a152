// SPDX-License-Identifier: GPL-2.0
/*
 * The table itself, and the two trivial targets every backend may use.
 *
 * pv_ops starts empty: the chosen backend's init() installs its whole table
 * with one struct copy, before anything calls through it. Both structs live
 * in .data..ro_after_init, which the boot maps read-only after patching. An op called
 * before that would jump to address zero and fault at once, which is the
 * right outcome for a kernel that used a privileged operation before it
 * knew where it runs. pvops_nop and pvops_ident are shared so that the
 * patcher can recognise "does nothing" and "returns its argument" by
 * address and replace such calls with NOPs or a register move.
 *
 * The uniprocessor smp targets are here too, for every backend that runs
 * the boot CPU only (no smp_cpus()): the kernel never asks such a backend
 * for another CPU, so an IPI or a shootdown that reaches one is a kernel
 * bug and panics, and a start is refused. A backend that learns to start CPUs (event
 * channels and VCPUOP_up under Xen) replaces them with its own.
 */
#include <kernel/errno.h>
#include <kernel/printk.h>
#include <kernel/sections.h>
#include <pvops/backend.h>
#include <pvops/pv_ops.h>

struct pv_ops pv_ops __ro_after_init;
struct pv_info pv_info __ro_after_init = { .name = "none" };

void pvops_nop(void)
{
}

u64 pvops_ident(u64 value)
{
	return value;
}

void pvops_up_send_ipi(unsigned int cpu)
{
	panic("pv_ops: an IPI to cpu %u, but the backend runs one CPU", cpu);
}

void pvops_up_send_ipi_mask(const struct cpumask *mask)
{
	panic("pv_ops: an IPI to mask %#lx, but the backend runs one CPU",
	      *(const unsigned long *)mask);
}

void pvops_up_flush_tlb_multi(const struct cpumask *mask, const struct flush_tlb_info *info)
{
	panic("pv_ops: a TLB shootdown to mask %#lx, but the backend runs one CPU",
	      *(const unsigned long *)mask);
}

int pvops_up_start_cpu(unsigned int cpu, const struct smp_ap_boot *boot)
{
	return -ENOSYS;
}

bool pvops_slot_present(unsigned int slot)
{
	return slot < PVOP_NR_SLOTS && ((void *const *)&pv_ops)[slot] != NULL;
}
