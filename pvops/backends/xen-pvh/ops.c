// SPDX-License-Identifier: GPL-2.0
/*
 * The Xen PVH pv_ops table: native instructions, Xen's clock and timer.
 *
 * A PVH guest runs in ring 0 of a hardware container: the interrupt flag
 * is real, the page tables are native (HAP translates them), descriptor
 * tables and control registers are the CPU's, CPUID is not privileged and
 * Xen answers its hypervisor leaves itself. So every cpu, irq and mmu op
 * is the real instruction, and the hot ones are this backend's own inline
 * templates (the same instructions as native's, declared here because a
 * backend reaches into no other), which the patcher copies into every
 * site. What is Xen's is time: the clock is vcpu_time_info and the timer
 * set_timer_op delivering VIRQ_TIMER, both the Xen layer's (the code the
 * PV backend uses too). No slot batches, so the lazy modes do nothing.
 */
#include <pvops/backend.h>
#include <pvops/privileged.h>
#include <pvops/pv_ops.h>
#include <pvops/template.h>
#include <x86/insns.h>

#include "xen_pvh.h"

/* Ring-0 instructions, the exception return, flags, and the exit's port write. */
PVOPS_ALLOW_PRIVILEGED(PVOPS_PRIV_RING0 | PVOPS_PRIV_IRET | PVOPS_PRIV_IO | PVOPS_PRIV_PVFLAGS);

#define XEN_PVH_TEMPLATE(slot, name, insns, clobbers)                                              \
	PVOP_TEMPLATE("xen-pvh", slot, xen_pvh_asm_##name, insns, clobbers)

XEN_PVH_TEMPLATE(IRQ_DISABLE, irq_disable, "cli", CLBR_NONE);
XEN_PVH_TEMPLATE(IRQ_ENABLE, irq_enable, "sti", CLBR_NONE);
XEN_PVH_TEMPLATE(SAVE_FL, save_fl, "pushfq; popq %rax", CLBR_RAX);
XEN_PVH_TEMPLATE(RESTORE_FL, restore_fl, "pushq %rdi; popfq", CLBR_NONE);
XEN_PVH_TEMPLATE(READ_CR2, read_cr2, "mov %cr2, %rax", CLBR_RAX);
XEN_PVH_TEMPLATE(READ_CR3, read_cr3, "mov %cr3, %rax", CLBR_RAX);
XEN_PVH_TEMPLATE(WRITE_CR3, write_cr3, "mov %rdi, %cr3", CLBR_NONE);
XEN_PVH_TEMPLATE(IRET, iret, "iretq", CLBR_NONE);

/* Nothing is deferred, so nothing can fail late. */
static int xen_pvh_leave_lazy(enum pvops_lazy_mode mode)
{
	return 0;
}

#define RAW(name) ((void *)xen_pvh_asm_##name)
#define XEN_PVH_CALLEE_SAVE(name) ((struct pv_callee_save){ .func = RAW(name) })

const struct pv_ops xen_pvh_pv_ops = {
	.cpu = {
		.cpuid = native_cpuid,
		.read_cr0 = native_read_cr0,
		.write_cr0 = native_write_cr0,
		.read_cr4 = native_read_cr4,
		.write_cr4 = native_write_cr4,
		.load_gdt = native_load_gdt,
		.load_idt = native_load_idt,
		.load_tr = native_load_tr,
		.write_gdt_entry = native_write_gdt_entry,
		.write_idt_entry = native_write_idt_entry,
		.load_sp0 = native_load_sp0,
		.read_msr = native_read_msr,
		.write_msr = native_write_msr,
		.wbinvd = native_wbinvd,
		.iret = RAW(iret),
	},
	.irq = {
		.save_fl = XEN_PVH_CALLEE_SAVE(save_fl),
		.restore_fl = XEN_PVH_CALLEE_SAVE(restore_fl),
		.irq_disable = XEN_PVH_CALLEE_SAVE(irq_disable),
		.irq_enable = XEN_PVH_CALLEE_SAVE(irq_enable),
		.safe_halt = native_safe_halt,
		.halt = native_halt,
	},
	.mmu = {
		.read_cr2 = RAW(read_cr2),
		.read_cr3 = RAW(read_cr3),
		.write_cr3 = RAW(write_cr3),
		.flush_tlb_user = native_flush_tlb_user,
		.flush_tlb_kernel = native_flush_tlb_kernel,
		.flush_tlb_one_user = native_flush_tlb_one_user,
		.set_pte = native_set_pte,
		.set_pmd = (void *)native_set_pte,
		.set_pud = (void *)native_set_pte,
		.set_p4d = (void *)native_set_pte,
		.make_pte = pvops_ident,
		.pte_val = pvops_ident,
		.alloc_pte = (void *)pvops_nop,
		.alloc_pmd = (void *)pvops_nop,
		.alloc_pud = (void *)pvops_nop,
		.alloc_pgd = (void *)pvops_nop,
		.release_pte = (void *)pvops_nop,
		.release_pmd = (void *)pvops_nop,
		.release_pud = (void *)pvops_nop,
		.release_pgd = (void *)pvops_nop,
		.activate_mm = (void *)pvops_nop,
		.exit_mmap = (void *)pvops_nop,
		.lazy_mode = {
			.enter = (void *)pvops_nop,
			.leave = xen_pvh_leave_lazy,
			.flush = pvops_nop,
		},
	},
	.time = {
		.sched_clock = xen_sched_clock,
		.clock_khz = xen_clock_khz,
		.set_timer = xen_set_timer,
	},
};
