// SPDX-License-Identifier: GPL-2.0
/*
 * Round trips through the kernel's paths: traps, interrupts, page tables,
 * threads.
 *
 * A pv op on these paths is not one call site in a loop: it is the exception
 * return (the cpu.iret jump site in kernel/entry.S) and, under Xen, the
 * bounce frame and event upcall that no site shows; or several ops that a
 * backend may batch into one hypercall. So each of these loops provokes
 * the whole trip through the generic code that callers use, and the table
 * reports the trip, not a site.
 *
 * fault_fixup is a ud2 with a fixup entry, as the traps suite does it: one
 * exception in, one return out, nothing else. timer_tick is the timer as a
 * caller sees it: arm the shortest deadline with interrupts enabled and
 * spin until the tick is counted, so it includes the device's own latency
 * (natively the local APIC timer's shortest count, 1 ns at QEMU's 1 GHz;
 * Xen fires a deadline already passed on the way out of set_timer_op). Under
 * -icount shift=0 the device runs on instruction-counted virtual time, so
 * that wait is as exact as the rest.
 *
 * timer_irq isolates the path from interrupt entry through the handler to
 * the return: the deadline is armed and left to expire with interrupts
 * off, then one timed window enables and disables interrupts, taking the
 * pending interrupt, and a second, identical window with nothing pending is
 * subtracted. The windows are one noinline function so both run the same
 * bytes. This is the delivery the timer suite checks for (a tick pending
 * while masked arrives on enable); on Xen it includes the hypercall that
 * irq_enable makes when it finds an event pending.
 *
 * map_unmap maps a page with map_page() and unmaps it with unmap_page() in
 * an L1 table that exists already: lazy MMU mode, the walk through
 * pte_val(), make_pte(), two set_pte and a TLB flush. context_switch is
 * thread_switch() to a second thread and back, so two switches, each
 * load_sp0 and the TLS descriptor in lazy CPU mode (one address space, so
 * no switch_mm). The partner thread is made on the first run and lives as
 * long as the boot, which ends after the benchmarks.
 */
#include <kernel/extable.h>
#include <kernel/machine.h>
#include <kernel/mm.h>
#include <kernel/printk.h>
#include <kernel/sched.h>
#include <kernel/timer.h>
#include <pvops/backend.h>
#include <pvops/ops.h>

#include "bench.h"

/*
 * Past the latest a deadline of now can fire: the local APIC timer needs
 * one count, and Xen, when its own clock says the deadline has not quite
 * passed, programs its timer no sooner than its timer slop (50 us by
 * default) later. With 20 us, about one Xen tick in a hundred was still to
 * come when the window opened.
 */
#define BENCH_IRQ_SETTLE_NS 100000
/* Seconds of spinning on any machine: a timer that never fires is a kernel bug, said so. */
#define BENCH_TICK_SPIN_LIMIT (1UL << 32)

unsigned long bench_window_hypercalls;

/* Shaped like BENCH_LOOP, which makes static functions: the table is in ops.c. */
u64 bench_loop_fault_fixup(u64 iters)
{
	u64 start, end;

	start = bench_rdtsc();
	for (; iters; iters--) {
		__asm__ __volatile__("1: ud2\n2:\n" _ASM_EXTABLE(1b, 2b) : : : "memory");
		barrier();
	}
	end = bench_rdtsc();
	return end - start;
}

static inline void wait_for_tick(unsigned long before)
{
	unsigned long spins = BENCH_TICK_SPIN_LIMIT;

	while (timer_stats()->ticks == before)
		if (!--spins)
			panic("bench: the timer armed at tick %lu never fired", before);
}

u64 bench_loop_timer_tick(u64 iters)
{
	u64 start, end;

	local_irq_enable();
	start = bench_rdtsc();
	for (; iters; iters--) {
		unsigned long before = timer_stats()->ticks;

		timer_arm(0);
		wait_for_tick(before);
		barrier();
	}
	end = bench_rdtsc();
	local_irq_disable();
	return end - start;
}

/* Interrupts on for as long as it takes the tick counted after before to be seen, then off. */
static noinline void irq_window(unsigned long before)
{
	local_irq_enable();
	/* sti holds interrupts off for one more instruction: give it that one. */
	__asm__ __volatile__("nop" : : : "memory");
	wait_for_tick(before);
	local_irq_disable();
}

static u64 timed_window(unsigned long before, unsigned long *hypercalls)
{
	unsigned long calls = machine_hypercall_count();
	u64 start, end;

	start = bench_rdtsc();
	irq_window(before);
	end = bench_rdtsc();
	*hypercalls = machine_hypercall_count() - calls;
	return end - start;
}

u64 bench_loop_timer_irq(u64 iters)
{
	u64 with = 0, without = 0, settled;
	unsigned long calls_with = 0, calls_without = 0, calls;

	for (; iters; iters--) {
		unsigned long before = timer_stats()->ticks;

		timer_arm(0);
		settled = sched_clock() + BENCH_IRQ_SETTLE_NS;
		while (sched_clock() < settled)
			;
		with += timed_window(before, &calls);
		calls_with += calls;
		without += timed_window(before, &calls);
		calls_without += calls;
	}
	bench_window_hypercalls += calls_with - calls_without;
	return with - without;
}

u64 bench_loop_map_unmap(u64 iters)
{
	unsigned long addr = BENCH_WINDOW + BENCH_LAZY_BATCH * PAGE_SIZE;
	pfn_t pfn = virt_to_pfn(bench_page);
	u64 start, end;

	bench_ptes(); /* the L1 table exists before the first timed run */
	start = bench_rdtsc();
	for (; iters; iters--) {
		if (map_page(&init_mm, addr, pfn, PAGE_KERNEL_RO) || unmap_page(&init_mm, addr))
			panic("bench: cannot map and unmap %#lx", addr);
		barrier();
	}
	end = bench_rdtsc();
	return end - start;
}

static struct thread bench_partner;
static struct thread *bench_home;

static void partner(void *arg)
{
	for (;;)
		thread_switch(bench_home);
}

u64 bench_loop_context_switch(u64 iters)
{
	u64 start, end;

	if (!bench_home) {
		bench_home = current_thread;
		if (thread_create(&bench_partner, "bench-partner", partner, NULL, NULL))
			panic("bench: no pages for a thread stack");
	}
	start = bench_rdtsc();
	for (; iters; iters--) {
		thread_switch(&bench_partner);
		barrier();
	}
	end = bench_rdtsc();
	return end - start;
}
