// SPDX-License-Identifier: GPL-2.0
/*
 * The lguest stub's pv_ops table: the choices a backend makes, slot by slot.
 *
 * Every required slot (see pvops/core/slots.c) is filled; core refuses a
 * backend that leaves one empty, naming the slot. The choices follow what
 * lguest did:
 *
 * - the interrupt flag is a word the host reads (lguest_data.irq_enabled),
 *   so disabling and enabling are single stores. irq_disable is also an
 *   inline template: the patcher copies its one instruction into every
 *   call site, and the function body is the same bytes plus ret, so a site
 *   that is not patched runs identical code. Templates may clobber only
 *   what they declare and must use absolute addresses (they move);
 * - callee-save slots (the irq ops) need targets that preserve every
 *   register but %rax: C functions get a generated thunk with
 *   PV_CALLEE_SAVE_REGS_THUNK (the thunk calls them by name, so they
 *   cannot be static);
 * - operations the host had to do are hypercalls (lguest_hcall);
 * - slots with nothing to do point at pvops_nop, which the patcher turns
 *   into padding; optional slots this backend lacks stay NULL, and a call
 *   through one traps at its site instead of doing something wrong.
 *
 * The table is const: core copies it into pv_ops once, after init().
 */
#include <pvops/ops.h>
#include <pvops/pv_ops.h>
#include <pvops/template.h>

#include "lguest.h"

PVOP_TEMPLATE("lguest-stub", irq.irq_disable, lguest_irq_disable_direct,
	      "movq $0, lguest_data", CLBR_NONE, PVOP_TEMPLATE_NO_RELOC);

unsigned long lguest_save_fl(void)
{
	return READ_ONCE(lguest_data.irq_enabled);
}
PV_CALLEE_SAVE_REGS_THUNK(lguest_save_fl);

void lguest_restore_fl(unsigned long flags)
{
	WRITE_ONCE(lguest_data.irq_enabled, flags & X86_EFLAGS_IF);
}
PV_CALLEE_SAVE_REGS_THUNK(lguest_restore_fl);

void lguest_irq_enable(void)
{
	WRITE_ONCE(lguest_data.irq_enabled, X86_EFLAGS_IF);
}
PV_CALLEE_SAVE_REGS_THUNK(lguest_irq_enable);

/* The host handled CPUID by trapping it; the instruction itself is fine. */
static void lguest_cpuid(u32 *eax, u32 *ebx, u32 *ecx, u32 *edx)
{
	__asm__ __volatile__("cpuid"
			     : "=a"(*eax), "=b"(*ebx), "=c"(*ecx), "=d"(*edx)
			     : "0"(*eax), "2"(*ecx));
}

static void lguest_write_idt_entry(void *idt, unsigned long index, const void *gate)
{
	const u64 *words = gate;

	lguest_hcall(LHCALL_LOAD_IDT_ENTRY, index, words[0]);
}

static void lguest_load_idt(const struct desc_ptr *desc)
{
	unsigned long i;

	for (i = 0; i < (desc->size + 1UL) / 16; i++)
		lguest_write_idt_entry((void *)desc->address, i,
				       (const u8 *)desc->address + 16 * i);
}

static void lguest_write_gdt_entry(void *gdt, unsigned long index, const void *desc,
				   unsigned long size)
{
	lguest_hcall(LHCALL_LOAD_GDT_ENTRY, index, *(const u64 *)desc);
}

static void lguest_load_gdt(const struct desc_ptr *desc)
{
	unsigned long i;

	for (i = 0; i < (desc->size + 1UL) / 8; i++)
		lguest_write_gdt_entry((void *)desc->address, i,
				       (const u64 *)desc->address + i, 8);
}

static void lguest_load_sp0(unsigned long sp0)
{
	lguest_hcall(LHCALL_SET_STACK, sp0, 0);
}

/* The host delivered the iret frame back itself: a hypercall that never returns. */
static void lguest_iret(void)
{
	lguest_hcall(LHCALL_TS, 0, 0);
}

static void lguest_halt(void)
{
	lguest_hcall(LHCALL_HALT, 0, 0);
}

static unsigned long lguest_read_cr2(void)
{
	return READ_ONCE(lguest_data.cr2);
}

static unsigned long lguest_read_cr3(void)
{
	return lguest_hcall(LHCALL_FLUSH_TLB, 0, 0);
}

static void lguest_flush_tlb(void)
{
	lguest_hcall(LHCALL_FLUSH_TLB, 1, 0);
}

static void lguest_flush_tlb_one(unsigned long addr)
{
	lguest_hcall(LHCALL_FLUSH_TLB, 1, addr);
}

static u64 lguest_sched_clock(void)
{
	return lguest_hcall(LHCALL_SET_CLOCKEVENT, 0, 0);
}

static unsigned long lguest_clock_khz(void)
{
	return 1000000; /* lguest's clock counted nanoseconds: 1 GHz */
}

static void lguest_set_timer(u64 expires_ns)
{
	lguest_hcall(LHCALL_SET_CLOCKEVENT, expires_ns, 0);
}

const struct pv_ops lguest_pv_ops = {
	.cpu = {
		.cpuid = lguest_cpuid,
		.load_gdt = lguest_load_gdt,
		.load_idt = lguest_load_idt,
		.load_tr = (void *)pvops_nop, /* the host owns the TSS */
		.write_gdt_entry = lguest_write_gdt_entry,
		.write_idt_entry = lguest_write_idt_entry,
		.load_sp0 = lguest_load_sp0,
		.iret = lguest_iret,
	},
	.irq = {
		.save_fl = PV_CALLEE_SAVE(lguest_save_fl),
		.restore_fl = PV_CALLEE_SAVE(lguest_restore_fl),
		.irq_disable = { .func = (void *)lguest_irq_disable_direct },
		.irq_enable = PV_CALLEE_SAVE(lguest_irq_enable),
		.safe_halt = lguest_halt,
		.halt = lguest_halt,
	},
	.mmu = {
		.read_cr2 = lguest_read_cr2,
		.read_cr3 = lguest_read_cr3,
		.flush_tlb_user = lguest_flush_tlb,
		.flush_tlb_kernel = lguest_flush_tlb,
		.flush_tlb_one_user = lguest_flush_tlb_one,
	},
	.time = {
		.sched_clock = lguest_sched_clock,
		.clock_khz = lguest_clock_khz,
		.set_timer = lguest_set_timer,
	},
};

const struct pv_info lguest_pv_info = {
	.name = "lguest-stub",
	.kernel_rpl = 1, /* lguest ran its guest kernel in ring 1 */
	.flags = PV_INFO_HYPERVISOR,
};
