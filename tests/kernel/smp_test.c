// SPDX-License-Identifier: GPL-2.0
/*
 * SMP suite: the CPUs the machine has are up, each reached by its own IPI
 * exactly once, each with its own per-CPU area, and they exclude each
 * other under a spinlock; every AP checked, before it ran a single pv_ops
 * site, that the kernel was frozen and every site held the bytes patching
 * left there.
 *
 * Evidence is counted where it happens: the IPI handler counts every IPI
 * its CPU takes (struct percpu's ipis), so "exactly once" is the count
 * moving by one and then staying put for a while; the cross calls record
 * what the target saw (its number, its area) into the caller's array.
 * The shootdown is checked where it matters, in another CPU's TLB: the
 * other CPUs read a page in a loop while this one points it at another
 * frame, and a read of a frame that a returned remap had replaced is a
 * stale translation nobody flushed.
 * With one CPU there is nobody to reach: those cases skip, saying so, and
 * the checks of the boot CPU itself still run. ktest.expect_cpus=N (the
 * runner passes the environment's count) makes the number online a check.
 */
#include <kernel/cmdline.h>
#include <kernel/errno.h>
#include <kernel/ktest.h>
#include <kernel/mm.h>
#include <kernel/printk.h>
#include <kernel/sections.h>
#include <kernel/smp.h>
#include <kernel/spinlock.h>
#include <kernel/string.h>
#include <kernel/timer.h>
#include <pvops/install.h>
#include <pvops/ops.h>

/* Long enough for an IPI to arrive on the emulator's worst day, and for a second one to show. */
#define IPI_ARRIVE_NS 5000000000ULL
#define IPI_SETTLE_NS 50000000ULL
/* An IPI sent before work started may still be on its way: longer, for a host that preempts. */
#define RUN_WAKE_SETTLE_NS 500000000ULL
/* Each case's work on an AP returns well within this, on the emulator's worst day. */
#define RUN_RETURN_NS 10000000000ULL
#define COUNTER_ROUNDS 500
/*
 * The shootdown's page: under a top-level slot the readers' address space
 * owns, or under the kernel's first slot (the direct map's, which every
 * address space shares), mapped in init_mm.
 */
#define SHOOTDOWN_OWN_WINDOW 0x20000000000UL
#define SHOOTDOWN_SHARED_WINDOW 0xb0000000UL
#define SHOOTDOWN_ROUNDS 200

static unsigned long expect_cpus;
static bool expect_cpus_given;
KERNEL_PARAM_ULONG(expect_cpus, "ktest.expect_cpus", &expect_cpus, &expect_cpus_given);

static bool one_cpu(struct ktest *t)
{
	if (num_online_cpus() > 1)
		return false;
	ktest_skip(t, "one CPU online: no other CPU to reach");
	return true;
}

static struct cpumask others(void)
{
	return (struct cpumask){ .bits = cpus_online.bits & ~(1UL << smp_processor_id()) };
}

struct seen {
	unsigned int cpu;
	struct percpu *area;
	struct x86_tss *tss;
	unsigned int sites_unlike;
};

static void report_self(void *info)
{
	struct seen *s = &((struct seen *)info)[smp_processor_id()];

	s->cpu = smp_processor_id();
	s->area = this_cpu();
	s->tss = &this_cpu()->tss;
	s->sites_unlike = pvops_sites_unlike_outcome();
}

static void every_cpu_comes_up_and_reports_its_id(struct ktest *t)
{
	static struct seen seen[SMP_MAX_CPUS];
	struct cpumask mask = others();
	unsigned int cpu;

	KTEST_EXPECT_UEQ(t, smp_processor_id(), 0);
	KTEST_EXPECT_TRUE(t, cpumask_test(&cpus_online, 0));
	if (expect_cpus_given)
		KTEST_EXPECT_UEQ(t, num_online_cpus(), expect_cpus);
	if (one_cpu(t))
		return;
	memset(seen, 0xff, sizeof(seen));
	KTEST_ASSERT_EQ(t, smp_call_function_many(&mask, report_self, seen, true), 0);
	for_each_cpu_in(cpu, &mask)
		KTEST_EXPECT_UEQ(t, seen[cpu].cpu, cpu);
}

