// SPDX-License-Identifier: GPL-2.0
/*
 * Threads suite: context switches keep each thread's state, on every
 * backend. Two threads ping-pong a thousand times; at every turn each one
 * checks what only its own context can hold: a running sum on its stack,
 * a value it keeps in a callee-saved register across the switch, and its
 * own thread-local descriptor, read back through the CPU with lsl. A
 * thread with an address space of its own sees its private mapping, and
 * every page a thread took (stack, tables) comes back when it is gone.
 */
#include <kernel/desc.h>
#include <kernel/extable.h>
#include <kernel/ktest.h>
#include <kernel/sched.h>
#include <kernel/traps.h>
#include <pvops/pv_ops.h>

#define ROUNDS 1000
#define MM_WINDOW 0x8000000000UL

struct pingpong {
	struct thread *self, *other;
	u32 limit; /* of this thread's TLS descriptor */
	unsigned long rounds, errors;
};

static u32 tls_limit(void)
{
	u32 limit = 0;
	bool ok;

	__asm__ __volatile__("lsl %2, %0; setz %1"
			     : "=r"(limit), "=q"(ok)
			     : "rm"((u32)GDT_SELECTOR(GDT_ENTRY_TLS, pv_info.kernel_rpl)));
	return ok ? limit : 0;
}

static void pingpong_thread(void *arg)
{
	struct pingpong *p = arg;
	unsigned long sum = 0, i;

	for (i = 0; i < ROUNDS; i++) {
		register unsigned long kept __asm__("r13") = i * 7 + (unsigned long)p;

		__asm__ __volatile__("" : "+r"(kept));
		sum += i;
		thread_switch(p->other);
		__asm__ __volatile__("" : "+r"(kept));
		if (kept != i * 7 + (unsigned long)p || sum != i * (i + 1) / 2 ||
		    tls_limit() != ((p->limit << 12) | 0xfff))
			p->errors++;
		p->rounds++;
	}
}

static void ping_pong_keeps_state(struct ktest *t)
{
	static struct thread a, b;
	static struct pingpong pa, pb;
	unsigned long free = page_alloc_free_pages();

	pa = (struct pingpong){ .self = &a, .other = &b, .limit = 0x111 };
	pb = (struct pingpong){ .self = &b, .other = &a, .limit = 0x222 };
	KTEST_ASSERT_EQ(t, thread_create(&a, "ping", pingpong_thread, &pa, NULL), 0);
	KTEST_ASSERT_EQ(t, thread_create(&b, "pong", pingpong_thread, &pb, NULL), 0);
	a.tls_desc = make_data_descriptor(pv_info.kernel_rpl, pa.limit);
	b.tls_desc = make_data_descriptor(pv_info.kernel_rpl, pb.limit);
	a.on_exit = &init_thread;
	/* b's last switch goes to a, which has finished: b ends on its own exit. */
	b.on_exit = &init_thread;
	thread_switch(&a);
	if (!b.finished)
		thread_switch(&b);
	KTEST_EXPECT_EQ(t, pa.rounds, ROUNDS);
	KTEST_EXPECT_EQ(t, pb.rounds, ROUNDS);
	KTEST_EXPECT_EQ(t, pa.errors, 0);
	KTEST_EXPECT_EQ(t, pb.errors, 0);
	KTEST_EXPECT_TRUE(t, current_thread == &init_thread);
	thread_destroy(&a);
	thread_destroy(&b);
	KTEST_EXPECT_EQ(t, page_alloc_free_pages(), free);
}

struct mm_probe {
	u64 seen;
	bool faulted;
};

static void probe_window(void *arg)
{
	struct mm_probe *p = arg;
	unsigned long before = last_fixup.count;
	u64 v = 0;

	__asm__ __volatile__("1: mov (%1), %0\n2:\n" _ASM_EXTABLE(1b, 2b)
			     : "+r"(v) : "r"(MM_WINDOW) : "memory");
	p->seen = v;
	p->faulted = last_fixup.count != before;
}

static void thread_runs_in_its_address_space(struct ktest *t)
{
	static struct thread th;
	struct mm_probe probe = { 0 };
	unsigned long free = page_alloc_free_pages();
	struct mm_struct *mm;
	pfn_t pfn;

	KTEST_ASSERT_TRUE(t, page_alloc(&pfn));
	*(u64 *)pfn_to_virt(pfn) = 0xfeed;
	mm = mm_create();
	KTEST_ASSERT_TRUE(t, mm != NULL);
	KTEST_ASSERT_EQ(t, map_page(mm, MM_WINDOW, pfn, PAGE_KERNEL), 0);
	KTEST_ASSERT_EQ(t, thread_create(&th, "in-mm", probe_window, &probe, mm), 0);
	th.on_exit = &init_thread;
	thread_switch(&th);
	KTEST_EXPECT_FALSE(t, probe.faulted);
	KTEST_EXPECT_UEQ(t, probe.seen, 0xfeed);
	KTEST_EXPECT_TRUE(t, current_mm() == init_thread.mm); /* switched back */
	probe_window(&probe);
	KTEST_EXPECT_TRUE(t, probe.faulted); /* not mapped in the kernel's space */
	thread_destroy(&th);
	mm_destroy(mm);
	page_free(pfn);
	KTEST_EXPECT_EQ(t, page_alloc_free_pages(), free);
}

static const struct ktest_case sched_cases[] = {
	KTEST_CASE(ping_pong_keeps_state),
	KTEST_CASE(thread_runs_in_its_address_space),
};
KTEST_SUITE(sched, "sched", sched_cases);
