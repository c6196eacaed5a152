// SPDX-License-Identifier: GPL-2.0
/*
 * The benchmarked ops: one timed loop per operation of the table.
 *
 * Every loop body is generic kernel code calling the ops.h wrappers, so
 * the same source measures the patched site, the indirect call
 * (pvops.nopatch) and, in a CONFIG_PVOPS=n build, the bare instruction.
 * The loops are alike on purpose: the same countdown, the same compiler
 * barrier and the same TSC reads, so that the empty loop's cost is the
 * right thing to subtract. Results are kept alive with an empty asm rather
 * than stored, so no op pays for a store the others do not.
 *
 * Ops that write state write something harmless: the value already there
 * (CR0, CR3, CR4, EFER, the GDT, the TSS stack pointer), entries of a
 * scratch page shaped like a page table that no page table points to and no
 * CR3 ever holds, so no translation changes, or the GDT's TLS entry, which
 * no segment register holds outside the desc suite. The kernel has no
 * page-table API yet, so set_pte cannot honestly target a live page table;
 * on Xen the scratch page is an ordinary writable page, not a pinned one,
 * which is worth remembering when reading Xen's set_pte numbers once that
 * op exists there.
 */
#include <kernel/desc.h>
#include <pvops/ops.h>

#include "bench.h"

#define MSR_EFER 0xc0000080UL
#define BENCH_LAZY_BATCH 64

extern char boot_stack_top[];

/* An entry with the present bit clear: writing it can never map anything. */
#define BENCH_EMPTY_PTE ((pte_t){ .pte = 0 })

static pte_t bench_scratch_pt[PAGE_SIZE / sizeof(pte_t)] __aligned(PAGE_SIZE);
static unsigned long bench_flush_target;

/*
 * ops.h has no lazy-mode wrappers yet; these are written exactly like its
 * wrappers, one patchable site each, so the batch below is measured as a
 * caller of the generic API would run it. Bare metal has nothing to batch.
 */
#ifdef CONFIG_PVOPS
#include <pvops/call.h>

static inline void bench_enter_lazy_mmu(void)
{
	PVOP_VCALL1(mmu.lazy_mode.enter, PVOPS_LAZY_MMU);
}

static inline void bench_leave_lazy_mmu(void)
{
	PVOP_VCALL1(mmu.lazy_mode.leave, PVOPS_LAZY_MMU);
}
#else
static inline void bench_enter_lazy_mmu(void)
{
}

static inline void bench_leave_lazy_mmu(void)
{
}
#endif

static unsigned int kernel_cpl(void)
{
	u16 cs;

	__asm__("mov %%cs, %0" : "=r"(cs));
	return cs & 3;
}

static struct desc_ptr bench_gdt_ptr(void)
{
	return (struct desc_ptr){ .size = sizeof(gdt_table) - 1,
				  .address = (u64)(uintptr_t)gdt_table };
}

/* Not static: the harness measures it first, and it has no slot to check. */
u64 bench_loop_empty(u64 iters)
{
	u64 start, end;

	start = bench_rdtsc();
	for (; iters; iters--)
		barrier();
	end = bench_rdtsc();
	return end - start;
}

BENCH_LOOP(irq_disable, , local_irq_disable())
BENCH_LOOP(irq_enable, , local_irq_enable())
BENCH_LOOP(save_fl, , bench_use(local_save_flags()))
/* Restoring an enabled flag: the common end of a critical section, and Xen's costlier path. */
BENCH_LOOP(restore_fl, unsigned long flags = local_save_flags() | X86_EFLAGS_IF,
	   local_irq_restore(flags))
BENCH_LOOP(read_cr0, , bench_use(read_cr0()))
BENCH_LOOP(write_cr0, unsigned long cr0 = read_cr0(), write_cr0(cr0))
BENCH_LOOP(read_cr2, , bench_use(read_cr2()))
BENCH_LOOP(read_cr3, , bench_use(read_cr3()))
/* The current value back: no translation changes; the TLB flush is part of the cost. */
BENCH_LOOP(write_cr3, unsigned long cr3 = read_cr3(), write_cr3(cr3))
BENCH_LOOP(read_cr4, , bench_use(read_cr4()))
BENCH_LOOP(write_cr4, unsigned long cr4 = read_cr4(), write_cr4(cr4))
BENCH_LOOP(flush_tlb_one_user, , flush_tlb_one_user((unsigned long)&bench_flush_target))
BENCH_LOOP(flush_tlb_user, , flush_tlb_user())
BENCH_LOOP(flush_tlb_kernel, , flush_tlb_kernel())
BENCH_LOOP(set_pte, , set_pte(&bench_scratch_pt[0], BENCH_EMPTY_PTE))
BENCH_LOOP(set_pte_lazy64, unsigned int i, {
	bench_enter_lazy_mmu();
	for (i = 0; i < BENCH_LAZY_BATCH; i++)
		set_pte(&bench_scratch_pt[i], BENCH_EMPTY_PTE);
	bench_leave_lazy_mmu();
})
BENCH_LOOP(cpuid, u32 eax; u32 ebx; u32 ecx; u32 edx, {
	cpuid(0, &eax, &ebx, &ecx, &edx);
	bench_use(eax);
})
BENCH_LOOP(read_msr, , bench_use(read_msr(MSR_EFER)))
BENCH_LOOP(write_msr, u64 efer = read_msr(MSR_EFER), write_msr(MSR_EFER, efer))
BENCH_LOOP(wbinvd, , wbinvd())
/*
 * A flat data segment at the kernel's own privilege level (3 under Xen PV,
 * which refuses a descriptor more privileged than its guest kernel), always
 * the same, so the number does not depend on whether the desc suite ran.
 */