/* Until the count moves off before (or the deadline), then a while more: how far it went. */
static unsigned long ipi_count_after(unsigned int cpu, unsigned long before)
{
	u64 deadline = sched_clock() + IPI_ARRIVE_NS;

	while (READ_ONCE(percpu_areas[cpu].ipis) == before && sched_clock() < deadline)
		__builtin_ia32_pause();
	deadline = sched_clock() + IPI_SETTLE_NS;
	while (sched_clock() < deadline)
		__builtin_ia32_pause();
	return READ_ONCE(percpu_areas[cpu].ipis) - before;
}

static void ipi_to_each_cpu_arrives_once(struct ktest *t)
{
	struct cpumask mask = others();
	unsigned int cpu;

	if (one_cpu(t))
		return;
	for_each_cpu_in(cpu, &mask) {
		unsigned long before = READ_ONCE(percpu_areas[cpu].ipis);

		send_ipi(cpu);
		KTEST_EXPECT_UEQ(t, ipi_count_after(cpu, before), 1);
	}
}

/*
 * Every other CPU, then each left out in turn, so that a mask that reaches
 * too far shows as well as one that reaches too little.
 */
static void ipi_to_a_mask_arrives_once(struct ktest *t)
{
	struct cpumask all = others();
	unsigned long before[SMP_MAX_CPUS];
	unsigned int cpu, left_out;

	if (one_cpu(t))
		return;
	for (left_out = 0; left_out <= SMP_MAX_CPUS; left_out++) {
		/* left_out == SMP_MAX_CPUS: nobody left out */
		struct cpumask mask = { .bits = all.bits & ~(1UL << left_out) };

		if (left_out < SMP_MAX_CPUS && !cpumask_test(&all, left_out))
			continue;
		if (!mask.bits)
			continue; /* two CPUs: leaving the other out leaves nobody */
		for_each_cpu_in(cpu, &all)
			before[cpu] = READ_ONCE(percpu_areas[cpu].ipis);
		send_ipi_mask(&mask);
		for_each_cpu_in(cpu, &all)
			KTEST_EXPECT_UEQ(t, ipi_count_after(cpu, before[cpu]),
					 cpumask_test(&mask, cpu) ? 1 : 0);
	}
}

static void per_cpu_data_stays_per_cpu(struct ktest *t)
{
	static struct seen seen[SMP_MAX_CPUS];
	struct cpumask mask = others();
	unsigned int cpu, other;

	KTEST_EXPECT_TRUE(t, this_cpu() == &percpu_areas[0]);
	KTEST_EXPECT_TRUE(t, &this_cpu()->tss == &percpu_areas[0].tss);
	if (one_cpu(t))
		return;
	KTEST_ASSERT_EQ(t, smp_call_function_many(&mask, report_self, seen, true), 0);
	for_each_cpu_in(cpu, &mask) {
		KTEST_EXPECT_TRUE(t, seen[cpu].area == &percpu_areas[cpu]);
		KTEST_EXPECT_TRUE(t, seen[cpu].tss == &percpu_areas[cpu].tss);
		KTEST_EXPECT_TRUE(t, seen[cpu].tss != &percpu_areas[0].tss);
		for_each_cpu_in(other, &mask)
			if (other != cpu)
				KTEST_EXPECT_TRUE(t, seen[cpu].area != seen[other].area);
	}
}

static DEFINE_SPINLOCK(counter_lock);
static unsigned long counter;
static unsigned long counter_finished;

/* A read, an add and a write apart, so that only the lock keeps increments from being lost. */
static void count_under_lock(void *info)
{
	unsigned int i;

	for (i = 0; i < COUNTER_ROUNDS; i++) {
		unsigned long v;

		spin_lock(&counter_lock);
		v = READ_ONCE(counter);
		__builtin_ia32_pause();
		WRITE_ONCE(counter, v + 1);
		spin_unlock(&counter_lock);
	}
	__atomic_fetch_add(&counter_finished, 1, __ATOMIC_RELEASE);
}

