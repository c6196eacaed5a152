// SPDX-License-Identifier: GPL-2.0
/*
 * The rules of lazy mode, kept by generic code for every backend.
 *
 * Lazy MMU and lazy CPU mode let a backend defer what is done inside them
 * until the mode is left. A backend that defers nothing (native) would
 * accept any order of enter and leave, and one that does (Xen) would find
 * out only from the hypervisor, so the rules are checked here, before any
 * backend sees the call: one mode at a time, left in the mode that was
 * entered, never left without being entered. Breaking them is a kernel
 * bug that would lose or misorder updates, so it panics, saying which
 * rule and which modes. lazy_mode_misuse() is the pure decision, shared
 * with the host tests; the state is per CPU (struct percpu's lazy_mode,
 * PVOPS_LAZY_NONE in a zeroed area), since each CPU enters and leaves its
 * own, and interrupt handlers do not use lazy mode (a handler that did
 * would be refused as a nested enter).
 */
#include <kernel/percpu.h>
#include <kernel/printk.h>
#include <pvops/ops.h>

_Static_assert(PVOPS_LAZY_NONE == 0, "a zeroed per-CPU area is in no lazy mode");

const char *lazy_mode_name(enum pvops_lazy_mode mode)
{
	switch (mode) {
	case PVOPS_LAZY_NONE:
		return "none";
	case PVOPS_LAZY_MMU:
		return "MMU";
	case PVOPS_LAZY_CPU:
		return "CPU";
	}
	return "?";
}

const char *lazy_mode_misuse(enum pvops_lazy_mode now, bool entering, enum pvops_lazy_mode mode)
{
	if (mode != PVOPS_LAZY_MMU && mode != PVOPS_LAZY_CPU)
		return "not a lazy mode";
	if (entering)
		return now == PVOPS_LAZY_NONE ? NULL : "nested enter";
	if (now == PVOPS_LAZY_NONE)
		return "leave without enter";
	return now == mode ? NULL : "leave of another mode";
}

static void lazy_mode_check(bool entering, enum pvops_lazy_mode mode)
{
	enum pvops_lazy_mode now = this_cpu_read(lazy_mode);
	const char *why = lazy_mode_misuse(now, entering, mode);

	if (why)
		panic("lazy mode misuse: %s lazy %s mode while in lazy %s mode (%s)",
		      entering ? "entering" : "leaving", lazy_mode_name(mode),
		      lazy_mode_name(now), why);
}

void lazy_mode_enter(enum pvops_lazy_mode mode)
{
	lazy_mode_check(true, mode);
	this_cpu_write(lazy_mode, mode);
}

void lazy_mode_leave(enum pvops_lazy_mode mode)
{
	lazy_mode_check(false, mode);
	this_cpu_write(lazy_mode, PVOPS_LAZY_NONE);
}
