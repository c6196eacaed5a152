// SPDX-License-Identifier: GPL-2.0
/*
 * This backend's own checks, run by the host unit tests (host.mk), which
 * need no machine: the table fills every required slot, the inline
 * template lands in a real irq call site as the expected bytes, the other
 * slots get the generic treatment, and detection refuses on every entry
 * path with the documented reason. Then the pure logic behind the ops:
 * the interrupt flag in the shared page, the hypercall ring and lazy
 * batching, the cached cr3, the clock and the timer delta. Nothing here
 * may reach a hypercall, which has no host to take it and panics.
 *
 * Template: a scaffolded backend starts with these tests, true of its copy
 * of the code, and keeps them honest as it replaces each piece.
 */
#include <kernel/ktest.h>
#include <kernel/string.h>
#include <pvops/ops.h>
#include <pvops/patch.h>

#include "lguest.h"

extern const struct pvop_template pvop_template_lguest_irq_disable_direct;
extern const u8 lguest_irq_disable_direct[];

#define SITE_ADDR 0x200000UL
#define X86_EFLAGS_FIXED (1UL << 1) /* the flags bit that always reads as 1 */
#define X86_OPC_JMP8 0xeb
#define X86_OPC_REX_W 0x48
#define X86_OPC_IRET 0xcf
#define TEST_CR3 0x1234000UL
#define TEST_ADDR 0x7f0000UL

static bool patch_site(unsigned int slot, unsigned int len, u16 clobbers, u8 *out,
		       struct pvop_patch_result *res)
{
	struct pvop_site site = { .slot = slot, .len = len, .clobbers = clobbers };
	struct pvop_patch_env env = {
		.table = (const void *const *)&lguest_pv_ops,
		.nr_slots = PVOP_NR_SLOTS,
		.nop_target = (const void *)pvops_nop,
		.ident_target = (const void *)pvops_ident,
		.backend = &lguest_backend,
		.templates = &pvop_template_lguest_irq_disable_direct,
		.nr_templates = 1,
		/* The site alone is the text: the patcher refuses sites outside it. */
		.text_start = SITE_ADDR,
		.text_end = SITE_ADDR + len,
	};

	return pvops_patch_site(&env, &site, SITE_ADDR, out, res);
}

/* A shared page as the guest starts it: every ring slot free. */
static void ring_reset(struct lguest_data *data)
{
	memset(data->hcall_status, LHCALL_RING_DONE, sizeof(data->hcall_status));
	memset(data->hcalls, 0, sizeof(data->hcalls));
}

static void table_fills_every_required_slot(struct ktest *t)
{
	KTEST_EXPECT_TRUE(t, pvops_missing_slot(&lguest_pv_ops) == NULL);
	KTEST_EXPECT_TRUE(t, lguest_backend.ops == &lguest_pv_ops);
	KTEST_EXPECT_EQ(t, lguest_pv_info.kernel_rpl, LGUEST_GUEST_PL);
}

/* The numbering this code speaks, each against the number it must have. */
static void hypercall_numbers_are_the_abi(struct ktest *t)
{
	static const struct {
		unsigned int call, number;
	} abi[] = {
		{ LHCALL_FLUSH_ASYNC, 0 },     { LHCALL_LGUEST_INIT, 1 },
		{ LHCALL_SHUTDOWN, 2 },	       { LHCALL_NEW_PGTABLE, 4 },
		{ LHCALL_FLUSH_TLB, 5 },       { LHCALL_LOAD_IDT_ENTRY, 6 },
		{ LHCALL_SET_STACK, 7 },       { LHCALL_TS, 8 },
		{ LHCALL_SET_CLOCKEVENT, 9 },  { LHCALL_HALT, 10 },
		{ LHCALL_SET_PMD, 13 },	       { LHCALL_SET_PTE, 14 },
		{ LHCALL_SET_PGD, 15 },	       { LHCALL_LOAD_TLS, 16 },
		{ LHCALL_LOAD_GDT_ENTRY, 18 }, { LHCALL_SEND_INTERRUPTS, 19 },
	};
	unsigned int i;

	for (i = 0; i < ARRAY_SIZE(abi); i++)
		KTEST_EXPECT_EQ(t, abi[i].call, abi[i].number);
	KTEST_EXPECT_EQ(t, LGUEST_TRAP_ENTRY, 0x1f);
	KTEST_EXPECT_EQ(t, LHCALL_RING_SIZE, 64);
}