static void counter_under_the_lock_ends_at_the_sum(struct ktest *t)
{
	struct cpumask mask = others();
	unsigned long cpus = num_online_cpus();
	u64 deadline;

	if (one_cpu(t))
		return;
	counter = 0;
	counter_finished = 0;
	KTEST_ASSERT_EQ(t, smp_call_function_many(&mask, count_under_lock, NULL, false), 0);
	count_under_lock(NULL);
	deadline = sched_clock() + IPI_ARRIVE_NS * cpus;
	while (__atomic_load_n(&counter_finished, __ATOMIC_ACQUIRE) < cpus &&
	       sched_clock() < deadline)
		__builtin_ia32_pause();
	KTEST_EXPECT_UEQ(t, __atomic_load_n(&counter_finished, __ATOMIC_ACQUIRE), cpus);
	KTEST_EXPECT_UEQ(t, READ_ONCE(counter), cpus * COUNTER_ROUNDS);
	KTEST_EXPECT_FALSE(t, arch_spin_is_locked(&counter_lock.raw));
}

static void ap_saw_the_freeze_and_the_patched_bytes(struct ktest *t)
{
	static struct seen seen[SMP_MAX_CPUS];
	struct cpumask mask = others();
	unsigned int cpu;

	KTEST_EXPECT_UEQ(t, pvops_sites_unlike_outcome(), 0);
	if (one_cpu(t))
		return;
	KTEST_EXPECT_TRUE(t, kernel_frozen);
	KTEST_ASSERT_EQ(t, smp_call_function_many(&mask, report_self, seen, true), 0);
	for_each_cpu_in(cpu, &mask) {
		/* what it checked at its start, before its first site */
		KTEST_EXPECT_TRUE(t, percpu_areas[cpu].saw_frozen);
		KTEST_EXPECT_UEQ(t, percpu_areas[cpu].sites_unlike_outcome, 0);
		/* and the bytes it runs now */
		KTEST_EXPECT_UEQ(t, seen[cpu].sites_unlike, 0);
	}
}

struct ran {
	unsigned int cpu;
	bool started, irqs_were_off, release;
};

static void run_and_report(void *info)
{
	struct ran *r = info;

	r->cpu = smp_processor_id();
	r->irqs_were_off = irqs_disabled();
	__atomic_store_n(&r->started, true, __ATOMIC_RELEASE);
	while (!__atomic_load_n(&r->release, __ATOMIC_ACQUIRE))
		__builtin_ia32_pause();
}

/* Until it started (or the deadline), then until the IPI that woke it has surely come. */
static bool ran_started(struct ran *r)
{
	u64 deadline = sched_clock() + IPI_ARRIVE_NS;

	while (!__atomic_load_n(&r->started, __ATOMIC_ACQUIRE) && sched_clock() < deadline)
		__builtin_ia32_pause();
	deadline = sched_clock() + RUN_WAKE_SETTLE_NS;
	while (sched_clock() < deadline)
		__builtin_ia32_pause();
	return __atomic_load_n(&r->started, __ATOMIC_ACQUIRE);
}

static void run_on_cpu_runs_with_interrupts_on(struct ktest *t)
{
	static struct ran ran;
	struct cpumask mask = others();
	unsigned int cpu;

	KTEST_EXPECT_EQ(t, smp_run_on_cpu(0, run_and_report, NULL), -EINVAL);
	KTEST_EXPECT_EQ(t, smp_run_on_cpu(SMP_MAX_CPUS, run_and_report, NULL), -EINVAL);
	if (one_cpu(t))
		return;
	for_each_cpu_in(cpu, &mask) {
		unsigned long before;

		ran = (struct ran){ .cpu = SMP_MAX_CPUS };
		KTEST_ASSERT_EQ(t, smp_run_on_cpu(cpu, run_and_report, &ran), 0);
		KTEST_EXPECT_TRUE(t, ran_started(&ran));
		/* While it runs, the CPU is busy, and takes IPIs. */
		KTEST_EXPECT_EQ(t, smp_run_on_cpu(cpu, run_and_report, &ran), -EBUSY);
		before = READ_ONCE(percpu_areas[cpu].ipis);
		send_ipi(cpu);
		KTEST_EXPECT_UEQ(t, ipi_count_after(cpu, before), 1);
		__atomic_store_n(&ran.release, true, __ATOMIC_RELEASE);
		smp_run_wait(cpu, RUN_RETURN_NS);
		KTEST_EXPECT_UEQ(t, ran.cpu, cpu);
		KTEST_EXPECT_FALSE(t, ran.irqs_were_off);
	}
}

