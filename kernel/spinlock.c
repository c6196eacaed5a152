// SPDX-License-Identifier: GPL-2.0
/*
 * The ticket lock's contended path, and the debug checks.
 *
 * The fast paths are inline (include/kernel/spinlock.h); a locker comes
 * here only when its ticket is not yet served. It spins for a budget,
 * re-reading the head with a pause between reads, which on hardware is
 * all there is to do: the holder is running and will be done soon. Under a
 * hypervisor the holder, or the waiter just ahead of us in the queue, may
 * not be running at all, and spinning then only burns the time the
 * hypervisor could give it. So the waiter publishes what it waits for
 * (lock and ticket) in its CPU's record, for the kicker to find, and calls
 * lock.wait, which blocks until the head moves or it is kicked; it goes
 * there at once, without spinning its budget, when the CPU holding the
 * ticket just ahead of it is preempted (lock.vcpu_is_preempted), since
 * the lock cannot reach it before that CPU has run. Natively lock.wait is
 * one pause and the records are never read by anyone but the waiters.
 */
#define pr_fmt(fmt) "spinlock: " fmt

#include <kernel/kallsyms.h>
#include <kernel/printk.h>
#include <kernel/smp.h>
#include <kernel/spinlock.h>

/* Reads of the head before a waiter asks the backend to wait: a hand-off's worth. */
#define SPIN_BUDGET 1024

/* What a CPU waits for in the slow path: NULL lock when it waits for none. */
struct spin_waiter {
	arch_spinlock_t *lock;
	u16 ticket;
};

static struct spin_waiter spin_waiters[SMP_MAX_CPUS];

/* Whether the CPU that waits for the ticket before ours has been descheduled. */
static bool spin_ahead_preempted(const arch_spinlock_t *lock, u16 ticket)
{
	u16 ahead = ticket - SPIN_TICKET_INC;
	unsigned int cpu;

	for (cpu = 0; cpu < SMP_MAX_CPUS; cpu++) {
		const struct spin_waiter *w = &spin_waiters[cpu];

		if (READ_ONCE(w->lock) == lock && READ_ONCE(w->ticket) == ahead)
			return vcpu_is_preempted(cpu);
	}
	return false;
}

void spin_lock_slowpath(arch_spinlock_t *lock, u16 ticket)
{
	struct spin_waiter *me = &spin_waiters[smp_processor_id()];
	unsigned int spins;
	u16 head;

	WRITE_ONCE(me->ticket, ticket);
	WRITE_ONCE(me->lock, lock);
	for (;;) {
		spins = spin_ahead_preempted(lock, ticket) ? SPIN_BUDGET : 0;
		for (; spins < SPIN_BUDGET; spins++) {
			if (READ_ONCE(lock->head) == ticket)
				goto out;
			__builtin_ia32_pause();
		}
		head = READ_ONCE(lock->head);
		if (head == ticket)
			break;
		lock_wait(&lock->head, head);
	}
out:
	WRITE_ONCE(me->lock, NULL);
	barrier();
}

#ifdef CONFIG_DEBUG_SPINLOCK
static __noreturn void spin_bug(const spinlock_t *lock, const char *what, const void *caller)
{
	unsigned long off = (unsigned long)caller, owner_off = (unsigned long)lock->owner_pc;
	const char *sym = kallsyms_lookup((unsigned long)caller, &off);
	const char *owner = lock->owner_pc ? kallsyms_lookup(owner_off, &owner_off) : NULL;

	if (lock->owner_cpu == SPIN_NO_OWNER)
		panic("spinlock: %s of %s by %s+%#lx on cpu %u: the lock is not held (word %#x)",
		      what, lock->name, sym ? sym : "?", off, smp_processor_id(), lock->raw.val);
	panic("spinlock: %s of %s by %s+%#lx on cpu %u: held by cpu %u since %s+%#lx (word %#x)",
	      what, lock->name, sym ? sym : "?", off, smp_processor_id(), lock->owner_cpu,
	      owner ? owner : "?", owner_off, lock->raw.val);
}

static void spin_set_owner(spinlock_t *lock, const void *caller)
{
	lock->owner_cpu = smp_processor_id();
	lock->owner_pc = caller;
}

void spin_lock(spinlock_t *lock)
{
	const void *caller = __builtin_return_address(0);

	if (arch_spin_is_locked(&lock->raw) && READ_ONCE(lock->owner_cpu) == smp_processor_id())
		spin_bug(lock, "recursive lock", caller);
	arch_spin_lock(&lock->raw);
	spin_set_owner(lock, caller);
}

bool spin_trylock(spinlock_t *lock)
{
	if (!arch_spin_trylock(&lock->raw))
		return false;
	spin_set_owner(lock, __builtin_return_address(0));
	return true;
}

void spin_unlock(spinlock_t *lock)
{
	const void *caller = __builtin_return_address(0);

	if (!arch_spin_is_locked(&lock->raw) || lock->owner_cpu != smp_processor_id())
		spin_bug(lock, "unlock", caller);
	lock->owner_cpu = SPIN_NO_OWNER;
	lock->owner_pc = NULL;
	arch_spin_unlock(&lock->raw);
}
#endif
