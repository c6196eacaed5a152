/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Spinlocks: ticket locks, with the hypervisor's hooks on the slow path.
 *
 * A ticket lock (arch_spinlock_t, include/pvops/pv_ops.h) is one 32-bit
 * word: a locker takes the next ticket from the tail with one locked xadd,
 * which also returns the head, and owns the lock when the head reaches its
 * ticket; the holder's unlock adds one to the head. That makes the common
 * case what it costs natively, inline in the caller: the lock is the xadd
 * and a compare, the contended wait out of line (kernel/spinlock.c), and
 * the unlock one pv_ops site (lock.unlock) that native patches to the add
 * itself. Waiters are served in the order they came (FIFO, fair) in four
 * bytes, with no per-CPU queue nodes to find; see docs/design.md,
 * "Spinlocks", for why this and not Linux's qspinlock.
 *
 * spinlock_t wraps the word: with CONFIG_DEBUG_SPINLOCK it also carries
 * the lock's name and its holder (CPU and caller), so locking a lock this
 * CPU holds, and unlocking one this CPU does not hold, is a panic naming
 * the lock and both callers instead of a hang or a silent corruption.
 */
#ifndef KERNEL_SPINLOCK_H
#define KERNEL_SPINLOCK_H

#include <kernel/types.h>
#include <pvops/ops.h>

/* The contended path: spin, then wait through pv_ops, until the head is ticket. */
void spin_lock_slowpath(arch_spinlock_t *lock, u16 ticket);

static __attribute__((__always_inline__)) inline void arch_spin_lock(arch_spinlock_t *lock)
{
	u32 old = SPIN_TICKET_TAIL_INC;

	__asm__ __volatile__("lock xaddl %[old], %[val]"
			     : [old] "+r"(old), [val] "+m"(lock->val)
			     :
			     : "memory", "cc");
	if (unlikely((u16)old != (u16)(old >> SPIN_TICKET_SHIFT)))
		spin_lock_slowpath(lock, (u16)(old >> SPIN_TICKET_SHIFT));
}

/* Takes the lock only if nobody holds it or waits for it: no wait, ever. */
static inline bool arch_spin_trylock(arch_spinlock_t *lock)
{
	u32 old = READ_ONCE(lock->val);

	if ((u16)old != (u16)(old >> SPIN_TICKET_SHIFT))
		return false;
	return __sync_bool_compare_and_swap(&lock->val, old, old + SPIN_TICKET_TAIL_INC);
}

static inline bool arch_spin_is_locked(const arch_spinlock_t *lock)
{
	u32 val = READ_ONCE(lock->val);

	return (u16)val != (u16)(val >> SPIN_TICKET_SHIFT);
}

typedef struct {
	arch_spinlock_t raw;
#ifdef CONFIG_DEBUG_SPINLOCK
	const char *name;
	unsigned int owner_cpu; /* SPIN_NO_OWNER when free */
	const void *owner_pc;	/* where the holder locked it */
#endif
} spinlock_t;

#ifdef CONFIG_DEBUG_SPINLOCK
#define SPIN_NO_OWNER (~0U)
#define __SPIN_LOCK_UNLOCKED(lockname)                                                             \
	{ .raw = { .val = 0 }, .name = #lockname, .owner_cpu = SPIN_NO_OWNER, .owner_pc = NULL }

/*
 * The checks, out of line (their return address is the caller to name):
 * each panics naming the lock, its holder and the caller.
 */
void spin_lock(spinlock_t *lock);
bool spin_trylock(spinlock_t *lock);
void spin_unlock(spinlock_t *lock);
#else
#define __SPIN_LOCK_UNLOCKED(lockname)                                                             \
	{ .raw = { .val = 0 } }

static __attribute__((__always_inline__)) inline void spin_lock(spinlock_t *lock)
{
	arch_spin_lock(&lock->raw);
}

static inline bool spin_trylock(spinlock_t *lock)
{
	return arch_spin_trylock(&lock->raw);
}

static __attribute__((__always_inline__)) inline void spin_unlock(spinlock_t *lock)
{
	arch_spin_unlock(&lock->raw);
}
#endif

#define DEFINE_SPINLOCK(x) spinlock_t x = __SPIN_LOCK_UNLOCKED(x)

/* Interrupts off on this CPU while the lock is held; the flags come back as they were. */
#define spin_lock_irqsave(lock, flags)                                                             \
	do {                                                                                       \
		local_irq_save(flags);                                                             \
		spin_lock(lock);                                                                   \
	} while (0)

#define spin_unlock_irqrestore(lock, flags)                                                        \
	do {                                                                                       \
		spin_unlock(lock);                                                                 \
		local_irq_restore(flags);                                                          \
	} while (0)

#endif