/* Two CPUs that call each other at once, both with interrupts off. */
struct crossing {
	bool go;
	int ap_err;
	unsigned long served;
};

static void count_served(void *info)
{
	__atomic_fetch_add((unsigned long *)info, 1, __ATOMIC_RELAXED);
}

static void call_back_masked(void *arg)
{
	struct crossing *c = arg;
	unsigned long flags;

	local_irq_save(flags);
	local_irq_disable();
	while (!__atomic_load_n(&c->go, __ATOMIC_ACQUIRE))
		__builtin_ia32_pause();
	c->ap_err = smp_call_function_single(0, count_served, &c->served, true);
	local_irq_restore(flags);
}

/*
 * Whichever gets the call lock first waits for the other to take its
 * call while the other spins for the lock with interrupts off: only the
 * loser's serving its own call while it waits ends that (kernel/smp.c).
 */
static void masked_callers_never_wait_on_each_other(struct ktest *t)
{
	static struct crossing c;
	struct cpumask mask = others();
	unsigned int cpu = cpumask_next(&mask, 0);
	unsigned long flags;
	int err;

	if (one_cpu(t))
		return;
	c = (struct crossing){ .ap_err = 1 };
	KTEST_ASSERT_EQ(t, smp_run_on_cpu(cpu, call_back_masked, &c), 0);
	local_irq_save(flags);
	local_irq_disable();
	__atomic_store_n(&c.go, true, __ATOMIC_RELEASE);
	err = smp_call_function_single(cpu, count_served, &c.served, true);
	local_irq_restore(flags);
	smp_run_wait(cpu, RUN_RETURN_NS);
	KTEST_EXPECT_EQ(t, err, 0);
	KTEST_EXPECT_EQ(t, c.ap_err, 0);
	KTEST_EXPECT_UEQ(t, __atomic_load_n(&c.served, __ATOMIC_RELAXED), 2);
}

/* A call without wait that is still running when the next call is left. */
struct overlap {
	bool first_started, second_ran;
};

static void spin_a_while(void)
{
	u64 until = sched_clock() + IPI_SETTLE_NS;

	while (sched_clock() < until)
		__builtin_ia32_pause();
}

static void first_call(void *arg)
{
	struct overlap *o = arg;

	__atomic_store_n(&o->first_started, true, __ATOMIC_RELEASE);
	spin_a_while();
}

/* As long as the first, so the first's completion comes while this one runs. */
static void second_call(void *arg)
{
	struct overlap *o = arg;

	spin_a_while();
	__atomic_store_n(&o->second_ran, true, __ATOMIC_RELEASE);
}

/*
 * The first call has taken its function (call_fn is free again) and still
 * runs when the second, waiting call is left: the second must return only
 * once its own function has returned, not when the first's completion
 * moves the count (kernel/smp.c's tickets).
 */
static void waiting_call_returns_after_its_own_function(struct ktest *t)
{
	struct cpumask mask = others();
	unsigned int cpu = cpumask_next(&mask, 0);
	static struct overlap o;
	u64 deadline;

	if (one_cpu(t))
		return;
	o = (struct overlap){ 0 };
	KTEST_ASSERT_EQ(t, smp_call_function_single(cpu, first_call, &o, false), 0);
	deadline = sched_clock() + IPI_ARRIVE_NS;
	while (!__atomic_load_n(&o.first_started, __ATOMIC_ACQUIRE) && sched_clock() < deadline)
		__builtin_ia32_pause();
	KTEST_ASSERT_TRUE(t, __atomic_load_n(&o.first_started, __ATOMIC_ACQUIRE));
	KTEST_EXPECT_EQ(t, smp_call_function_single(cpu, second_call, &o, true), 0);
	KTEST_EXPECT_TRUE(t, __atomic_load_n(&o.second_ran, __ATOMIC_ACQUIRE));
}