static void irq_disable_template_is_inlined(struct ktest *t)
{
	u8 out[PVOP_MAX_SITE_LEN];
	struct pvop_patch_result res;
	u32 addr, imm;

	KTEST_ASSERT_TRUE(t, patch_site(PVOP_SLOT(irq.irq_disable), PVOP_CALLEE_SITE_LEN,
					CLBR_RET_REG, out, &res));
	KTEST_EXPECT_EQ(t, res.kind, PVOP_PATCH_INLINE);
	KTEST_EXPECT_EQ(t, res.insn_len, 11); /* movl $imm32, abs32: c7 04 25 addr imm32 */
	KTEST_EXPECT_EQ(t, memcmp(out, "\xc7\x04\x25", 3), 0);
	memcpy(&addr, out + 3, sizeof(addr));
	memcpy(&imm, out + 7, sizeof(imm));
	KTEST_EXPECT_UEQ(t, addr, (unsigned long)&lguest_data.irq_enabled);
	KTEST_EXPECT_UEQ(t, imm, 0);
	KTEST_EXPECT_EQ(t, out[11], X86_OPC_JMP8); /* then one jmp over the rest */
}

/* The flag is the shared word: run the real bodies, template included. */
static void irq_flag_lives_in_the_shared_page(struct ktest *t)
{
	void (*irq_disable)(void) = (void (*)(void))lguest_irq_disable_direct;

	lguest_data.irq_pending = 0;
	lguest_irq_enable();
	KTEST_EXPECT_UEQ(t, lguest_data.irq_enabled, X86_EFLAGS_IF);
	KTEST_EXPECT_UEQ(t, lguest_save_fl(), X86_EFLAGS_IF);
	irq_disable();
	KTEST_EXPECT_UEQ(t, lguest_data.irq_enabled, 0);
	lguest_restore_fl(X86_EFLAGS_IF | X86_EFLAGS_FIXED); /* only IF is kept */
	KTEST_EXPECT_UEQ(t, lguest_data.irq_enabled, X86_EFLAGS_IF);
	lguest_restore_fl(0);
	KTEST_EXPECT_UEQ(t, lguest_save_fl(), 0);
}

static void ring_fills_in_order_and_wraps(struct ktest *t)
{
	static struct lguest_data data;
	struct lguest_hcall_args args = { LHCALL_SET_PTE, 0, 0, 0, 0 };
	unsigned int next = 0, i;

	ring_reset(&data);
	for (i = 0; i < LHCALL_RING_SIZE; i++) {
		args.arg1 = i;
		KTEST_EXPECT_TRUE(t, lguest_ring_push(&data, &next, &args));
	}
	KTEST_EXPECT_EQ(t, next, 0);
	args.arg1 = LHCALL_RING_SIZE;
	KTEST_EXPECT_FALSE(t, lguest_ring_push(&data, &next, &args)); /* full */
	for (i = 0; i < LHCALL_RING_SIZE; i++) {
		KTEST_EXPECT_EQ(t, data.hcall_status[i], LHCALL_RING_READY);
		KTEST_EXPECT_UEQ(t, data.hcalls[i].arg1, i);
	}
	data.hcall_status[0] = LHCALL_RING_DONE; /* the host ran the first */
	KTEST_EXPECT_TRUE(t, lguest_ring_push(&data, &next, &args));
	KTEST_EXPECT_UEQ(t, data.hcalls[0].arg1, LHCALL_RING_SIZE);
	KTEST_EXPECT_EQ(t, next, 1);
	KTEST_EXPECT_FALSE(t, lguest_ring_push(&data, &next, &args)); /* slot 1 not yet run */
}

