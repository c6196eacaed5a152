// SPDX-License-Identifier: GPL-2.0
/*
 * CPUs up, and calls between them.
 *
 * The boot CPU gets its per-CPU area first (smp_boot_cpu_init(), right
 * after pv_ops is installed), the others only after the kernel is frozen:
 * every call site is patched and the text and table are read-only before
 * smp_init() asks the backend to start anything, as Linux applies its
 * alternatives before SMP, so no AP can see a half-patched site. An AP
 * proves it as its first act, before any site runs: it reads the freeze
 * flag and compares every site's live bytes with what patching left there
 * (pvops_sites_unlike_outcome()), and records both in its area for the smp
 * suite. Then it loads its GS base, its own copy of the GDT with its own
 * TSS and stack, the shared IDT and its interrupt delivery, says it is
 * online and idles: it halts with interrupts on, serving IPIs, and runs
 * what smp_run_on_cpu() leaves it, outside the interrupt, so that the
 * work can itself be reached by IPIs (a TLB shootdown, a cross call).
 *
 * APs start one at a time, each awaited with a deadline: a CPU the backend
 * said it started and that never came is a panic naming it, since it may be
 * running anywhere. The kernel's one IPI carries the cross call
 * (smp_call_function_*): the caller, holding call_lock so calls never
 * overlap, leaves the function in each target's area (once the previous
 * call there was taken) and, if asked to wait, waits for each target's
 * completion count to move; the handler counts every IPI it
 * takes, which is what the suite checks "arrived exactly once" by.
 *
 * maxcpus=N (1..SMP_MAX_CPUS) and nosmp bound what is started; the count
 * the backend reports is the upper bound. Out of range is refused like
 * every parameter (boot.c counts the word) and all CPUs start.
 */
#define pr_fmt(fmt) "smp: " fmt

#include <kernel/bootinfo.h>
#include <kernel/cmdline.h>
#include <kernel/errno.h>
#include <kernel/machine.h>
#include <kernel/mm.h>
#include <kernel/printk.h>
#include <kernel/sections.h>
#include <kernel/smp.h>
#include <kernel/spinlock.h>
#include <kernel/string.h>
#include <kernel/traps.h>
#include <pvops/install.h>
#include <pvops/ops.h>

#define AP_STACK_SIZE (4 * PAGE_SIZE)
/* How long a CPU may take to come up or to answer a call, on the emulator's worst day. */
#define SMP_WAIT_NS 10000000000ULL

struct percpu percpu_areas[SMP_MAX_CPUS];
struct cpumask cpus_online;

/* The APs' GDTs (a TSS descriptor goes busy on ltr, so none is shared) and stacks. */
static union gdt_entry ap_gdt[SMP_MAX_CPUS - 1][GDT_ENTRIES] __aligned(PAGE_SIZE);
static u8 ap_stacks[SMP_MAX_CPUS - 1][AP_STACK_SIZE] __aligned(PAGE_SIZE);

static unsigned long maxcpus;
static bool maxcpus_given, nosmp;
KERNEL_PARAM_ULONG(maxcpus, "maxcpus", &maxcpus, &maxcpus_given);
KERNEL_PARAM_FLAG(nosmp, "nosmp", &nosmp);

static DEFINE_SPINLOCK(call_lock);

int smp_check_cmdline(void)
{
	if (maxcpus_given && (maxcpus < 1 || maxcpus > SMP_MAX_CPUS)) {
		pr_err("maxcpus=%lu is out of range 1..%d; ignored\n", maxcpus, SMP_MAX_CPUS);
		maxcpus_given = false;
		return 1;
	}
	return 0;
}

static void percpu_setup(unsigned int cpu)
{
	struct percpu *pc = &percpu_areas[cpu];

	pc->self = pc;
	pc->cpu = cpu;
}

void smp_boot_cpu_init(void)
{
	percpu_setup(0);
	load_percpu_base((unsigned long)&percpu_areas[0]);
	cpus_online = CPUMASK_OF(0);
}

/*
 * The check of run_fn and the halt are one step with interrupts off
 * (safe_halt() enables and waits at once), so the IPI that hands work
 * over cannot slip in between and leave it waiting.
 */
static void smp_ap_idle(struct percpu *pc)
{
	smp_call_fn fn;

	local_irq_disable();
	fn = __atomic_load_n(&pc->run_fn, __ATOMIC_ACQUIRE);
	if (!fn) {
		safe_halt();
		return;
	}
	local_irq_enable();
	fn(pc->run_info);
	__atomic_store_n(&pc->run_fn, NULL, __ATOMIC_RELEASE);
}

