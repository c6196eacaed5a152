// SPDX-License-Identifier: GPL-2.0
/*
 * Spinlock suite: the ticket lock's word after every step, trylock's two
 * answers, the irq-saving pair's flags, the lock ops' answers with one CPU
 * on every backend, and (CONFIG_DEBUG_SPINLOCK) the holder the checks
 * keep. One CPU cannot contend with itself, so the word is the evidence:
 * the tail counts tickets handed out, the head tickets served. That a
 * recursion or a bad unlock panics naming the lock is a boot of its own
 * (the spinlock-* variants of scripts/run-tests set ktest.spinlock_bug
 * and expect the panic line), since a panic ends the boot; without the
 * parameter that case skips itself.
 */
#include <kernel/cmdline.h>
#include <kernel/ktest.h>
#include <kernel/smp.h>
#include <kernel/spinlock.h>
#include <kernel/string.h>

#define TICKET(head, tail) ((u32)(head) | (u32)(tail) << SPIN_TICKET_SHIFT)

static void lock_word_after_each_step(struct ktest *t)
{
	spinlock_t lock = __SPIN_LOCK_UNLOCKED(test_lock);

	KTEST_EXPECT_UEQ(t, lock.raw.val, TICKET(0, 0));
	KTEST_EXPECT_FALSE(t, arch_spin_is_locked(&lock.raw));
	spin_lock(&lock);
	KTEST_EXPECT_UEQ(t, lock.raw.val, TICKET(0, 1));
	KTEST_EXPECT_TRUE(t, arch_spin_is_locked(&lock.raw));
	spin_unlock(&lock);
	KTEST_EXPECT_UEQ(t, lock.raw.val, TICKET(1, 1));
	KTEST_EXPECT_FALSE(t, arch_spin_is_locked(&lock.raw));
	spin_lock(&lock);
	spin_unlock(&lock);
	KTEST_EXPECT_UEQ(t, lock.raw.val, TICKET(2, 2));
}

/* The head and the tail wrap alone: no carry from one half into the other. */
static void tickets_wrap_within_their_half(struct ktest *t)
{
	arch_spinlock_t lock = { .val = TICKET(0xffff, 0xffff) };

	arch_spin_lock(&lock);
	KTEST_EXPECT_UEQ(t, lock.val, TICKET(0xffff, 0));
	KTEST_EXPECT_TRUE(t, arch_spin_is_locked(&lock));
	arch_spin_unlock(&lock);
	KTEST_EXPECT_UEQ(t, lock.val, TICKET(0, 0));
	KTEST_EXPECT_FALSE(t, arch_spin_is_locked(&lock));
}

static void trylock_takes_only_a_free_lock(struct ktest *t)
{
	spinlock_t lock = __SPIN_LOCK_UNLOCKED(test_lock);
	arch_spinlock_t queued = { .val = TICKET(3, 5) }; /* one holder, one waiter */

	KTEST_ASSERT_TRUE(t, spin_trylock(&lock));
	KTEST_EXPECT_UEQ(t, lock.raw.val, TICKET(0, 1));
	KTEST_EXPECT_FALSE(t, arch_spin_trylock(&lock.raw));
	KTEST_EXPECT_UEQ(t, lock.raw.val, TICKET(0, 1));
	spin_unlock(&lock);
	KTEST_EXPECT_UEQ(t, lock.raw.val, TICKET(1, 1));
	KTEST_EXPECT_FALSE(t, arch_spin_trylock(&queued));
	KTEST_EXPECT_UEQ(t, queued.val, TICKET(3, 5));
}

static void irqsave_restores_flags(struct ktest *t)
{
	DEFINE_SPINLOCK(irq_lock);
	unsigned long before = local_save_flags(), flags;

	local_irq_enable();
	spin_lock_irqsave(&irq_lock, flags);
	KTEST_EXPECT_TRUE(t, irqs_disabled());
	KTEST_EXPECT_TRUE(t, flags & X86_EFLAGS_IF);
	KTEST_EXPECT_UEQ(t, irq_lock.raw.val, TICKET(0, 1));
	spin_unlock_irqrestore(&irq_lock, flags);
	KTEST_EXPECT_FALSE(t, irqs_disabled());
	KTEST_EXPECT_UEQ(t, irq_lock.raw.val, TICKET(1, 1));

	local_irq_disable();
	spin_lock_irqsave(&irq_lock, flags);
	KTEST_EXPECT_FALSE(t, flags & X86_EFLAGS_IF);
	spin_unlock_irqrestore(&irq_lock, flags);
	KTEST_EXPECT_TRUE(t, irqs_disabled()); /* disabled before, disabled after */
	KTEST_EXPECT_UEQ(t, irq_lock.raw.val, TICKET(2, 2));
	local_irq_restore(before);
}

/*
 * With one CPU no backend has a descheduled lock holder or steal time yet,
 * and a wait on a word that already moved must come back (lock.wait may
 * return early, never late); a kick with nobody waiting does nothing.
 */