/* In a lazy mode the ops queue their calls; cr3 is answered from the cache. */
static void lazy_mode_queues_and_cr3_is_cached(struct ktest *t)
{
	const struct pv_mmu_ops *mmu = &lguest_pv_ops.mmu;
	const struct lguest_hcall_args *ring = lguest_data.hcalls;

	ring_reset(&lguest_data);
	lguest_async.next = 0;
	lguest_data.irq_pending = 0;
	lguest_restore_fl(X86_EFLAGS_IF);
	mmu->lazy_mode.enter(PVOPS_LAZY_MMU);
	mmu->write_cr3(TEST_CR3);
	mmu->flush_tlb_user();
	mmu->flush_tlb_one_user(TEST_ADDR);
	KTEST_EXPECT_UEQ(t, mmu->read_cr3(), TEST_CR3);
	KTEST_EXPECT_EQ(t, lguest_async.next, 3);
	KTEST_EXPECT_UEQ(t, ring[0].arg0, LHCALL_NEW_PGTABLE);
	KTEST_EXPECT_UEQ(t, ring[0].arg1, TEST_CR3);
	KTEST_EXPECT_UEQ(t, ring[1].arg0, LHCALL_FLUSH_TLB);
	KTEST_EXPECT_UEQ(t, ring[1].arg1, LGUEST_FLUSH_USER);
	KTEST_EXPECT_UEQ(t, ring[2].arg0, LHCALL_SET_PTE);
	KTEST_EXPECT_UEQ(t, ring[2].arg1, TEST_CR3);
	KTEST_EXPECT_UEQ(t, ring[2].arg2, TEST_ADDR);
	KTEST_EXPECT_UEQ(t, ring[2].arg3, 0);
	KTEST_EXPECT_EQ(t, lguest_data.hcall_status[2], LHCALL_RING_READY);
	KTEST_EXPECT_EQ(t, lguest_data.hcall_status[3], LHCALL_RING_DONE);
	KTEST_EXPECT_UEQ(t, lguest_data.irq_enabled, X86_EFLAGS_IF); /* restored */
	/* Leaving would hypercall: end the batch as a host that ran it would. */
	lguest_async.mode = PVOPS_LAZY_NONE;
	lguest_async.next = 0;
	ring_reset(&lguest_data);
}

static void clock_is_tsc_or_host_time(struct ktest *t)
{
	const struct pv_time_ops *time = &lguest_pv_ops.time;
	struct lguest_data data = { .time = { .tv_sec = 7, .tv_nsec = 250 } };

	/* 12 days at 3 GHz, where a plain cycles * ns-per-ms would overflow 64 bits. */
	KTEST_EXPECT_UEQ(t, lguest_tsc_to_ns(3000000000000000ULL, 3000000),
			 1000000 * LGUEST_NSEC_PER_SEC);
	KTEST_EXPECT_UEQ(t, lguest_tsc_to_ns(2000000, 2000000), LGUEST_NSEC_PER_MSEC);
	KTEST_EXPECT_UEQ(t, lguest_wallclock_ns(&data), 7 * LGUEST_NSEC_PER_SEC + 250);

	lguest_data.tsc_khz = 0; /* no usable TSC: the clock is the host's time */
	lguest_data.time = data.time;
	KTEST_EXPECT_UEQ(t, time->sched_clock(), 7 * LGUEST_NSEC_PER_SEC + 250);
	KTEST_EXPECT_UEQ(t, time->clock_khz(), LGUEST_NSEC_PER_MSEC);
	lguest_data.tsc_khz = 2500000;
	KTEST_EXPECT_UEQ(t, time->clock_khz(), 2500000);
	lguest_data.tsc_khz = 0;
}

