/* SPDX-License-Identifier: GPL-2.0 */
/*
 * A set of CPUs by number, one word.
 *
 * SMP_MAX_CPUS is the one limit (docs/design.md, "SMP"): a mask is one
 * word, the spinlock's waiter records and the per-CPU areas are arrays of
 * it, and a machine that reports more CPUs boots the first SMP_MAX_CPUS and
 * says so. A header of its own, below the per-CPU areas and the address
 * spaces that keep masks, so that neither needs the SMP interface.
 */
#ifndef KERNEL_CPUMASK_H
#define KERNEL_CPUMASK_H

#define SMP_MAX_CPUS 8

#ifndef __ASSEMBLY__
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
#endif

#endif