static void enter_and_leave_lazy_mmu(void *arg)
{
	bool *left = arg;

	arch_enter_lazy_mode(PVOPS_LAZY_MMU);
	WRITE_ONCE(*left, !arch_leave_lazy_mode(PVOPS_LAZY_MMU));
}

/*
 * Each CPU batches its own updates: an AP enters and leaves lazy MMU mode
 * while this CPU is in it. With one state for all CPUs the AP's enter is a
 * nested enter, and the lazy-mode check panics.
 */
static void lazy_mode_is_per_cpu(struct ktest *t)
{
	struct cpumask mask = others();
	unsigned int cpu = cpumask_next(&mask, 0);
	static bool left;

	if (one_cpu(t))
		return;
	left = false;
	arch_enter_lazy_mode(PVOPS_LAZY_MMU);
	if (KTEST_EXPECT_EQ(t, smp_run_on_cpu(cpu, enter_and_leave_lazy_mmu, &left), 0))
		smp_run_wait(cpu, RUN_RETURN_NS);
	KTEST_EXPECT_EQ(t, arch_leave_lazy_mode(PVOPS_LAZY_MMU), 0);
	KTEST_EXPECT_TRUE(t, READ_ONCE(left));
}

/* The page the readers read holds the round that mapped its frame. */
struct shootdown {
	struct mm_struct *mm; /* the readers run on it */
	unsigned long window;
	unsigned long round; /* the last round whose remap_page() returned */
	bool stop;
	unsigned long seen[SMP_MAX_CPUS]; /* the round each reader last read under */
	unsigned long reads[SMP_MAX_CPUS];
	unsigned long stale[SMP_MAX_CPUS];
};

static void shootdown_reader(void *arg)
{
	struct shootdown *s = arg;
	unsigned int cpu = smp_processor_id();
	struct mm_struct *prev = current_mm();

	switch_mm(prev, s->mm);
	while (!__atomic_load_n(&s->stop, __ATOMIC_ACQUIRE)) {
		unsigned long round = __atomic_load_n(&s->round, __ATOMIC_ACQUIRE);
		unsigned long value = *(volatile unsigned long *)s->window;

		/* An older round's frame, read after a newer remap returned. */
		if (value < round)
			s->stale[cpu]++;
		s->reads[cpu]++;
		__atomic_store_n(&s->seen[cpu], round, __ATOMIC_RELEASE);
	}
	switch_mm(s->mm, prev);
}

/* Until every reader has read under round, or the deadline: whether they all did. */
static bool readers_reached(struct shootdown *s, const struct cpumask *readers,
			    unsigned long round)
{
	u64 deadline = sched_clock() + IPI_ARRIVE_NS;
	unsigned int cpu;

	for_each_cpu_in(cpu, readers)
		while (__atomic_load_n(&s->seen[cpu], __ATOMIC_ACQUIRE) < round ||
		       !READ_ONCE(s->reads[cpu]))
			if (sched_clock() > deadline)
				return false;
	return true;
}

/*
 * Round r writes r into the frame the previous round replaced (no CPU can
 * read it any more, if that remap's flush worked), then points the page at
 * it in map_mm. A reader whose TLB kept the previous frame reads a value
 * below the round it read under. With the flush taken out of the IPI's
 * handler the case fails (docs/design.md, "SMP").
 */