static __noreturn void smp_ap_main(void *arg)
{
	struct percpu *pc = arg;

	/* Before this CPU runs a single pv_ops site: is what it will run the patched kernel? */
	pc->saw_frozen = READ_ONCE(kernel_frozen);
	pc->sites_unlike_outcome = pvops_sites_unlike_outcome();
	load_percpu_base((unsigned long)pc);
	desc_init_cpu(ap_gdt[pc->cpu - 1], &pc->tss,
		      (unsigned long)&ap_stacks[pc->cpu - 1][AP_STACK_SIZE]);
	traps_load_idt();
	machine_ap_irq_init();
	cpumask_set_atomic(&cpus_online, pc->cpu);
	for (;;)
		smp_ap_idle(pc);
}

static void smp_start_ap(unsigned int cpu)
{
	struct mm_struct *mm = current_mm();
	struct smp_ap_boot boot = {
		.cr3 = pfn_val(mm->pgd_pfn) << PAGE_SHIFT,
		.stack_top = (unsigned long)&ap_stacks[cpu - 1][AP_STACK_SIZE],
		.entry = smp_ap_main,
		.arg = &percpu_areas[cpu],
	};
	u64 deadline;
	int err;

	percpu_setup(cpu);
	/* It starts on the boot CPU's address space: a shootdown of it must reach the AP. */
	percpu_areas[cpu].mm = mm;
	cpumask_set_atomic(&mm->cpus, cpu);
	memcpy(ap_gdt[cpu - 1], gdt_table, sizeof(gdt_table));
	err = start_cpu(cpu, &boot);
	if (err)
		panic("smp: the backend could not start cpu %u (error %d)", cpu, err);
	deadline = sched_clock() + SMP_WAIT_NS;
	while (!cpumask_test(&cpus_online, cpu)) {
		if (sched_clock() > deadline)
			panic("smp: cpu %u was started but did not come up within %llu ms", cpu,
			      SMP_WAIT_NS / 1000000);
		__builtin_ia32_pause();
	}
}

void smp_init(void)
{
	int found = machine_smp_cpus(boot_info, SMP_MAX_CPUS);
	unsigned int want = nosmp ? 1 : maxcpus_given ? maxcpus : SMP_MAX_CPUS, cpu;

	if (found < 1)
		panic("smp: the backend found %d CPUs", found);
	if (want > (unsigned int)found)
		want = found;
	for (cpu = 1; cpu < want; cpu++)
		smp_start_ap(cpu);
	pr_info("%u of %d CPU(s) online%s\n", num_online_cpus(), found,
		nosmp ? " (nosmp)" : maxcpus_given ? " (maxcpus=)" : "");
}

/*
 * Runs the call left for this CPU, if any; interrupts off, so the IPI
 * handler and a waiting caller on this CPU (smp_serve_while_waiting())
 * never take the same call. call_info is read before call_fn is cleared:
 * from then on the next caller may write it.
 */
static void smp_serve_call(struct percpu *pc)
{
	/* Acquire: the caller's call_info store is visible once its call_fn is. */
	smp_call_fn fn = __atomic_load_n(&pc->call_fn, __ATOMIC_ACQUIRE);
	void *info;

	if (!fn)
		return;
	info = pc->call_info;
	WRITE_ONCE(pc->call_fn, NULL);
	fn(info);
	__atomic_store_n(&pc->calls_done, pc->calls_done + 1, __ATOMIC_RELEASE);
}

void smp_ipi_interrupt(void)
{
	struct percpu *pc = this_cpu();

	pc->ipis++;
	smp_serve_call(pc);
}

/*
 * A CPU that waits for call_lock or for its targets may have interrupts
 * off, and another CPU may be waiting for it to take a call: it serves
 * that call itself between polls, so two callers never wait for each
 * other (Linux instead requires interrupts on; here a shootdown may come
 * from code that runs with them off, such as the suites). Its IPI still
 * arrives later, finds nothing, and is counted.
 */
static void smp_serve_while_waiting(void)
{
	unsigned long flags;

	local_irq_save(flags);
	smp_serve_call(this_cpu());
	local_irq_restore(flags);
}

/* The whole mask online and without this CPU, or -EINVAL. */
static int smp_check_targets(const struct cpumask *mask)
{
	if (!mask->bits || (mask->bits & ~cpus_online.bits) ||
	    cpumask_test(mask, smp_processor_id()))
		return -EINVAL;
	return 0;
}

