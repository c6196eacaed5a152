/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Multicall batching (multicalls.c).
 *
 * A caller opens a batch with xen_mc_batch(), which masks events until
 * xen_mc_issue(), reserves an entry (and argument space) with
 * xen_mc_entry(), fills in the hypercall, and calls xen_mc_issue(mode):
 * outside that lazy mode the batch goes to Xen at once, inside it waits.
 * Reserving, extending or adding a callback outside a batch panics. xen_mc_flush()
 * sends whatever is queued as one multicall hypercall; a full buffer, the
 * end of a lazy mode and an interrupt flush too. xen_mc_extend_mmu_update()
 * grows the previous entry's array when that entry is an mmu_update, which
 * is how a lazy batch of PTE writes becomes one mmu_update. The caller's
 * name is kept per element, so a failure says who queued it.
 */
#ifndef XEN_MULTICALLS_H
#define XEN_MULTICALLS_H

#include <pvops/pv_ops.h>
#include <xen/xen.h>

struct multicall_space {
	multicall_entry_t *mc;
	void *args;
	unsigned int *done; /* for an mmu_update's success count (its args[2]) */
};

struct xen_mc_failure {
	unsigned long op;
	long result;
	const char *caller;
	unsigned int index;  /* which update of a merged mmu_update (else 0) */
	unsigned long count; /* failed entries (and updates) so far */
};

extern struct xen_mc_failure xen_mc_last_failure;
extern enum pvops_lazy_mode xen_lazy_mode;

void xen_mc_batch(const char *caller);
struct multicall_space xen_mc_entry(size_t args_size, const char *caller);
/*
 * One more update (ptr, val) for the last entry's array, if that entry is
 * an mmu_update whose array ends where the free argument space begins and
 * no batch is being built; false otherwise. Its own critical section (events
 * masked): it needs no batch around it, which is what makes a lazy
 * set_pte after the first cost little more than the update itself.
 */
bool xen_mc_extend_mmu_update(u64 ptr, u64 val, const char *caller);
void xen_mc_callback(void (*fn)(void *data), void *data);

/*
 * Typed fillers of a reserved entry, one per hypercall this backend queues:
 * the arguments are those of the direct call in Xen's public headers, so a
 * queued hypercall is as checked as one made at once.
 */
static inline void MULTI_mmu_update(multicall_entry_t *mc, struct mmu_update *req,
				    unsigned int count, unsigned int *done, domid_t domid)
{
	mc->op = __HYPERVISOR_mmu_update;
	mc->args[0] = (unsigned long)req;
	mc->args[1] = count;
	mc->args[2] = (unsigned long)done;
	mc->args[3] = domid;
}

static inline void MULTI_mmuext_op(multicall_entry_t *mc, struct mmuext_op *ops,
				   unsigned int count, unsigned int *done, domid_t domid)
{
	mc->op = __HYPERVISOR_mmuext_op;
	mc->args[0] = (unsigned long)ops;
	mc->args[1] = count;
	mc->args[2] = (unsigned long)done;
	mc->args[3] = domid;
}

/* maddr: the machine address of the 8-byte descriptor slot. */
static inline void MULTI_update_descriptor(multicall_entry_t *mc, u64 maddr, u64 desc)
{
	mc->op = __HYPERVISOR_update_descriptor;
	mc->args[0] = maddr;
	mc->args[1] = desc;
}

static inline void MULTI_stack_switch(multicall_entry_t *mc, unsigned long ss, unsigned long esp)
{
	mc->op = __HYPERVISOR_stack_switch;
	mc->args[0] = ss;
	mc->args[1] = esp;
}
/*
 * Both return the first error (a negative Xen errno) of the entries the
 * caller waits for: those issued at once. An entry deferred by a lazy mode
 * reports its error when that mode is left (xen_leave_lazy()). Every
 * failure is also logged with the op, its index and the caller's name.
 */
long xen_mc_flush(void);
long xen_mc_issue(enum pvops_lazy_mode mode);

/* The lazy-mode ops (pv_ops.mmu.lazy_mode). */
void xen_enter_lazy(enum pvops_lazy_mode mode);
/*
 * The first error of an update deferred since the mode was entered, or 0;
 * in lazy CPU mode a refusal stops the kernel instead (xen_mc_refused()).
 */
int xen_leave_lazy(enum pvops_lazy_mode mode);
void xen_flush_lazy(void);
extern bool xen_in_upcall;

/* The mode queued operations obey now: NONE while an interrupt is handled. */
static inline enum pvops_lazy_mode xen_current_lazy_mode(void)
{
	return xen_in_upcall ? PVOPS_LAZY_NONE : xen_lazy_mode;
}

/* Entries and callbacks in the buffer, for the inline test below. */
extern unsigned int xen_mc_queued;

/*
 * Whether an update that the lazy mode `mode` batches may skip the buffer:
 * nothing is queued and that mode is not in force, so it would go to Xen alone and at
 * once. An upcall between this answer and the hypercall leaves the buffer
 * as empty as it found it (it flushes first, and its own updates go out at
 * once), so the buffer needs no masking; a caller that also records
 * state of its own around the hypercall (write_cr3's xen_cr3) masks events
 * itself, or an upcall's update of that state is lost. The caller makes the hypercall
 * itself and passes its result through xen_mc_direct_result(), which
 * reports and counts a refusal exactly as a flushed entry's (op, caller)
 * and returns it.
 */
static inline bool xen_mc_direct(enum pvops_lazy_mode mode)
{
	return !xen_mc_queued && xen_current_lazy_mode() != mode;
}

void xen_mc_direct_failed(unsigned long op, long rc, const char *caller);

/*
 * The void slots (write_cr3, load_sp0, load_gdt, write_gdt_entry) cannot
 * hand a refusal back, and their callers cannot go on without what they
 * asked for (the tables, stack or descriptors Xen holds would not be the
 * ones the kernel believes in), so a refusal behind one stops the kernel,
 * as Linux's xen_mc_flush() BUGs on a failed entry: xen_mc_refused()
 * panics naming the hypercall, the backend function and the slot's caller
 * (slot_caller, through kallsyms). The caller is read from the slot
 * function's own return address, and only once the call has failed, so
 * one that succeeds pays nothing for it: a hypercall made at once, or a
 * batch issued at once, goes through XEN_MC_MUST_SUCCEED() in the slot
 * function itself (a macro, for that return address); an entry deferred
 * in lazy CPU mode, where nothing but these void updates is queued, stops
 * when the mode is left (xen_leave_lazy()), naming the caller that leaves
 * it, the one that made the batch.
 */
void xen_mc_refused(unsigned long op, long rc, const char *fn, const void *slot_caller)
	__noreturn;

#define XEN_MC_MUST_SUCCEED(op, rc)                                                   \
	do {                                                                          \
		long __xen_mc_rc = (rc);                                              \
		if (__xen_mc_rc < 0)                                                  \
			xen_mc_refused((op), __xen_mc_rc, __func__,                   \
				       __builtin_return_address(0));                  \
	} while (0)

static inline long xen_mc_direct_result(unsigned long op, long rc, const char *caller)
{
	if (rc < 0)
		xen_mc_direct_failed(op, rc, caller);
	return rc;
}

#endif
