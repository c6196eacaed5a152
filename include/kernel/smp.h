/* SPDX-License-Identifier: GPL-2.0 */
/*
 * CPUs: the limit, the per-CPU areas, and calls from one CPU to others.
 *
 * Every CPU has one struct percpu, reached through its GS base as Linux's
 * this_cpu_*() reach theirs through %gs: one %gs-relative load gives this
 * CPU's number or any field, with no table to index and no CPU number to
 * find first. The kernel sets the GS base once per CPU through the
 * smp.load_percpu_base slot, on the boot CPU right after the table is
 * installed (nothing before that can take a lock: lock.unlock is a slot,
 * empty until then) and on an AP as its first act. User mode gets its own
 * GS base by swapgs (kernel/entry.S) and KERNEL_GS_BASE holds the user's
 * while the kernel runs, so the kernel's is always the live one here.
 *
 * The first two fields are the hardware syscall entry's
 * (pvops/platform/x86-user/syscall.S), which runs before any C and finds
 * them by the offsets kernel/asm-offsets.c publishes: a scratch word for
 * the user %rsp, and this CPU's TSS, whose sp0 is the kernel stack. The
 * TSS lives in the area rather than behind a pointer so that its sp0 is
 * one %gs-relative access, as it was one absolute one on a single CPU.
 *
 * SMP_MAX_CPUS is the one limit (docs/design.md, "SMP"): a mask is one
 * word, the spinlock's waiter records and the areas are arrays of it, and
 * a machine that reports more CPUs boots the first SMP_MAX_CPUS and says so.
 */
#ifndef KERNEL_SMP_H
#define KERNEL_SMP_H

#define SMP_MAX_CPUS 8

#ifndef __ASSEMBLY__
#include <kernel/desc.h>
#include <kernel/types.h>

/* A set of CPUs by number: one bit each, SMP_MAX_CPUS of them. */
struct cpumask {
	unsigned long bits;
};

_Static_assert(sizeof(unsigned long) * 8 >= SMP_MAX_CPUS, "a cpumask is one word");

#define CPUMASK_OF(cpu) ((struct cpumask){ .bits = 1UL << (cpu) })

static inline bool cpumask_test(const struct cpumask *m, unsigned int cpu)
{
	return m->bits & (1UL << cpu);
}

/* The first CPU of m from cpu on, or SMP_MAX_CPUS when there is none. */
static inline unsigned int cpumask_next(const struct cpumask *m, unsigned int cpu)
{
	while (cpu < SMP_MAX_CPUS && !cpumask_test(m, cpu))
		cpu++;
	return cpu;
}

/*
 * Set or clear one CPU's bit where other CPUs change theirs: one locked
 * bts/btr on the CPU's number, a full barrier (the compiler would build
 * the bit with a shift and keep it in a register of its own). The 32-bit
 * form takes the number as it is stored; it reaches the word's low half,
 * which holds every CPU.
 */
_Static_assert(SMP_MAX_CPUS <= 32, "cpumask_set_atomic() reaches the low 32 bits");

static inline void cpumask_set_atomic(struct cpumask *m, unsigned int cpu)
{
	__asm__ __volatile__("lock btsl %1, %0" : "+m"(m->bits) : "r"(cpu) : "memory", "cc");
}

static inline void cpumask_clear_atomic(struct cpumask *m, unsigned int cpu)
{
	__asm__ __volatile__("lock btrl %1, %0" : "+m"(m->bits) : "r"(cpu) : "memory", "cc");
}

#define for_each_cpu_in(cpu, mask)                                                                 \
	for ((cpu) = cpumask_next((mask), 0); (cpu) < SMP_MAX_CPUS;                                \
	     (cpu) = cpumask_next((mask), (cpu) + 1))

typedef void (*smp_call_fn)(void *info);

struct mm_struct;

