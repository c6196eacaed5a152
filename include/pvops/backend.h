/* SPDX-License-Identifier: GPL-2.0 */
/*
 * The backend contract: what a backend is, and nothing of the kernel's.
 *
 * A backend is a struct pvops_backend placed in the pvops_backends linker
 * section by PVOPS_BACKEND(); the kernel finds every built-in backend there
 * and never names one. Boot goes one way: the entry code of the backend
 * that owns the boot protocol fills a struct boot_info, registers an early
 * console and calls machine_entered_by() with itself (include/kernel/
 * machine.h: what panic() uses to leave the machine until another is
 * chosen) and then boot_kernel() (include/kernel/boot.h). The kernel parses
 * the command line, asks every backend's detect() whether it can run here
 * (include/kernel/select.h), honours pvops.backend=NAME when that backend
 * can, otherwise explains why not and keeps the detected one, calls the
 * chosen backend's init(), and has core install the backend's constant ops
 * table with one struct copy (pvops_install(): the table is patched into
 * its call sites right after), and then the text and the table are mapped
 * read-only through protect_kernel().
 */
#ifndef PVOPS_BACKEND_H
#define PVOPS_BACKEND_H

#include <kernel/bootinfo.h>
#include <kernel/types.h>
#include <pvops/pv_ops.h>

/*
 * What a run came to, as the kernel tells its backend on the way out; how a
 * machine is told (an isa-debug-exit code, a shutdown reason) is the
 * backend's business.
 */
enum machine_exit_reason {
	EXIT_PASS,  /* the verdict was PASS */
	EXIT_FAIL,  /* the verdict was FAIL */
	EXIT_PANIC, /* panic() or an unexpected trap: no verdict */
	/* The machine's owner asked (a Xen toolstack's control/shutdown): no verdict. */
	EXIT_POWEROFF,
	EXIT_REBOOT,
};

/*
 * The one order in which backends are chosen, at an entry several share
 * and at selection alike: among the backends that accept the machine, one
 * for the hypervisor underneath beats bare hardware, which beats a backend
 * that only ever runs when pvops.backend= names it.
 */
enum pvops_priority {
	PVOPS_PRIORITY_FORCED_ONLY, /* the lguest stub, a second bare-metal backend */
	PVOPS_PRIORITY_BARE_METAL,
	PVOPS_PRIORITY_HYPERVISOR,
};

struct pvops_backend {
	const char *name;
	enum pvops_priority priority;
	/*
	 * NULL if the backend can run on this machine as entered; otherwise
	 * why not, in words fit for the console. It may read bi->protocol,
	 * CPUID and the command line's pvops.backend=, nothing else: an entry
	 * that several backends share (PVH) asks it before any console or
	 * hypercall exists. Must not change any state.
	 */
	const char *(*detect)(const struct boot_info *bi);
	/*
	 * For an entry several backends share (PVH): what the first printk or
	 * panic needs (the console; for a guest, the hypercall transport),
	 * run by the entry on the backend it chose with detect() and priority,
	 * before the boot structure is read. A requirement that only shows once
	 * the hypervisor can be asked (a feature) is checked here and panics,
	 * naming it. NULL: this backend does not own such an entry.
	 */
	void (*early_init)(void);
	/*
	 * The size of the field the loader cuts a longer command line to without
	 * saying so (Xen: MAX_GUEST_CMDLINE), or 0 if it passes any length.
	 */
	size_t cmdline_silent_cut;
	/*
	 * Prepare everything the ops depend on (shared pages, calibration), so
	 * that the table below is final when init() returns.
	 */
	void (*init)(struct boot_info *bi);
	/*
	 * The complete table and facts, copied into pv_ops and pv_info by core
	 * right after init(), then patched. Constant, so tools can read them
	 * from the image. Inline templates: PVOP_TEMPLATE (template.h).
	 */
	const struct pv_ops *ops;
	const struct pv_info *info;
	/*
	 * Set up interrupt delivery and the timer device (native: PIC and PIT;
	 * Xen: event callbacks and channels). Runs from start_kernel(), through
	 * machine_irq_init(), once the ops are installed and traps_init() has
	 * run, before anything enables interrupts.
	 */
	void (*irq_init)(void);
	/*
	 * Optional: how many CPUs the kernel may number (the boot CPU 0, the
	 * others 1.. in the order smp.start_cpu is asked for them), at most
	 * max, with each one's id kept for the smp slots; runs from
	 * start_kernel() after irq_init(). A table it cannot trust is a panic
	 * naming the field. NULL: this backend runs the boot CPU only, and
	 * the smp slots are never asked for another.
	 */
	int (*smp_cpus)(const struct boot_info *bi, unsigned int max);
	/*
	 * With smp_cpus: an AP's own interrupt delivery (natively its local
	 * APIC), run on the AP before it enables interrupts.
	 */
	void (*ap_irq_init)(void);
	/*
	 * Optional: hypercalls made so far (tests and benchmarks read it to
	 * count what an operation costs in exits); NULL means none ever.
	 */
	unsigned long (*hypercalls)(void);
	/*
	 * Map the page-aligned range [start, end) of the kernel's own mapping
	 * read-only, so that a write to it faults, in ring 0 too. The kernel calls it
	 * once patching is done, for the text and for .data..ro_after_init
	 * (pv_ops). Returns 0 or a negative error, having reported the failure
	 * naming itself; NULL means the backend cannot (the kernel warns).
	 */
	int (*protect_kernel)(unsigned long start, unsigned long end);
	/* Leave the machine, telling it the reason its own way; never returns. */
	void (*exit)(enum machine_exit_reason reason) __noreturn;
};

#define PVOPS_BACKEND(ident)                                                                       \
	const struct pvops_backend ident __used __section(".pvops_backends") __aligned(8)

extern const struct pvops_backend __pvops_backends_start[], __pvops_backends_end[];

#endif