/* The host's timer takes a delay and 0 cancels it: never ask for 0. */
static void timer_delta_is_never_zero(struct ktest *t)
{
	KTEST_EXPECT_UEQ(t, lguest_clockevent_delta(1000, 400), 600);
	KTEST_EXPECT_UEQ(t, lguest_clockevent_delta(400 + LG_CLOCK_MIN_DELTA, 400),
			 LG_CLOCK_MIN_DELTA);
	KTEST_EXPECT_UEQ(t, lguest_clockevent_delta(450, 400), LG_CLOCK_MIN_DELTA);
	KTEST_EXPECT_UEQ(t, lguest_clockevent_delta(400, 400), LG_CLOCK_MIN_DELTA);
	KTEST_EXPECT_UEQ(t, lguest_clockevent_delta(100, 400), LG_CLOCK_MIN_DELTA);
}

/* The address published for the host is the iret instruction itself. */
static void noirq_iret_is_the_iret(struct ktest *t)
{
	const u8 *insn = (const u8 *)lguest_data.noirq_iret;

	KTEST_ASSERT_TRUE(t, insn != NULL);
	KTEST_EXPECT_EQ(t, insn[0], X86_OPC_REX_W);
	KTEST_EXPECT_EQ(t, insn[1], X86_OPC_IRET);
	KTEST_EXPECT_TRUE(t, (unsigned long)lguest_pv_ops.cpu.iret < lguest_data.noirq_iret);
}

static void other_slots_follow_generic_rules(struct ktest *t)
{
	u8 out[PVOP_MAX_SITE_LEN];
	struct pvop_patch_result res;

	KTEST_EXPECT_TRUE(t, patch_site(PVOP_SLOT(cpu.load_tr), 6, CLBR_CALLER_SAVED, out, &res));
	KTEST_EXPECT_EQ(t, res.kind, PVOP_PATCH_NOP);
	KTEST_EXPECT_TRUE(t, patch_site(PVOP_SLOT(cpu.read_msr), 6, CLBR_CALLER_SAVED, out, &res));
	KTEST_EXPECT_EQ(t, res.kind, PVOP_PATCH_UD2); /* optional and not offered */
	/* A plain C op into a site that only allows %rax: kept, never miscalled. */
	KTEST_EXPECT_FALSE(t, patch_site(PVOP_SLOT(mmu.read_cr2), 6, CLBR_RAX, out, &res));
	KTEST_EXPECT_EQ(t, res.reason, PVOP_KEEP_CLOBBERS);
}

static void detect_always_refuses(struct ktest *t)
{
	struct boot_info pvh = { .protocol = BOOT_PROTOCOL_PVH };
	struct boot_info xen = { .protocol = BOOT_PROTOCOL_XEN_PV };

	KTEST_EXPECT_STREQ(t, lguest_backend.detect(&pvh), LGUEST_NO_HOST);
	KTEST_EXPECT_STREQ(t, lguest_backend.detect(&xen), LGUEST_NO_HOST);
}

static const struct ktest_case lguest_cases[] = {
	KTEST_CASE(table_fills_every_required_slot),
	KTEST_CASE(hypercall_numbers_are_the_abi),
	KTEST_CASE(irq_disable_template_is_inlined),
	KTEST_CASE(irq_flag_lives_in_the_shared_page),
	KTEST_CASE(ring_fills_in_order_and_wraps),
	KTEST_CASE(lazy_mode_queues_and_cr3_is_cached),
	KTEST_CASE(clock_is_tsc_or_host_time),
	KTEST_CASE(timer_delta_is_never_zero),
	KTEST_CASE(noirq_iret_is_the_iret),
	KTEST_CASE(other_slots_follow_generic_rules),
	KTEST_CASE(detect_always_refuses),
};
KTEST_SUITE(lguest, "lguest", lguest_cases);
