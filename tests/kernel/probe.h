/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Touching an address that may not be mapped, for the suites that check
 * mappings: the access is covered by the fixup table, so a fault resumes
 * after it and shows up as one more last_fixup.count instead of a panic.
 * Both return whether the access went through; a suite that wants the
 * fault's details reads last_fixup itself.
 */
#ifndef TESTS_KERNEL_PROBE_H
#define TESTS_KERNEL_PROBE_H

#include <kernel/extable.h>
#include <kernel/traps.h>
#include <kernel/types.h>

/* Reads *addr; returns false (and records the fault) if the read faulted. */
static inline bool probe_read(unsigned long addr, u64 *value)
{
	unsigned long before = last_fixup.count;
	u64 v = 0;

	__asm__ __volatile__("1: mov (%1), %0\n2:\n" _ASM_EXTABLE(1b, 2b)
			     : "+r"(v) : "r"(addr) : "memory");
	*value = v;
	return last_fixup.count == before;
}

static inline bool probe_write(unsigned long addr, u64 value)
{
	unsigned long before = last_fixup.count;

	__asm__ __volatile__("1: mov %1, (%0)\n2:\n" _ASM_EXTABLE(1b, 2b)
			     : : "r"(addr), "r"(value) : "memory");
	return last_fixup.count == before;
}

#endif
