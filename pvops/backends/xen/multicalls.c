// SPDX-License-Identifier: GPL-2.0
/*
 * Multicalls: many hypercalls for the price of one exit to Xen.
 *
 * One buffer (this kernel runs one vCPU): up to XEN_MC_ENTRIES entries, an
 * argument area their pointers point into, the name of each entry's caller,
 * and callbacks to run once the batch has been issued (work that must not
 * happen before Xen has applied the updates). Lazy mode is the backend's:
 * entering it only changes when xen_mc_issue() flushes, never what is
 * queued. An interrupt must see the updates made before it, so the upcall
 * flushes on entry and, while it runs, the lazy mode reads as NONE; that
 * is safe only if the upcall never finds an entry half built, so building
 * is a batch, as in Linux: xen_mc_batch() masks events (saving the mask)
 * from before an entry is reserved until xen_mc_issue() has queued or sent
 * it, a flush runs masked too, and so does growing the last mmu_update by
 * one update (xen_mc_extend_mmu_update()). A failed entry is reported with its op
 * and caller, counted (xen_mc_last_failure) and its error handed to whoever
 * waits for it: the caller of xen_mc_issue() for an entry issued at once,
 * the end of the lazy mode for one it deferred; the void slots' updates,
 * whose callers cannot hear of a refusal, stop the kernel instead, naming
 * the caller (multicalls.h: xen_mc_refused()). A merged mmu_update asks
 * Xen for its success count, so one refused update is reported by index
 * and the updates after it are issued again rather than lost. A batch of
 * one entry goes to Xen as that entry's own hypercall: the multicall around
 * it would only add Xen's walk over a one-entry array. And an update that
 * nothing would batch (no lazy mode of its kind, nothing queued to keep
 * order with) does not enter the buffer at all: its caller makes the
 * hypercall itself, as Linux's xen_set_pte() and xen_write_gdt_entry() do,
 * and xen_mc_direct_result() reports a refusal as a flushed entry's would
 * be: around a single update, the batch, the entry and the flush cost more
 * than the hypercall (docs/design.md, "Performance", has the figures). The
 * test is inline, on xen_mc_queued, so the direct path costs a few loads.
 */
#define pr_fmt(fmt) "xen: " fmt

#include <kernel/kallsyms.h>
#include <kernel/printk.h>
#include <kernel/string.h>

#include "hypercall_pv.h"
#include "multicalls.h"
#include "xen.h"

#define XEN_MC_ENTRIES 32
#define XEN_MC_ARGS 2048
#define XEN_MC_CALLBACKS 16
#define XEN_MC_ARG_ALIGN 8

struct mc_buffer {
	multicall_entry_t entries[XEN_MC_ENTRIES];
	const char *callers[XEN_MC_ENTRIES];
	u8 args[XEN_MC_ARGS] __aligned(8);
	size_t argidx;
	unsigned int nr;
	struct {
		void (*fn)(void *data);
		void *data;
	} callbacks[XEN_MC_CALLBACKS];
	unsigned int nr_callbacks;
	const char *batch_owner; /* who opened the batch being built, or NULL */
	unsigned int batch_first; /* the first entry it reserved */
	long batch_error;	  /* of its entries flushed before its issue */
	u8 saved_mask;		 /* the event mask before it was opened */
	/* Per entry: the lazy mode that deferred it (NONE: issued at once); mmu_update's count. */
	enum pvops_lazy_mode owners[XEN_MC_ENTRIES];
	unsigned int done[XEN_MC_ENTRIES];
	const char *arg_callers[XEN_MC_ARGS / XEN_MC_ARG_ALIGN];
	/* The first error of an entry deferred in each lazy mode since it was entered. */
	long lazy_error[PVOPS_LAZY_CPU + 1];
	/* That entry's hypercall and the backend function that queued it. */
	unsigned long lazy_error_op[PVOPS_LAZY_CPU + 1];
	const char *lazy_error_fn[PVOPS_LAZY_CPU + 1];
};

static struct mc_buffer mc_buffer;
unsigned int xen_mc_queued;
struct xen_mc_failure xen_mc_last_failure;
enum pvops_lazy_mode xen_lazy_mode;
bool xen_in_upcall;

static const char *hypercall_name(unsigned long op)
{
	switch (op) {
	case __HYPERVISOR_mmu_update:
		return "mmu_update";
	case __HYPERVISOR_mmuext_op:
		return "mmuext_op";
	case __HYPERVISOR_update_va_mapping:
		return "update_va_mapping";
	case __HYPERVISOR_stack_switch:
		return "stack_switch";
	case __HYPERVISOR_update_descriptor:
		return "update_descriptor";
	case __HYPERVISOR_console_io:
		return "console_io";
	case __HYPERVISOR_set_gdt:
		return "set_gdt";
	}
	return "hypercall";
}

static void xen_mc_check_batch(const char *what)
{
	if (!mc_buffer.batch_owner)
		panic("xen: %s outside a multicall batch (xen_mc_batch() first)", what);
}

