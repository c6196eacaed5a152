/* SPDX-License-Identifier: GPL-2.0 */
/*
 * The per-CPU areas.
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
 * The native instructions (include/x86/insns.h) and the address spaces
 * (include/kernel/mm.h) reach the area, so it is a header of its own that
 * needs nothing of the SMP interface (include/kernel/smp.h) above it.
 */
#ifndef KERNEL_PERCPU_H
#define KERNEL_PERCPU_H

#include <kernel/cpumask.h>
#include <kernel/desc.h>
#include <kernel/types.h>
#include <pvops/pv_ops.h>

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
	unsigned long calls_posted; /* raised by each caller that leaves a call_fn */
	unsigned long calls_done;   /* bumped once call_fn has returned */
	/* The address space in its CR3 (kernel/pgtable.c's switch_mm()). */
	struct mm_struct *mm;
	/* The lazy mode this CPU is in (kernel/lazy.c): each CPU batches its own. */
	enum pvops_lazy_mode lazy_mode;
	/* Work an AP's idle loop runs with interrupts on (smp_run_on_cpu()). */
	smp_call_fn run_fn; /* cleared once it has returned */
	void *run_info;
	/* What an AP saw before it ran its first pv_ops site (kernel/smp.c). */
	bool saw_frozen;
	unsigned int sites_unlike_outcome;
};

/*
 * A field of this CPU's area as an lvalue in the %gs address space: the
 * compiler then reads and writes it with one %gs-relative instruction,
 * folded into the instruction that uses it (a compare, a store), as it
 * would a global. sparse does not know GCC's named address spaces; it sees
 * an address space of its own with the same name.
 */
#ifdef __CHECKER__
#define __percpu_seg __attribute__((address_space(__seg_gs)))
#else
#define __percpu_seg __seg_gs
#endif
#define this_cpu_field(field)                                                                      \
	(*(volatile __percpu_seg __typeof__(((struct percpu *)0)->field) *)__builtin_offsetof(    \
		struct percpu, field))

/* One field of this CPU's area, in one %gs-relative access. */
#define this_cpu_read(field) (this_cpu_field(field))
#define this_cpu_write(field, value) (this_cpu_field(field) = (value))

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

#endif