/* Until cond holds for cpu, or timeout_ns has passed: then a panic naming why. */
#define smp_wait_within(timeout_ns, cond, cpu, what, fn)                                           \
	do {                                                                                       \
		u64 deadline__ = sched_clock() + (timeout_ns);                                     \
		while (!(cond)) {                                                                  \
			if (sched_clock() > deadline__)                                            \
				panic("smp: cpu %u did not %s %p within %llu ms", (cpu), (what),  \
				      (fn), (unsigned long long)(timeout_ns) / 1000000);           \
			smp_serve_while_waiting();                                                 \
			__builtin_ia32_pause();                                                    \
		}                                                                                  \
	} while (0)
/* ... within the emulator's worst day for an IPI or a call. */
#define smp_wait_for(cond, cpu, what, fn) smp_wait_within(SMP_WAIT_NS, cond, cpu, what, fn)

/*
 * call_lock is held with interrupts off: an interrupt on this CPU that made
 * a call of its own (a shootdown from a timer hook) would otherwise spin
 * for a lock its own CPU holds. While it waits for the lock, the CPU
 * serves the calls left for it (smp_wait_for()).
 */
static unsigned long call_lock_take(void)
{
	unsigned long flags;

	local_irq_save(flags);
	smp_wait_for(spin_trylock(&call_lock), smp_processor_id(), "get the lock for a call",
		     NULL);
	return flags;
}

static void call_lock_drop(unsigned long flags)
{
	spin_unlock(&call_lock);
	local_irq_restore(flags);
}

/*
 * Each call a caller leaves gets a ticket, the target's calls_posted, and
 * it is done when the target's calls_done reaches it: a snapshot of
 * calls_done taken while an earlier call without wait still ran there
 * would be passed by that call's completion, not this one's.
 */
static int smp_call(const struct cpumask *mask, bool single, smp_call_fn fn, void *info,
		    bool wait)
{
	unsigned long ticket[SMP_MAX_CPUS], flags;
	unsigned int cpu;
	int err = smp_check_targets(mask);

	if (err)
		return err;
	flags = call_lock_take();
	for_each_cpu_in(cpu, mask) {
		struct percpu *pc = &percpu_areas[cpu];

		/* A call that did not wait may still be pending there: one at a time per CPU. */
		smp_wait_for(!READ_ONCE(pc->call_fn), cpu, "take the cross call", READ_ONCE(pc->call_fn));
		ticket[cpu] = ++pc->calls_posted;
		pc->call_info = info;
		__atomic_store_n(&pc->call_fn, fn, __ATOMIC_RELEASE);
	}
	if (single)
		send_ipi(__builtin_ctzl(mask->bits));
	else
		send_ipi_mask(mask);
	if (wait)
		for_each_cpu_in(cpu, mask)
			smp_wait_for((long)(__atomic_load_n(&percpu_areas[cpu].calls_done,
							    __ATOMIC_ACQUIRE) - ticket[cpu]) >= 0,
				     cpu, "finish the cross call", fn);
	call_lock_drop(flags);
	return 0;
}

int smp_call_function_single(unsigned int cpu, smp_call_fn fn, void *info, bool wait)
{
	struct cpumask mask;

	if (cpu >= SMP_MAX_CPUS)
		return -EINVAL;
	mask = CPUMASK_OF(cpu);
	return smp_call(&mask, true, fn, info, wait);
}

int smp_call_function_many(const struct cpumask *mask, smp_call_fn fn, void *info, bool wait)
{
	return smp_call(mask, false, fn, info, wait);
}

int smp_run_on_cpu(unsigned int cpu, smp_call_fn fn, void *info)
{
	unsigned long flags;
	struct percpu *pc;

	if (!cpu || cpu >= SMP_MAX_CPUS || cpu == smp_processor_id() ||
	    !cpumask_test(&cpus_online, cpu))
		return -EINVAL;
	pc = &percpu_areas[cpu];
	flags = call_lock_take();
	if (__atomic_load_n(&pc->run_fn, __ATOMIC_ACQUIRE)) {
		call_lock_drop(flags);
		return -EBUSY;
	}
	pc->run_info = info;
	/* Release: the AP that sees run_fn sees run_info. */
	__atomic_store_n(&pc->run_fn, fn, __ATOMIC_RELEASE);
	call_lock_drop(flags);
	send_ipi(cpu);
	return 0;
}

void smp_run_wait(unsigned int cpu, u64 timeout_ns)
{
	struct percpu *pc = &percpu_areas[cpu];

	smp_wait_within(timeout_ns, !__atomic_load_n(&pc->run_fn, __ATOMIC_ACQUIRE), cpu,
			"return from", READ_ONCE(pc->run_fn));
}