struct percpu {
	unsigned long entry_scratch; /* PERCPU_ENTRY_SCRATCH: the syscall entry's user %rsp */
	struct x86_tss tss; /* this CPU's; its sp0 (PERCPU_TSS_SP0) is the kernel stack */
	struct percpu *self;
	unsigned int cpu;
	u32 hw_id; /* the firmware's id for it: the local APIC id natively */
	/* This CPU's IPIs: counted as they arrive; the cross call they carry. */
	unsigned long ipis;
	smp_call_fn call_fn;
	void *call_info;
	unsigned long calls_done; /* bumped once call_fn has returned */
	/* The address space in its CR3 (kernel/pgtable.c's switch_mm()). */
	struct mm_struct *mm;
	/* Work an AP's idle loop runs with interrupts on (smp_run_on_cpu()). */
	smp_call_fn run_fn; /* cleared once it has returned */
	void *run_info;
	/* What an AP saw before it ran its first pv_ops site (kernel/smp.c). */
	bool saw_frozen;
	unsigned int sites_unlike_outcome;
};

/* One field of this CPU's area, in one %gs-relative load. */
#define this_cpu_read(field)                                                                       \
	({                                                                                         \
		__typeof__(((struct percpu *)0)->field) v__;                                      \
		__asm__ __volatile__("mov %%gs:%c1, %0"                                            \
				     : "=r"(v__)                                                  \
				     : "i"(__builtin_offsetof(struct percpu, field)));            \
		v__;                                                                               \
	})

/* Store one field of this CPU's area, in one %gs-relative store. */
#define this_cpu_write(field, value)                                                               \
	({                                                                                         \
		__asm__ __volatile__("mov %0, %%gs:%c1"                                            \
				     :                                                             \
				     : "r"((__typeof__(((struct percpu *)0)->field))(value)),      \
				       "i"(__builtin_offsetof(struct percpu, field))              \
				     : "memory");                                                  \
	})

static inline struct percpu *this_cpu(void)
{
	return this_cpu_read(self);
}

static inline unsigned int smp_processor_id(void)
{
	return this_cpu_read(cpu);
}

/* Every CPU's area, by number; cpus_online says which exist. */
extern struct percpu percpu_areas[SMP_MAX_CPUS];
extern struct cpumask cpus_online;

static inline unsigned int num_online_cpus(void)
{
	unsigned long bits = READ_ONCE(cpus_online.bits);
	unsigned int n = 0;

	for (; bits; bits &= bits - 1)
		n++;
	return n;
}

/* The boot CPU's area, through the GS base: right after pv_ops is installed. */
void smp_boot_cpu_init(void);
/* Finds the other CPUs and starts them; from start_kernel(), after the freeze. */
void smp_init(void);
/* boot.c's check of maxcpus= and nosmp: the number of words refused. */
int smp_check_cmdline(void);
/*
 * Runs fn(info) on cpu, or on every CPU of mask (which must not hold this
 * one), in its IPI handler, with interrupts off there; with wait, returns
 * once each has returned from fn, otherwise once each has been sent it.
 * The targets must have interrupts on; the caller need not (kernel/smp.c
 * says how two callers keep from waiting for each other). -EINVAL for an empty mask, a CPU
 * that is not online, or this one.
 */
int smp_call_function_single(unsigned int cpu, smp_call_fn fn, void *info, bool wait);
int smp_call_function_many(const struct cpumask *mask, smp_call_fn fn, void *info, bool wait);
/* The backend's IPI handler calls this once per IPI, its end of interrupt done. */
void smp_ipi_interrupt(void);
/*
 * Runs fn(info) on cpu, an AP, in its idle loop rather than in an
 * interrupt: with interrupts on, so fn may wait for IPIs, take faults and
 * run as long as it likes. Returns once fn is left there and the AP woken;
 * the AP runs nothing else until fn returns, which smp_run_wait() waits for.
 * -EINVAL for the boot CPU, this CPU or one not online, -EBUSY while the
 * AP still runs an earlier fn.
 */
int smp_run_on_cpu(unsigned int cpu, smp_call_fn fn, void *info);
void smp_run_wait(unsigned int cpu);
#endif

#endif
