// SPDX-License-Identifier: GPL-2.0
/*
 * The Xen PV pv_ops table, installed by core with one struct copy after init().
 *
 * The table is constant and complete: every slot Xen implements
 * points at its final function, and slots not yet implemented for Xen are
 * left NULL on purpose, so that the patcher turns their sites into ud2 and
 * a call traps at the site instead of running a native instruction in
 * ring 3. The small cpu and mmu ops live here: CPUID goes through Xen's
 * forced-emulation prefix (ud2; "xen"; cpuid) so the kernel sees the
 * leaves Xen filters and adds, CR2 is what Xen saved in vcpu_info at the
 * last page fault, and TLB flushes are mmuext operations; the page-table
 * ops are in mmu.c.
 */
#include <pvops/backend.h>
#include <pvops/pv_ops.h>
#include <pvops/privileged.h>

#include "hypercall_pv.h"
#include "multicalls.h"
#include "xen.h"

/*
 * The lock ops are unprivileged, so the native ones run in a PV guest too;
 * with one vCPU there is no holder to be descheduled and nobody to kick, so
 * they are right until several vCPUs block in SCHEDOP_poll.
 */
#define X86_LOCK_TEMPLATE(slot, name, clobbers)                                                    \
	PVOP_TEMPLATE(xen_backend, slot, xen_asm_##name, X86_LOCK_INSN_##slot, clobbers)
#include <x86/lock_templates.h>

PVOPS_ALLOW_PRIVILEGED(PVOPS_PRIV_IO);

#define XEN_CPUID_PREFIX "ud2a; .ascii \"xen\"; "


static void xen_cpuid(u32 *eax, u32 *ebx, u32 *ecx, u32 *edx)
{
	__asm__ __volatile__(XEN_CPUID_PREFIX "cpuid"
			     : "=a"(*eax), "=b"(*ebx), "=c"(*ecx), "=d"(*edx)
			     : "0"(*eax), "2"(*ecx));
}

static unsigned long xen_read_cr2(void)
{
	return READ_ONCE(xen_vcpu->arch.cr2);
}

static void xen_mmuext(const char *caller, struct mmuext_op *op)
{
	long rc;

	xen_mc_flush();
	rc = HYPERVISOR_mmuext_op(op, 1, NULL, DOMID_SELF);

	if (rc)
		xen_hypercall_failed(caller, "mmuext_op", rc);
}

static void xen_flush_tlb(void)
{
	struct mmuext_op op = { .cmd = MMUEXT_TLB_FLUSH_LOCAL };

	xen_mmuext(__func__, &op);
}

static void xen_flush_tlb_one_user(unsigned long addr)
{
	struct mmuext_op op = { .cmd = MMUEXT_INVLPG_LOCAL, .arg1.linear_addr = addr };

	xen_mmuext(__func__, &op);
}


/* The templates of irq.c are callee-save functions in their own right. */
#define XEN_DIRECT(fn) ((struct pv_callee_save){ .func = (void *)fn })

const struct pv_ops xen_pv_ops = {
	.cpu = {
		.cpuid = xen_cpuid,
		.load_gdt = xen_load_gdt,
		.load_idt = xen_load_idt,
		.load_tr = (void *)pvops_nop,
		.write_gdt_entry = xen_write_gdt_entry,
		.load_sp0 = xen_load_sp0,
		.write_idt_entry = xen_write_idt_entry,
		.iret = xen_iret,
	},
	.irq = {
		.save_fl = XEN_DIRECT(xen_save_fl_direct),
		.restore_fl = XEN_DIRECT(xen_restore_fl_direct),
		.irq_disable = XEN_DIRECT(xen_irq_disable_direct),
		.irq_enable = XEN_DIRECT(xen_irq_enable_direct),
		.safe_halt = xen_safe_halt,
		.halt = xen_halt,
	},
	.mmu = {
		.read_cr2 = xen_read_cr2,
		.read_cr3 = xen_read_cr3,
		.write_cr3 = xen_write_cr3,
		.flush_tlb_user = xen_flush_tlb,
		.flush_tlb_kernel = xen_flush_tlb,
		.flush_tlb_one_user = xen_flush_tlb_one_user,
		.set_pte = xen_set_pte,
		.set_pmd = xen_set_pmd,
		.set_pud = xen_set_pud,
		.set_p4d = xen_set_p4d,
		.make_pte = xen_make_pte,
		.pte_val = xen_pte_val,
		.alloc_pte = xen_alloc_pte,
		.alloc_pmd = xen_alloc_pmd,
		.alloc_pud = xen_alloc_pud,
		.alloc_pgd = xen_alloc_pgd,
		.release_pte = xen_release_pte,
		.release_pmd = xen_release_pmd,
		.release_pud = xen_release_pud,
		.release_pgd = xen_release_pgd,
		.activate_mm = xen_activate_mm, /* the user page table: user.c */
		.exit_mmap = (void *)pvops_nop,
		.lazy_mode = {
			.enter = xen_enter_lazy,
			.leave = xen_leave_lazy,
			.flush = xen_flush_lazy,
		},
	},
	.time = {
		.sched_clock = xen_sched_clock,
		.clock_khz = xen_clock_khz,
		.set_timer = xen_set_timer,
		/* No runstate area is registered with one vCPU: no steal is counted. */
		.steal_clock = (void *)xen_asm_steal_clock,
	},
	.user = { /* user.c, user-asm.S */
		.syscall_init = xen_syscall_init,
		.swapgs = pvops_nop, /* Xen swaps GS at every crossing */
		.sysret = xen_sysret,
		.load_fs_base = xen_load_fs_base,
		.load_gs_base_user = xen_load_gs_base_user,
		.enable_fpu = xen_enable_fpu, /* fpu.c */
	},
	.lock = X86_LOCK_PV_OPS(xen_asm),
	/* One vCPU: the kernel's GS base is Xen's to set (user.c), no other vCPU to reach. */
	.smp = PVOPS_UP_SMP_OPS(xen_load_percpu_base),
};

const struct pv_info xen_pv_info = {
	.kernel_rpl = 3,
	.kernel_cs = FLAT_KERNEL_CS,
	.user_cs = FLAT_USER_CS,
	.user_ss = FLAT_USER_SS,
	.flags = PV_INFO_HYPERVISOR | PV_INFO_COUNTS_HYPERCALLS,
};

