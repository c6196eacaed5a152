// SPDX-License-Identifier: GPL-2.0
/*
 * The @NAME@ pv_ops table: bare hardware, its own privileged instructions.
 *
 * Every slot is what the instruction means on bare hardware, taken from
 * the shared raw-instruction layer (include/x86/insns.h) and, for the
 * clock and the timer, the PC layer's TSC and PIT (include/pc/pc.h); no
 * slot borrows from another backend. The hot ones are PVOP_TEMPLATEs, so
 * the patcher copies their bytes into the call sites, and they touch only
 * %rax and the flags, which is why the irq ones sit in callee-save slots
 * without a thunk. Slots with nothing to do on bare hardware point at
 * pvops_nop (or pvops_ident), except lazy_mode.leave, which must answer 0.
 * Start here when this backend's ops begin to differ from native's.
 */
#include <kernel/desc.h>
#include <pc/pc.h>
#include <pvops/backend.h>
#include <pvops/privileged.h>
#include <pvops/pv_ops.h>
#include <pvops/template.h>
#include <x86/insns.h>
#include <x86/user.h>

#include "@PREFIX@.h"

/* A bare-metal backend performs the privileged ops itself, as native does. */
PVOPS_ALLOW_PRIVILEGED(PVOPS_PRIV_RING0 | PVOPS_PRIV_IRET | PVOPS_PRIV_IO | PVOPS_PRIV_PVFLAGS);

#define @SYMBOL@_TEMPLATE(slot, name, insns, clobbers)                                             \
	PVOP_TEMPLATE("@NAME@", slot, @PREFIX@_asm_##name, insns, clobbers)

@SYMBOL@_TEMPLATE(IRQ_DISABLE, irq_disable, "cli", CLBR_NONE);
@SYMBOL@_TEMPLATE(IRQ_ENABLE, irq_enable, "sti", CLBR_NONE);
@SYMBOL@_TEMPLATE(SAVE_FL, save_fl, "pushfq; popq %rax", CLBR_RAX);
@SYMBOL@_TEMPLATE(RESTORE_FL, restore_fl, "pushq %rdi; popfq", CLBR_NONE);
@SYMBOL@_TEMPLATE(READ_CR2, read_cr2, "mov %cr2, %rax", CLBR_RAX);
@SYMBOL@_TEMPLATE(READ_CR3, read_cr3, "mov %cr3, %rax", CLBR_RAX);
@SYMBOL@_TEMPLATE(WRITE_CR3, write_cr3, "mov %rdi, %cr3", CLBR_NONE);
@SYMBOL@_TEMPLATE(IRET, iret, "iretq", CLBR_NONE);
@SYMBOL@_TEMPLATE(SWAPGS, swapgs, "swapgs", CLBR_NONE);

/* Nothing is deferred on bare hardware, so nothing can fail late. */
static int @PREFIX@_leave_lazy(enum pvops_lazy_mode mode)
{
	return 0;
}

#define RAW(name) ((void *)@PREFIX@_asm_##name)
#define @SYMBOL@_CALLEE_SAVE(name) ((struct pv_callee_save){ .func = RAW(name) })

const struct pv_ops @PREFIX@_pv_ops = {
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
		.save_fl = @SYMBOL@_CALLEE_SAVE(save_fl),
		.restore_fl = @SYMBOL@_CALLEE_SAVE(restore_fl),
		.irq_disable = @SYMBOL@_CALLEE_SAVE(irq_disable),
		.irq_enable = @SYMBOL@_CALLEE_SAVE(irq_enable),
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
			.leave = @PREFIX@_leave_lazy,
			.flush = pvops_nop,
		},
	},
	.time = {
		.sched_clock = pc_sched_clock,
		.clock_khz = pc_clock_khz,
		.set_timer = pc_pit_set_timer,
	},
	/* User mode from the shared hardware layer (include/x86/user.h). */
	.user = X86_HW_USER_OPS(RAW(swapgs)),
};

/* Bare hardware: ring 0, on the kernel code segment of kernel/desc.c's GDT. */
const struct pv_info @PREFIX@_pv_info = {
	.name = "@NAME@",
	.kernel_rpl = 0,
	.kernel_cs = GDT_SELECTOR(GDT_ENTRY_KERNEL_CS, 0),
	.user_cs = USER_CS_SELECTOR,
	.user_ss = USER_DS_SELECTOR,
	.flags = 0,
};