BENCH_LOOP(write_gdt_entry, u64 desc = make_data_descriptor(kernel_cpl(), 0xfffff),
	   write_gdt_entry(gdt_table, GDT_ENTRY_TLS, &desc, sizeof(desc)))
/* The GDT desc_init() loaded, loaded again: under Xen, its frames registered again. */
BENCH_LOOP(load_gdt, struct desc_ptr gdt = bench_gdt_ptr(), load_gdt(&gdt))
/* desc_init() put the boot stack there; the kernel has no other yet. */
BENCH_LOOP(load_sp0, , load_sp0((unsigned long)boot_stack_top))
BENCH_LOOP(sched_clock, , bench_use(sched_clock()))
BENCH_LOOP(clock_khz, , bench_use(clock_khz()))

#define SLOT BENCH_SLOT
#define BENCH_OP(op, ...)                                                                          \
	{                                                                                          \
		.name = #op, .loop = bench_loop_##op, .slots = { __VA_ARGS__ },                    \
		.nr_slots = ARRAY_SIZE(((struct bench_slot[]){ __VA_ARGS__ })),                    \
	}
#define BENCH_TRIP(op, is_windowed, ...)                                                           \
	{                                                                                          \
		.name = #op, .loop = bench_loop_##op, .slots = { __VA_ARGS__ },                    \
		.nr_slots = ARRAY_SIZE(((struct bench_slot[]){ __VA_ARGS__ })),                    \
		.trip = true, .windowed = is_windowed,                                             \
	}

/*
 * The order of the report: the hot irq ops first, then by group. An op's
 * first slot is the one it is about (the others set it up or bracket it):
 * results name it, so scripts/bench knows which site's patch to show.
 */
const struct bench_op bench_ops[] = {
	BENCH_OP(irq_disable, SLOT(irq.irq_disable)),
	BENCH_OP(irq_enable, SLOT(irq.irq_enable)),
	BENCH_OP(save_fl, SLOT(irq.save_fl)),
	BENCH_OP(restore_fl, SLOT(irq.restore_fl), SLOT(irq.save_fl)),
	BENCH_OP(read_cr0, SLOT(cpu.read_cr0)),
	BENCH_OP(write_cr0, SLOT(cpu.write_cr0), SLOT(cpu.read_cr0)),
	BENCH_OP(read_cr2, SLOT(mmu.read_cr2)),
	BENCH_OP(read_cr3, SLOT(mmu.read_cr3)),
	BENCH_OP(write_cr3, SLOT(mmu.write_cr3), SLOT(mmu.read_cr3)),
	BENCH_OP(read_cr4, SLOT(cpu.read_cr4)),
	BENCH_OP(write_cr4, SLOT(cpu.write_cr4), SLOT(cpu.read_cr4)),
	BENCH_OP(flush_tlb_one_user, SLOT(mmu.flush_tlb_one_user)),
	BENCH_OP(flush_tlb_user, SLOT(mmu.flush_tlb_user)),
	BENCH_OP(flush_tlb_kernel, SLOT(mmu.flush_tlb_kernel)),
	BENCH_OP(set_pte, SLOT(mmu.set_pte)),
	BENCH_OP(set_pte_lazy64, SLOT(mmu.set_pte), SLOT(mmu.lazy_mode.enter),
		 SLOT(mmu.lazy_mode.leave)),
	BENCH_OP(cpuid, SLOT(cpu.cpuid)),
	BENCH_OP(read_msr, SLOT(cpu.read_msr)),
	BENCH_OP(write_msr, SLOT(cpu.write_msr), SLOT(cpu.read_msr)),
	BENCH_OP(wbinvd, SLOT(cpu.wbinvd)),
	BENCH_OP(load_gdt, SLOT(cpu.load_gdt)),
	BENCH_OP(write_gdt_entry, SLOT(cpu.write_gdt_entry)),
	BENCH_OP(load_sp0, SLOT(cpu.load_sp0)),
	BENCH_OP(sched_clock, SLOT(time.sched_clock)),
	BENCH_OP(clock_khz, SLOT(time.clock_khz)),
	/* The round trips (trips.c), last: their slot is where their path is patched. */
	BENCH_TRIP(fault_fixup, false, SLOT(cpu.iret)),
	BENCH_TRIP(timer_tick, false, SLOT(time.set_timer), SLOT(cpu.iret)),
	BENCH_TRIP(timer_irq, true, SLOT(cpu.iret), SLOT(time.set_timer)),
};
const size_t bench_nr_ops = ARRAY_SIZE(bench_ops);