void xen_mc_batch(const char *caller)
{
	u8 mask = xen_mask_events();

	if (mc_buffer.batch_owner)
		panic("xen: %s opens a multicall batch while %s's is open", caller,
		      mc_buffer.batch_owner);
	mc_buffer.saved_mask = mask;
	mc_buffer.batch_owner = caller;
	mc_buffer.batch_first = mc_buffer.nr;
}

static void xen_mc_record_failure(unsigned long op, long result, const char *caller,
				  unsigned int index)
{
	xen_mc_last_failure = (struct xen_mc_failure){
		.op = op,
		.result = result,
		.caller = caller,
		.index = index,
		.count = xen_mc_last_failure.count + 1,
	};
}

/* Who queued the argument-array element at va (each element's caller is kept). */
static const char *xen_mc_arg_caller(const void *va)
{
	return mc_buffer.arg_callers[((const u8 *)va - mc_buffer.args) / XEN_MC_ARG_ALIGN];
}

/*
 * Entry i, a merged mmu_update, failed: Xen applied the first done updates,
 * refused the next and never looked at the rest. Report the refused one,
 * then issue the rest directly, as often as another one is refused.
 * Returns the first error.
 */
static long xen_mc_finish_mmu_update(unsigned int i)
{
	multicall_entry_t *mc = &mc_buffer.entries[i];
	struct mmu_update *u = (struct mmu_update *)mc->args[0];
	unsigned int count = mc->args[1], next = mc_buffer.done[i];
	long first = (long)mc->result, rc = first;

	while (next < count) {
		const char *caller = xen_mc_arg_caller(&u[next]);
		unsigned int done = 0;

		pr_err("mmu_update %u of %u (multicall entry %u, queued by %s) failed with %ld\n",
		       next, count, i, caller, rc);
		xen_mc_record_failure(__HYPERVISOR_mmu_update, rc, caller, next);
		next++;
		if (next == count)
			break;
		rc = HYPERVISOR_mmu_update(&u[next], count - next, &done, DOMID_SELF);
		if (!rc)
			break;
		next += done;
	}
	return first;
}

/*
 * Sends what is queued, with events masked, so an upcall cannot flush the
 * same entries again. An entry's error goes to whoever waits for it: the
 * lazy mode it was deferred in (returned when that mode is left), or, for
 * an entry issued at once, the return value.
 */
static long xen_mc_flush_masked(void)
{
	struct mc_buffer *b = &mc_buffer;
	unsigned int i, nr = b->nr, nr_callbacks = b->nr_callbacks;
	long rc, err = 0;

	if (!nr && !nr_callbacks)
		return 0;
	if (nr == 1 && b->entries[0].op < XEN_HYPERCALL_STUBS) {
		/* As Linux does: one entry costs less as its own hypercall. */
		b->entries[0].result = xen_single_call(b->entries[0].op, b->entries[0].args);
	} else if (nr) {
		rc = HYPERVISOR_multicall(b->entries, nr);
		if (rc)
			xen_hypercall_failed(__func__, "multicall", rc);
	}
	for (i = 0; i < nr; i++) {
		multicall_entry_t *mc = &b->entries[i];
		long result = (long)mc->result;
		enum pvops_lazy_mode owner = b->owners[i];

		if (result >= 0)
			continue;
		if (mc->op == __HYPERVISOR_mmu_update && mc->args[2] == (unsigned long)&b->done[i]) {
			result = xen_mc_finish_mmu_update(i);
		} else {
			xen_mc_record_failure(mc->op, result, b->callers[i], 0);
			pr_err("multicall entry %u of %u (%s, queued by %s) failed with %ld\n", i,
			       nr, hypercall_name(mc->op), b->callers[i], result);
		}
		if (owner == PVOPS_LAZY_NONE && !err)
			err = result;
		else if (owner != PVOPS_LAZY_NONE && !b->lazy_error[owner]) {
			b->lazy_error[owner] = result;
			b->lazy_error_op[owner] = mc->op;
			b->lazy_error_fn[owner] = b->callers[i];
		}
	}
	b->nr = 0;
	b->argidx = 0;
	b->nr_callbacks = 0;
	xen_mc_queued = 0;
	for (i = 0; i < nr_callbacks; i++)
		b->callbacks[i].fn(b->callbacks[i].data);
	return err;
}

/* A flush while a batch is open: what it returns belongs to the batch's issue. */
static void xen_mc_flush_in_batch(void)
{
	long err = xen_mc_flush_masked();

	if (!mc_buffer.batch_error)
		mc_buffer.batch_error = err;
	mc_buffer.batch_first = mc_buffer.nr;
}

long xen_mc_flush(void)
{
	u8 mask;
	long err;

	/* Nothing to send: an upcall in between would find the buffer as empty. */
	if (!xen_mc_queued)
		return 0;
	mask = xen_mask_events();
	err = xen_mc_flush_masked();

	xen_restore_events(mask);
	return err;
}

