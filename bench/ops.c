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
 * (CR0, CR3, CR4, EFER, the GDT, the TSS stack pointer, live page-table
 * entries), or the GDT's TLS entry, which no segment register holds outside
 * the desc suite. The page-table entries are those of read-only aliases of
 * one page at BENCH_WINDOW, mapped once through the page-table API, so
 * set_pte writes an entry of a table in service: pinned and validated by
 * Xen, as every page-table write of the kernel is.
 */
#include <kernel/desc.h>
#include <kernel/mm.h>
#include <kernel/printk.h>
#include <kernel/smp.h>
#include <kernel/spinlock.h>
#include <pvops/ops.h>

#include "bench.h"

#define MSR_EFER 0xc0000080UL

extern char boot_stack_top[];

u8 bench_page[PAGE_SIZE] __aligned(PAGE_SIZE);
static unsigned long bench_flush_target;

pte_t *bench_ptes(void)
{
	static pte_t *ptes;
	unsigned long addr;

	if (ptes)
		return ptes;
	for (addr = BENCH_WINDOW; addr < BENCH_WINDOW + BENCH_LAZY_BATCH * PAGE_SIZE;
	     addr += PAGE_SIZE)
		if (map_page(&init_mm, addr, virt_to_pfn(bench_page), PAGE_KERNEL_RO))
			panic("bench: cannot map %#lx for the page-table ops", addr);
	ptes = lookup_pte(&init_mm, BENCH_WINDOW);
	return ptes;
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

BENCH_LOOP(irq_disable, /* none */, local_irq_disable())
BENCH_LOOP(irq_enable, /* none */, local_irq_enable())
BENCH_LOOP(save_fl, /* none */, bench_use(local_save_flags()))
/* Restoring an enabled flag: the common end of a critical section, and Xen's costlier path. */
BENCH_LOOP(restore_fl, unsigned long flags = local_save_flags() | X86_EFLAGS_IF,
	   local_irq_restore(flags))
BENCH_LOOP(read_cr0, /* none */, bench_use(read_cr0()))
BENCH_LOOP(write_cr0, unsigned long cr0 = read_cr0(), write_cr0(cr0))
BENCH_LOOP(read_cr2, /* none */, bench_use(read_cr2()))
BENCH_LOOP(read_cr3, /* none */, bench_use(read_cr3()))
/* The current value back: no translation changes; the TLB flush is part of the cost. */
BENCH_LOOP(write_cr3, unsigned long cr3 = read_cr3(), write_cr3(cr3))
BENCH_LOOP(read_cr4, /* none */, bench_use(read_cr4()))
BENCH_LOOP(write_cr4, unsigned long cr4 = read_cr4(), write_cr4(cr4))
BENCH_LOOP(flush_tlb_one_user, /* none */, flush_tlb_one_user((unsigned long)&bench_flush_target))
BENCH_LOOP(flush_tlb_user, /* none */, flush_tlb_user())
BENCH_LOOP(flush_tlb_kernel, /* none */, flush_tlb_kernel())
/* The entries hold what the hardware sees (under Xen, machine frames): write that back. */
BENCH_LOOP(set_pte, pte_t *ptep = bench_ptes(); pte_t pte = { READ_ONCE(ptep->pte) },
	   set_pte(ptep, pte))
/*
 * One lazy MMU batch of n entries (at most BENCH_LAZY_BATCH). All of them map
 * the same page the same way: they hold one value. Batches of 1 to 64 give
 * the fixed and the per-entry cost of a batched update (scripts/bench).
 */
static __attribute__((__always_inline__)) inline void bench_lazy_batch(pte_t *ptep, pte_t pte,
									unsigned int n)
{
	unsigned int i;

	arch_enter_lazy_mode(PVOPS_LAZY_MMU);
	for (i = 0; i < n; i++)
		set_pte(&ptep[i], pte);
	arch_leave_lazy_mode(PVOPS_LAZY_MMU);
}

#define BENCH_LAZY_LOOP(n)                                                                         \
	BENCH_LOOP(set_pte_lazy##n, pte_t *ptep = bench_ptes(); pte_t pte = { READ_ONCE(ptep->pte) }, \
		   bench_lazy_batch(ptep, pte, n))

_Static_assert(BENCH_LAZY_BATCH == 64, "set_pte_lazy64 is the whole batch");
BENCH_LAZY_LOOP(1)
BENCH_LAZY_LOOP(2)
BENCH_LAZY_LOOP(4)
BENCH_LAZY_LOOP(8)
BENCH_LAZY_LOOP(16)
BENCH_LAZY_LOOP(32)
BENCH_LAZY_LOOP(64)
BENCH_LOOP(make_pte, u64 value = (pfn_val(virt_to_pfn(bench_page)) << PAGE_SHIFT) | PAGE_KERNEL_RO,
	   bench_use(make_pte(value)))
BENCH_LOOP(pte_val, u64 entry = READ_ONCE(bench_ptes()->pte), bench_use(pte_val(entry)))
BENCH_LOOP(cpuid, u32 eax; u32 ebx; u32 ecx; u32 edx, {
	cpuid(0, &eax, &ebx, &ecx, &edx);
	bench_use(eax);
})
BENCH_LOOP(read_msr, /* none */, bench_use(read_msr(MSR_EFER)))
BENCH_LOOP(write_msr, u64 efer = read_msr(MSR_EFER), write_msr(MSR_EFER, efer))
BENCH_LOOP(wbinvd, /* none */, wbinvd())
/*
 * A flat data segment at the kernel's own privilege level (3 under Xen PV,
 * which refuses a descriptor more privileged than its guest kernel), always
 * the same, so the number does not depend on whether the desc suite ran.
 */
BENCH_LOOP(write_gdt_entry, u64 desc = make_data_descriptor(pv_info.kernel_rpl, 0xfffff),
	   write_gdt_entry(gdt_table, GDT_ENTRY_TLS, &desc, sizeof(desc)))
/* The GDT desc_init() loaded, loaded again: under Xen, its frames registered again. */
BENCH_LOOP(load_gdt, struct desc_ptr gdt = bench_gdt_ptr(), load_gdt(&gdt))
/* desc_init() put the boot stack there; the kernel has no other yet. */
BENCH_LOOP(load_sp0, /* none */, load_sp0((unsigned long)boot_stack_top))
BENCH_LOOP(sched_clock, /* none */, bench_use(sched_clock()))
BENCH_LOOP(steal_clock, unsigned int cpu = smp_processor_id(), bench_use(steal_clock(cpu)))
/*
 * Uncontended, as almost every lock is taken: the inline xadd and compare,
 * then the unlock's site. The ticket word alone, without the debug checks
 * (CONFIG_DEBUG_SPINLOCK, off in a kernel that ships), which are no pv op.
 */
BENCH_LOOP(spin_lock_unlock, arch_spinlock_t lock = { .val = 0 }, {
	arch_spin_lock(&lock);
	arch_spin_unlock(&lock);
})
/* A wait on a word that already moved: the slow path's call when the head is ours. */
BENCH_LOOP(lock_wait, arch_spinlock_t lock = { .val = 0 }, lock_wait(&lock.head, 1))
BENCH_LOOP(lock_kick, unsigned int cpu = smp_processor_id(), lock_kick(cpu))
BENCH_LOOP(vcpu_is_preempted, unsigned int cpu = smp_processor_id(),
	   bench_use(vcpu_is_preempted(cpu)))
BENCH_LOOP(clock_khz, /* none */, bench_use(clock_khz()))

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

#define BENCH_LAZY_OP(n)                                                                           \
	BENCH_OP(set_pte_lazy##n, SLOT(mmu.set_pte), SLOT(mmu.lazy_mode.enter),                    \
		 SLOT(mmu.lazy_mode.leave))

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
	BENCH_LAZY_OP(1),
	BENCH_LAZY_OP(2),
	BENCH_LAZY_OP(4),
	BENCH_LAZY_OP(8),
	BENCH_LAZY_OP(16),
	BENCH_LAZY_OP(32),
	BENCH_LAZY_OP(64),
	BENCH_OP(make_pte, SLOT(mmu.make_pte)),
	BENCH_OP(pte_val, SLOT(mmu.pte_val)),
	BENCH_OP(cpuid, SLOT(cpu.cpuid)),
	BENCH_OP(read_msr, SLOT(cpu.read_msr)),
	BENCH_OP(write_msr, SLOT(cpu.write_msr), SLOT(cpu.read_msr)),
	BENCH_OP(wbinvd, SLOT(cpu.wbinvd)),
	BENCH_OP(load_gdt, SLOT(cpu.load_gdt)),
	BENCH_OP(write_gdt_entry, SLOT(cpu.write_gdt_entry)),
	BENCH_OP(load_sp0, SLOT(cpu.load_sp0)),
	BENCH_OP(sched_clock, SLOT(time.sched_clock)),
	BENCH_OP(clock_khz, SLOT(time.clock_khz)),
	BENCH_OP(steal_clock, SLOT(time.steal_clock)),
	BENCH_OP(spin_lock_unlock, SLOT(lock.unlock)),
	BENCH_OP(lock_wait, SLOT(lock.wait)),
	BENCH_OP(lock_kick, SLOT(lock.kick)),
	BENCH_OP(vcpu_is_preempted, SLOT(lock.vcpu_is_preempted)),
	/* The round trips (trips.c), last: their slot is where their path is patched. */
	BENCH_TRIP(fault_fixup, false, SLOT(cpu.iret)),
	BENCH_TRIP(timer_tick, false, SLOT(time.set_timer), SLOT(cpu.iret)),
	BENCH_TRIP(timer_irq, true, SLOT(cpu.iret), SLOT(time.set_timer)),
	BENCH_TRIP(map_unmap, false, SLOT(mmu.set_pte), SLOT(mmu.lazy_mode.enter),
		   SLOT(mmu.flush_tlb_one_user)),
	BENCH_TRIP(context_switch, false, SLOT(cpu.load_sp0), SLOT(mmu.lazy_mode.enter),
		   SLOT(cpu.write_gdt_entry)),
	/* The user-mode paths (user.c): windows timed in user mode. */
	BENCH_TRIP(null_syscall, true, SLOT(user.sysret), SLOT(irq.irq_enable)),
	BENCH_TRIP(int80_syscall, true, SLOT(cpu.iret), SLOT(user.swapgs)),
	BENCH_TRIP(page_fault, true, SLOT(cpu.iret), SLOT(mmu.set_pte), SLOT(user.swapgs)),
	BENCH_TRIP(mprotect64, true, SLOT(mmu.set_pte), SLOT(mmu.flush_tlb_user),
		   SLOT(user.sysret)),
	BENCH_TRIP(pipe_rt, true, SLOT(user.sysret), SLOT(cpu.load_sp0), SLOT(mmu.write_cr3)),
	BENCH_TRIP(process_switch, true, SLOT(cpu.load_sp0), SLOT(mmu.write_cr3),
		   SLOT(user.load_fs_base)),
};
const size_t bench_nr_ops = ARRAY_SIZE(bench_ops);