static void shootdown_run(struct ktest *t, struct mm_struct *map_mm, unsigned long window)
{
	static struct shootdown s;
	struct cpumask readers = others();
	unsigned long r;
	bool reached = true;
	unsigned int cpu;
	pfn_t frame[2];

	s = (struct shootdown){ .mm = mm_create(), .window = window };
	KTEST_ASSERT_TRUE(t, s.mm);
	if (!map_mm)
		map_mm = s.mm;
	if (!KTEST_EXPECT_TRUE(t, page_alloc(&frame[0]))) {
		mm_destroy(s.mm);
		return;
	}
	if (!KTEST_EXPECT_TRUE(t, page_alloc(&frame[1]))) {
		page_free(frame[0]);
		mm_destroy(s.mm);
		return;
	}
	*(unsigned long *)pfn_to_virt(frame[0]) = 0;
	if (!KTEST_EXPECT_EQ(t, map_page(map_mm, window, frame[0], PAGE_KERNEL), 0)) {
		page_free(frame[1]);
		page_free(frame[0]);
		mm_destroy(s.mm);
		return;
	}
	for_each_cpu_in(cpu, &readers)
		KTEST_EXPECT_EQ(t, smp_run_on_cpu(cpu, shootdown_reader, &s), 0);
	reached = readers_reached(&s, &readers, 0);
	KTEST_EXPECT_TRUE(t, reached);
	/* Every reader runs on the readers' address space, none on this CPU. */
	KTEST_EXPECT_UEQ(t, READ_ONCE(s.mm->cpus.bits), readers.bits);
	for (r = 1; r <= SHOOTDOWN_ROUNDS && reached; r++) {
		pfn_t next = frame[r % 2];

		*(volatile unsigned long *)pfn_to_virt(next) = r;
		if (!KTEST_EXPECT_EQ(t, remap_page(map_mm, window, next), 0))
			break;
		__atomic_store_n(&s.round, r, __ATOMIC_RELEASE);
		reached = readers_reached(&s, &readers, r);
		KTEST_EXPECT_TRUE(t, reached);
	}
	__atomic_store_n(&s.stop, true, __ATOMIC_RELEASE);
	for_each_cpu_in(cpu, &readers) {
		smp_run_wait(cpu, RUN_RETURN_NS);
		KTEST_EXPECT_UEQ(t, s.stale[cpu], 0);
		KTEST_EXPECT_UGE(t, s.reads[cpu], SHOOTDOWN_ROUNDS);
	}
	KTEST_EXPECT_UEQ(t, READ_ONCE(s.mm->cpus.bits), 0);
	KTEST_EXPECT_EQ(t, unmap_page(map_mm, window), 0);
	mm_destroy(s.mm);
	page_free(frame[0]);
	page_free(frame[1]);
}

/* The page in the readers' own tables: only the CPUs that run on them flush. */
static void shootdown_leaves_no_stale_translation(struct ktest *t)
{
	if (one_cpu(t))
		return;
	shootdown_run(t, NULL, SHOOTDOWN_OWN_WINDOW);
}

/*
 * The page in the tables every address space shares, changed through
 * init_mm, which no reader runs on: every CPU must flush it, whatever it
 * has loaded. With the shared case taken out of flush_tlb_mm_range_smp()
 * only init_mm's CPUs would, and the readers read stale frames.
 */
static void shootdown_of_shared_tables_reaches_every_cpu(struct ktest *t)
{
	if (one_cpu(t))
		return;
	shootdown_run(t, &init_mm, SHOOTDOWN_SHARED_WINDOW);
}

/*
 * Each CPU's timer reaches that CPU only: every AP arms its own at once
 * and waits for its tick, while the boot CPU arms nothing; then the boot
 * CPU arms its own while the APs arm nothing. A timer that fires only on
 * the boot CPU, or on the wrong one, leaves a count at 0 or 2.
 */
#define TICK_DELAY_NS 2000000ULL

struct own_tick {
	unsigned long ticks, spurious; /* this CPU's, before */
	bool ticked;
};

static struct own_tick own_ticks[SMP_MAX_CPUS];

static bool tick_within(const volatile struct timer_stats *st, unsigned long before)
{
	u64 deadline = sched_clock() + IPI_ARRIVE_NS;

	while (READ_ONCE(st->ticks) == before && sched_clock() < deadline)
		__builtin_ia32_pause();
	return READ_ONCE(st->ticks) != before;
}

static void settle(void)
{
	u64 until = sched_clock() + IPI_SETTLE_NS;

	while (sched_clock() < until)
		__builtin_ia32_pause();
}

static void arm_and_wait_for_own_tick(void *info)
{
	struct own_tick *o = &own_ticks[smp_processor_id()];

	timer_arm(TICK_DELAY_NS);
	o->ticked = tick_within(timer_stats(), o->ticks);
}