struct multicall_space xen_mc_entry(size_t args_size, const char *caller)
{
	struct mc_buffer *b = &mc_buffer;
	struct multicall_space space;

	xen_mc_check_batch(caller);
	args_size = (args_size + 7) & ~7UL;
	if (args_size > XEN_MC_ARGS)
		panic("xen_mc_entry: %zu bytes of arguments from %s do not fit a batch", args_size,
		      caller);
	if (b->nr == XEN_MC_ENTRIES || b->argidx + args_size > XEN_MC_ARGS)
		xen_mc_flush_in_batch();
	space.mc = &b->entries[b->nr];
	/* A word at a time: the kernel's memset() goes byte by byte. */
	*space.mc = (multicall_entry_t){ 0 };
	space.done = &b->done[b->nr];
	*space.done = 0;
	b->owners[b->nr] = PVOPS_LAZY_NONE;
	b->callers[b->nr++] = caller;
	xen_mc_queued++;
	space.args = &b->args[b->argidx];
	if (args_size)
		b->arg_callers[b->argidx / XEN_MC_ARG_ALIGN] = caller;
	b->argidx += args_size;
	return space;
}

bool xen_mc_extend_mmu_update(u64 ptr, u64 val, const char *caller)
{
	struct mc_buffer *b = &mc_buffer;
	multicall_entry_t *last;
	struct mmu_update *u;
	u8 mask = xen_mask_events();
	bool extended = false;

	last = b->nr ? &b->entries[b->nr - 1] : NULL;
	u = (struct mmu_update *)&b->args[b->argidx];
	/* Only if the new element lands right after the last entry's array. */
	if (!b->batch_owner && last && last->op == __HYPERVISOR_mmu_update &&
	    b->argidx + sizeof(*u) <= XEN_MC_ARGS && last->args[0] + last->args[1] * sizeof(*u) ==
	    (unsigned long)u) {
		*u = (struct mmu_update){ .ptr = ptr, .val = val };
		b->arg_callers[b->argidx / XEN_MC_ARG_ALIGN] = caller;
		b->argidx += sizeof(*u);
		last->args[1]++;
		extended = true;
	}
	xen_restore_events(mask);
	return extended;
}

void xen_mc_callback(void (*fn)(void *data), void *data)
{
	struct mc_buffer *b = &mc_buffer;

	xen_mc_check_batch(__func__);
	if (b->nr_callbacks == XEN_MC_CALLBACKS)
		xen_mc_flush_in_batch();
	b->callbacks[b->nr_callbacks].fn = fn;
	b->callbacks[b->nr_callbacks++].data = data;
	xen_mc_queued++;
}

void xen_mc_direct_failed(unsigned long op, long rc, const char *caller)
{
	xen_mc_record_failure(op, rc, caller, 0);
	pr_err("%s (issued at once by %s) failed with %ld\n", hypercall_name(op), caller, rc);
}

void xen_mc_refused(unsigned long op, long rc, const char *fn, const void *slot_caller)
{
	unsigned long offset = (unsigned long)slot_caller;
	const char *sym = kallsyms_lookup((unsigned long)slot_caller, &offset);

	xen_mc_record_failure(op, rc, fn, 0);
	panic("xen: %s by %s (called from %s+%#lx) failed with %ld; the slot returns nothing "
	      "and its caller cannot go on without it",
	      hypercall_name(op), fn, sym ? sym : "?", offset, rc);
}

long xen_mc_issue(enum pvops_lazy_mode mode)
{
	struct mc_buffer *b = &mc_buffer;
	u8 mask = b->saved_mask;
	long err = b->batch_error, rc;
	unsigned int i;

	xen_mc_check_batch(__func__);
	if (xen_current_lazy_mode() != mode) {
		rc = xen_mc_flush_masked();
		if (!err)
			err = rc;
	} else {
		for (i = b->batch_first; i < b->nr; i++)
			b->owners[i] = mode;
	}
	b->batch_owner = NULL;
	b->batch_error = 0;
	xen_restore_events(mask);
	return err;
}

/* Generic code (include/pvops/ops.h) has refused nested and mismatched modes already. */
void xen_enter_lazy(enum pvops_lazy_mode mode)
{
	mc_buffer.lazy_error[mode] = 0;
	xen_lazy_mode = mode;
}

int xen_leave_lazy(enum pvops_lazy_mode mode)
{
	u8 events = xen_mask_events();
	long err;

	xen_mc_flush_masked();
	xen_lazy_mode = PVOPS_LAZY_NONE;
	err = mc_buffer.lazy_error[mode];
	mc_buffer.lazy_error[mode] = 0;
	xen_restore_events(events);
	/* Only the void slots queue in lazy CPU mode: nobody can take this error. */
	if (err && mode == PVOPS_LAZY_CPU)
		xen_mc_refused(mc_buffer.lazy_error_op[mode], err, mc_buffer.lazy_error_fn[mode],
			       __builtin_return_address(0));
	return err;
}

void xen_flush_lazy(void)
{
	xen_mc_flush();
}