static void lock_ops_with_one_cpu(struct ktest *t)
{
	arch_spinlock_t lock = { .val = TICKET(1, 1) };

	KTEST_EXPECT_FALSE(t, vcpu_is_preempted(smp_processor_id()));
	KTEST_EXPECT_UEQ(t, steal_clock(smp_processor_id()), 0);
	lock_wait(&lock.head, 0);
	lock_kick(smp_processor_id());
	KTEST_EXPECT_UEQ(t, lock.val, TICKET(1, 1));
}

#ifdef CONFIG_DEBUG_SPINLOCK
static void debug_records_the_holder(struct ktest *t)
{
	DEFINE_SPINLOCK(held);

	KTEST_EXPECT_STREQ(t, held.name, "held");
	KTEST_EXPECT_UEQ(t, held.owner_cpu, SPIN_NO_OWNER);
	spin_lock(&held);
	KTEST_EXPECT_UEQ(t, held.owner_cpu, smp_processor_id());
	KTEST_EXPECT_TRUE(t, held.owner_pc != NULL);
	spin_unlock(&held);
	KTEST_EXPECT_UEQ(t, held.owner_cpu, SPIN_NO_OWNER);
	KTEST_EXPECT_TRUE(t, held.owner_pc == NULL);
	KTEST_ASSERT_TRUE(t, spin_trylock(&held));
	KTEST_EXPECT_UEQ(t, held.owner_cpu, smp_processor_id());
	spin_unlock(&held);
}

/*
 * ktest.spinlock_bug=recursion|unheld|other-cpu: lock a lock twice, unlock
 * a lock nobody holds, or unlock one whose holder is another CPU (a real
 * one where there is one; with one CPU the record says so). Each must
 * panic naming spinlock_bug_lock and this file's function.
 */
static char spinlock_bug[16];
KERNEL_PARAM_STRING(spinlock_bug, "ktest.spinlock_bug", spinlock_bug);

static DEFINE_SPINLOCK(spinlock_bug_lock);

/* After the bad call, so that it is no tail call: the panic must name the function. */
#define SPINLOCK_BUG_NO_TAIL_CALL() barrier()

static noinline void spinlock_bug_recursion(void)
{
	spin_lock(&spinlock_bug_lock);
	spin_lock(&spinlock_bug_lock);
	SPINLOCK_BUG_NO_TAIL_CALL();
}

static noinline void spinlock_bug_unheld(void)
{
	spin_unlock(&spinlock_bug_lock);
	SPINLOCK_BUG_NO_TAIL_CALL();
}

/*
 * With a second CPU, that CPU takes the lock (this same function, run there
 * by a cross call: the holder the panic names is then this function on cpu
 * 1) and this one unlocks it; with one CPU the record is made to say so.
 */
static noinline void spinlock_bug_other_cpu(void *on_other)
{
	if (on_other) {
		spin_lock(&spinlock_bug_lock);
		SPINLOCK_BUG_NO_TAIL_CALL();
		return;
	}
	if (num_online_cpus() > 1) {
		if (smp_call_function_single(1, spinlock_bug_other_cpu, &spinlock_bug_lock, true))
			return;
	} else {
		spin_lock(&spinlock_bug_lock);
		spinlock_bug_lock.owner_cpu = smp_processor_id() + 1;
	}
	spin_unlock(&spinlock_bug_lock);
	SPINLOCK_BUG_NO_TAIL_CALL();
}

static void spinlock_bug_other_cpu_here(void)
{
	spinlock_bug_other_cpu(NULL);
}

static void misuse_panics(struct ktest *t)
{
	static const struct {
		const char *name;
		void (*bug)(void);
	} bugs[] = {
		{ "recursion", spinlock_bug_recursion },
		{ "unheld", spinlock_bug_unheld },
		{ "other-cpu", spinlock_bug_other_cpu_here },
	};
	unsigned int i;

	if (!spinlock_bug[0]) {
		ktest_skip(t, "only with ktest.spinlock_bug=KIND (it panics)");
		return;
	}
	for (i = 0; i < ARRAY_SIZE(bugs); i++) {
		if (strcmp(spinlock_bug, bugs[i].name))
			continue;
		bugs[i].bug();
		KTEST_FAIL(t, "spinlock %s went unnoticed", spinlock_bug);
		return;
	}
	KTEST_FAIL(t, "ktest.spinlock_bug=%s names no misuse this case knows", spinlock_bug);
}
#endif

static const struct ktest_case spinlock_cases[] = {
	KTEST_CASE(lock_word_after_each_step),
	KTEST_CASE(tickets_wrap_within_their_half),
	KTEST_CASE(trylock_takes_only_a_free_lock),
	KTEST_CASE(irqsave_restores_flags),
	KTEST_CASE(lock_ops_with_one_cpu),
#ifdef CONFIG_DEBUG_SPINLOCK
	KTEST_CASE(debug_records_the_holder),
	KTEST_CASE(misuse_panics),
#endif
};

KTEST_SUITE(spinlock, "spinlock", spinlock_cases);