static void snapshot_ticks(void)
{
	unsigned int cpu;

	for_each_cpu_in(cpu, &cpus_online) {
		own_ticks[cpu].ticks = timer_stats_of(cpu)->ticks;
		own_ticks[cpu].spurious = timer_stats_of(cpu)->spurious;
		own_ticks[cpu].ticked = false;
	}
}

static void expect_ticks(struct ktest *t, const struct cpumask *armed)
{
	unsigned int cpu;

	for_each_cpu_in(cpu, &cpus_online) {
		unsigned long want = cpumask_test(armed, cpu) ? 1 : 0;

		if (!KTEST_EXPECT_UEQ(t, timer_stats_of(cpu)->ticks - own_ticks[cpu].ticks, want) ||
		    !KTEST_EXPECT_UEQ(t, timer_stats_of(cpu)->spurious, own_ticks[cpu].spurious))
			pr_info("    # on cpu %u, which %s\n", cpu, want ? "armed" : "armed nothing");
	}
}

static void every_cpu_ticks_on_its_own_timer(struct ktest *t)
{
	struct cpumask aps = others(), me = CPUMASK_OF(smp_processor_id());
	unsigned long flags;
	unsigned int cpu;

	if (one_cpu(t))
		return;
	snapshot_ticks();
	for_each_cpu_in(cpu, &aps)
		KTEST_ASSERT_EQ(t, smp_run_on_cpu(cpu, arm_and_wait_for_own_tick, NULL), 0);
	for_each_cpu_in(cpu, &aps) {
		smp_run_wait(cpu, RUN_RETURN_NS);
		KTEST_EXPECT_TRUE(t, own_ticks[cpu].ticked);
	}
	/* A stray tick on this CPU would have come by now: the APs' deadlines are long past. */
	local_irq_save(flags);
	local_irq_enable();
	settle();
	expect_ticks(t, &aps);

	snapshot_ticks();
	timer_arm(TICK_DELAY_NS);
	KTEST_EXPECT_TRUE(t, tick_within(timer_stats(), own_ticks[smp_processor_id()].ticks));
	settle();
	local_irq_restore(flags);
	expect_ticks(t, &me);
}

static void calls_to_no_cpu_are_refused(struct ktest *t)
{
	struct cpumask self = CPUMASK_OF(smp_processor_id()), none = { 0 };
	struct cpumask beyond = { .bits = ~cpus_online.bits };

	KTEST_EXPECT_EQ(t, smp_call_function_single(smp_processor_id(), report_self, NULL, true),
			-EINVAL);
	KTEST_EXPECT_EQ(t, smp_call_function_single(SMP_MAX_CPUS, report_self, NULL, true),
			-EINVAL);
	KTEST_EXPECT_EQ(t, smp_call_function_many(&self, report_self, NULL, true), -EINVAL);
	KTEST_EXPECT_EQ(t, smp_call_function_many(&none, report_self, NULL, true), -EINVAL);
	KTEST_EXPECT_EQ(t, smp_call_function_many(&beyond, report_self, NULL, true), -EINVAL);
}

static const struct ktest_case smp_cases[] = {
	KTEST_CASE(every_cpu_comes_up_and_reports_its_id),
	KTEST_CASE(ipi_to_each_cpu_arrives_once),
	KTEST_CASE(ipi_to_a_mask_arrives_once),
	KTEST_CASE(per_cpu_data_stays_per_cpu),
	KTEST_CASE(counter_under_the_lock_ends_at_the_sum),
	KTEST_CASE(ap_saw_the_freeze_and_the_patched_bytes),
	KTEST_CASE(run_on_cpu_runs_with_interrupts_on),
	KTEST_CASE(masked_callers_never_wait_on_each_other),
	KTEST_CASE(shootdown_leaves_no_stale_translation),
	KTEST_CASE(shootdown_of_shared_tables_reaches_every_cpu),
	KTEST_CASE(lazy_mode_is_per_cpu),
	KTEST_CASE(waiting_call_returns_after_its_own_function),
	KTEST_CASE(every_cpu_ticks_on_its_own_timer),
	KTEST_CASE(calls_to_no_cpu_are_refused),
};
KTEST_SUITE(smp, "smp", smp_cases);
