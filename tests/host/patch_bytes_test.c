// SPDX-License-Identifier: GPL-2.0
/*
 * Patcher byte generation (host only): pvops_patch_site() with fake tables,
 * fake backends and site addresses chosen to sit exactly at, and one byte
 * past, the limits of a rel32 call. Every expected byte sequence is written
 * out literally, so a change in encoding cannot pass by agreeing with
 * itself.
 */
#include <string.h>

#include <kernel/ktest.h>
#include <pvops/backend.h>
#include <pvops/patch.h>
#include <pvops/pv_ops.h>

#define SITE_ADDR 0x100000000000UL
#define NOP_TARGET ((const void *)0x1000)
#define IDENT_TARGET ((const void *)0x2000)
#define C_TARGET(off) ((const void *)(SITE_ADDR + 5 + (off)))

static const void *table[PVOP_NR_SLOTS];
static const u8 tmpl_cli[] = { 0xfa };
static const u8 tmpl_seven[] = { 1, 2, 3, 4, 5, 6, 7 };
/* movb $1,abs; call rel32 (to tmpl_call + 9 + 0x100): the call must be re-aimed */
static const u8 tmpl_call[] = { 0xc6, 0x04, 0x25, 0x00, 0x10, 0x00, 0x00, 0x01,
				0xe8, 0x00, 0x01, 0x00, 0x00 };

/* Two backends, told apart by identity as the kernel tells them. */
static const struct pvops_backend fake_backend = { .name = "fake" };
static const struct pvops_backend other_backend = { .name = "other" };

static struct pvop_template templates[] = {
	{ .backend = &fake_backend, .slot = PVOP_SLOT(irq.irq_disable), .start = tmpl_cli,
	  .end = tmpl_cli + 1, .clobbers = CLBR_NONE, .reloc = PVOP_TEMPLATE_NO_RELOC },
	{ .backend = &other_backend, .slot = PVOP_SLOT(irq.irq_enable), .start = tmpl_cli,
	  .end = tmpl_cli + 1, .clobbers = CLBR_NONE, .reloc = PVOP_TEMPLATE_NO_RELOC },
	{ .backend = &fake_backend, .slot = PVOP_SLOT(irq.restore_fl), .start = tmpl_call,
	  .end = tmpl_call + sizeof(tmpl_call), .clobbers = CLBR_RAX, .reloc = 9 },
};
#define IRQ_DISABLE_TEMPLATE (&templates[0])

static struct pvop_patch_env env = {
	.table = table,
	.nr_slots = PVOP_NR_SLOTS,
	.nop_target = NOP_TARGET,
	.ident_target = IDENT_TARGET,
	.backend = &fake_backend,
	.templates = templates,
	.nr_templates = ARRAY_SIZE(templates),
	/* Sites sit anywhere in these tests; text_must_hold_the_site narrows it. */
	.text_start = 0,
	.text_end = ~0UL,
};

static struct pvop_patch_result res;
static u8 out[PVOP_MAX_SITE_LEN];

static bool patch_at(unsigned long addr, unsigned int slot, unsigned int len, u16 clobbers)
{
	struct pvop_site site = { .slot = slot, .len = len, .clobbers = clobbers };

	memset(out, 0xcc, sizeof(out));
	return pvops_patch_site(&env, &site, addr, out, &res);
}

static bool patch(unsigned int slot, unsigned int len, u16 clobbers)
{
	return patch_at(SITE_ADDR, slot, len, clobbers);
}

#define EXPECT_BYTES(t, ...)                                                                       \
	do {                                                                                       \
		static const u8 __want[] = { __VA_ARGS__ };                                        \
		KTEST_EXPECT_EQ(t, memcmp(out, __want, sizeof(__want)), 0);                        \
	} while (0)

/* In a 6-byte site the call is CS-prefixed and ends at the site's end. */
#define C_TARGET6(off) ((const void *)(SITE_ADDR + 6 + (off)))

static void rel32_limits(struct ktest *t)
{
	unsigned int slot = PVOP_SLOT(time.sched_clock);

	table[slot] = C_TARGET6(0x7fffffffL);
	KTEST_EXPECT_TRUE(t, patch(slot, 6, CLBR_CALLER_SAVED));
	KTEST_EXPECT_EQ(t, res.kind, PVOP_PATCH_CALL);
	KTEST_EXPECT_EQ(t, res.insn_len, 6);
	EXPECT_BYTES(t, 0x2e, 0xe8, 0xff, 0xff, 0xff, 0x7f);

	table[slot] = C_TARGET6(0x80000000L);
	KTEST_EXPECT_FALSE(t, patch(slot, 6, CLBR_CALLER_SAVED));
	KTEST_EXPECT_EQ(t, res.reason, PVOP_KEEP_OUT_OF_RANGE);
	KTEST_EXPECT_EQ(t, out[0], 0xcc); /* nothing written */

	table[slot] = C_TARGET6(-0x80000000L);
	KTEST_EXPECT_TRUE(t, patch(slot, 6, CLBR_CALLER_SAVED));
	EXPECT_BYTES(t, 0x2e, 0xe8, 0x00, 0x00, 0x00, 0x80);

	table[slot] = C_TARGET6(-0x80000001L);
	KTEST_EXPECT_FALSE(t, patch(slot, 6, CLBR_CALLER_SAVED));
	KTEST_EXPECT_EQ(t, res.reason, PVOP_KEEP_OUT_OF_RANGE);

	/* In a longer site: a plain call, then padding. */
	table[slot] = C_TARGET(0x7fffffffL);
	KTEST_EXPECT_TRUE(t, patch(slot, 8, CLBR_CALLER_SAVED));
	KTEST_EXPECT_EQ(t, res.insn_len, 5);
	EXPECT_BYTES(t, 0xe8, 0xff, 0xff, 0xff, 0x7f, 0x0f, 0x1f, 0x00);
	table[slot] = C_TARGET(0x80000000L);
	KTEST_EXPECT_FALSE(t, patch(slot, 8, CLBR_CALLER_SAVED));
	KTEST_EXPECT_EQ(t, res.reason, PVOP_KEEP_OUT_OF_RANGE);
	table[slot] = NULL;
}

static void every_padding_length(struct ktest *t)
{
	static const u8 expect[9][8] = {
		[1] = { 0x90 },
		[2] = { 0x66, 0x90 },
		[3] = { 0x0f, 0x1f, 0x00 },
		[4] = { 0x0f, 0x1f, 0x40, 0x00 },
		[5] = { 0x0f, 0x1f, 0x44, 0x00, 0x00 },
		[6] = { 0x66, 0x0f, 0x1f, 0x44, 0x00, 0x00 },
		[7] = { 0x0f, 0x1f, 0x80, 0x00, 0x00, 0x00, 0x00 },
		[8] = { 0x0f, 0x1f, 0x84, 0x00, 0x00, 0x00, 0x00, 0x00 },
	};
	u8 buf[32];
	unsigned int len;

	unsigned int i;

	for (len = 1; len <= 8; len++) {
		memset(buf, 0xa5, sizeof(buf));
		pvops_fill_padding(buf, len);
		KTEST_EXPECT_EQ(t, memcmp(buf, expect[len], len), 0);
		KTEST_EXPECT_EQ(t, buf[len], 0xa5);
	}
	/* Beyond one NOP: jmp rel8 to the end, int3 in between. */
	for (len = 9; len <= 24; len++) {
		memset(buf, 0xa5, sizeof(buf));
		pvops_fill_padding(buf, len);
		KTEST_EXPECT_EQ(t, buf[0], 0xeb);
		KTEST_EXPECT_EQ(t, buf[1], len - 2);
		for (i = 2; i < len; i++)
			KTEST_EXPECT_EQ(t, buf[i], 0xcc);
		KTEST_EXPECT_EQ(t, buf[len], 0xa5);
	}
	memset(buf, 0xa5, sizeof(buf));
	pvops_fill_padding(buf, 0);
	KTEST_EXPECT_EQ(t, buf[0], 0xa5);
}

static void template_inlined_and_padded(struct ktest *t)
{
	unsigned int slot = PVOP_SLOT(irq.irq_disable);

	table[slot] = C_TARGET(0x100);
	KTEST_EXPECT_TRUE(t, patch(slot, 6, CLBR_RET_REG));
	KTEST_EXPECT_EQ(t, res.kind, PVOP_PATCH_INLINE);
	KTEST_EXPECT_EQ(t, res.insn_len, 1);
	EXPECT_BYTES(t, 0xfa, 0x0f, 0x1f, 0x44, 0x00, 0x00);
	KTEST_EXPECT_TRUE(t, patch(slot, 24, CLBR_RET_REG));
	EXPECT_BYTES(t, 0xfa, 0xeb, 0x15, 0xcc, 0xcc);
	table[slot] = NULL;
}

static void templates_of_other_backends_ignored(struct ktest *t)
{
	unsigned int slot = PVOP_SLOT(irq.irq_enable);

	table[slot] = C_TARGET(0x100);
	KTEST_EXPECT_TRUE(t, patch(slot, 6, CLBR_RET_REG));
	KTEST_EXPECT_EQ(t, res.kind, PVOP_PATCH_CALL);
	table[slot] = NULL;
}

static void template_rel32_is_relocated(struct ktest *t)
{
	unsigned int slot = PVOP_SLOT(irq.restore_fl);
	unsigned long target = (unsigned long)tmpl_call + sizeof(tmpl_call) + 0x100;
	unsigned long site = (unsigned long)tmpl_call + 0x12345;
	s32 rel;

	table[slot] = C_TARGET(0x100);
	KTEST_EXPECT_TRUE(t, patch_at(site, slot, 24, CLBR_RET_REG));
	KTEST_EXPECT_EQ(t, res.kind, PVOP_PATCH_INLINE);
	EXPECT_BYTES(t, 0xc6, 0x04, 0x25, 0x00, 0x10, 0x00, 0x00, 0x01, 0xe8);
	memcpy(&rel, out + 9, sizeof(rel));
	/* The call still reaches the same target from its new place. */
	KTEST_EXPECT_UEQ(t, site + sizeof(tmpl_call) + rel, target);
	/* From a site beyond rel32 reach of the target, the template is refused. */
	KTEST_EXPECT_TRUE(t, patch(slot, 24, CLBR_RET_REG));
	KTEST_EXPECT_EQ(t, res.kind, PVOP_PATCH_CALL);
	table[slot] = NULL;
}

static void template_longer_than_site(struct ktest *t)
{
	unsigned int slot = PVOP_SLOT(irq.irq_disable);

	table[slot] = C_TARGET(0x100);
	IRQ_DISABLE_TEMPLATE->start = tmpl_seven;
	IRQ_DISABLE_TEMPLATE->end = tmpl_seven + 7;
	KTEST_EXPECT_TRUE(t, patch(slot, 6, CLBR_RET_REG));
	KTEST_EXPECT_EQ(t, res.kind, PVOP_PATCH_CALL);
	EXPECT_BYTES(t, 0x2e, 0xe8, 0xff, 0x00, 0x00, 0x00);
	IRQ_DISABLE_TEMPLATE->start = tmpl_cli;
	IRQ_DISABLE_TEMPLATE->end = tmpl_cli + 1;
	table[slot] = NULL;
}

static void clobber_mismatch(struct ktest *t)
{
	unsigned int c_slot = PVOP_SLOT(time.sched_clock), irq = PVOP_SLOT(irq.irq_disable);

	/* A plain C target may clobber everything; the site allows only %rax. */
	table[c_slot] = C_TARGET(0x100);
	KTEST_EXPECT_FALSE(t, patch(c_slot, 6, CLBR_RAX));
	KTEST_EXPECT_EQ(t, res.reason, PVOP_KEEP_CLOBBERS);
	KTEST_EXPECT_EQ(t, out[0], 0xcc);
	table[c_slot] = NULL;

	/* A template that writes %rax may not go where %rax must survive... */
	table[irq] = C_TARGET(0x100);
	IRQ_DISABLE_TEMPLATE->clobbers = CLBR_RAX;
	KTEST_EXPECT_FALSE(t, patch(irq, 6, CLBR_NONE));
	/* ...and neither may the callee-save thunk, which returns in %rax. */
	KTEST_EXPECT_EQ(t, res.reason, PVOP_KEEP_CLOBBERS);
	IRQ_DISABLE_TEMPLATE->clobbers = CLBR_NONE;
	table[irq] = NULL;
}

static void null_and_nop_slots(struct ktest *t)
{
	unsigned int slot = PVOP_SLOT(mmu.alloc_pte);

	table[slot] = NULL;
	KTEST_EXPECT_TRUE(t, patch(slot, 6, CLBR_CALLER_SAVED));
	KTEST_EXPECT_EQ(t, res.kind, PVOP_PATCH_UD2);
	EXPECT_BYTES(t, 0x0f, 0x0b, 0x0f, 0x1f, 0x40, 0x00);

	table[slot] = NOP_TARGET;
	KTEST_EXPECT_TRUE(t, patch(slot, 6, CLBR_CALLER_SAVED));
	KTEST_EXPECT_EQ(t, res.kind, PVOP_PATCH_NOP);
	EXPECT_BYTES(t, 0x66, 0x0f, 0x1f, 0x44, 0x00, 0x00);

	slot = PVOP_SLOT(mmu.pte_val);
	table[slot] = IDENT_TARGET;
	KTEST_EXPECT_TRUE(t, patch(slot, 6, CLBR_CALLER_SAVED));
	KTEST_EXPECT_EQ(t, res.kind, PVOP_PATCH_IDENT);
	EXPECT_BYTES(t, 0x48, 0x89, 0xf8, 0x0f, 0x1f, 0x00);
	table[slot] = NULL;
	table[PVOP_SLOT(mmu.alloc_pte)] = NULL;
}

static void site_shorter_than_a_call(struct ktest *t)
{
	unsigned int c_slot = PVOP_SLOT(time.sched_clock), irq = PVOP_SLOT(irq.irq_disable);

	table[c_slot] = C_TARGET(0x100);
	KTEST_EXPECT_FALSE(t, patch(c_slot, 4, CLBR_CALLER_SAVED));
	KTEST_EXPECT_EQ(t, res.reason, PVOP_KEEP_TOO_SHORT);
	KTEST_EXPECT_EQ(t, out[0], 0xcc);
	/* A one-byte template still fits. */
	table[irq] = C_TARGET(0x100);
	KTEST_EXPECT_TRUE(t, patch(irq, 4, CLBR_RET_REG));
	EXPECT_BYTES(t, 0xfa, 0x0f, 0x1f, 0x00);
	table[c_slot] = table[irq] = NULL;
}

static void bad_records_are_kept(struct ktest *t)
{
	struct pvop_site site = { .slot = PVOP_NR_SLOTS, .len = 6, .clobbers = CLBR_RAX };

	KTEST_EXPECT_FALSE(t, pvops_patch_site(&env, &site, SITE_ADDR, out, &res));
	KTEST_EXPECT_EQ(t, res.reason, PVOP_KEEP_UNKNOWN_SLOT);
	site = (struct pvop_site){ .slot = 0, .len = 6, .flags = 0x80 };
	KTEST_EXPECT_FALSE(t, pvops_patch_site(&env, &site, SITE_ADDR, out, &res));
	KTEST_EXPECT_EQ(t, res.reason, PVOP_KEEP_BAD_RECORD);
	site = (struct pvop_site){ .slot = 0, .len = 6, .clobbers = 0x200 };
	KTEST_EXPECT_FALSE(t, pvops_patch_site(&env, &site, SITE_ADDR, out, &res));
	KTEST_EXPECT_EQ(t, res.reason, PVOP_KEEP_BAD_RECORD);
	site = (struct pvop_site){ .slot = 0, .len = PVOP_MAX_SITE_LEN + 1 };
	KTEST_EXPECT_FALSE(t, pvops_patch_site(&env, &site, SITE_ADDR, out, &res));
	KTEST_EXPECT_EQ(t, res.reason, PVOP_KEEP_TOO_LONG);
}

/* Text is [SITE_ADDR, SITE_ADDR + TEXT_LEN) here: sites at and across both ends. */
#define TEXT_LEN 0x1000

static void text_must_hold_the_site(struct ktest *t)
{
	unsigned int slot = PVOP_SLOT(time.sched_clock);
	struct pvop_patch_env saved = env;

	env.text_start = SITE_ADDR;
	env.text_end = SITE_ADDR + TEXT_LEN;
	env.poison_thunk = C_TARGET(0x10); /* even poison mode must not touch it */
	table[slot] = C_TARGET(0x100);
	KTEST_EXPECT_TRUE(t, patch_at(SITE_ADDR, slot, 6, CLBR_CALLER_SAVED));
	KTEST_EXPECT_TRUE(t, patch_at(SITE_ADDR + TEXT_LEN - 6, slot, 6, CLBR_CALLER_SAVED));
	KTEST_EXPECT_FALSE(t, patch_at(SITE_ADDR - 1, slot, 6, CLBR_CALLER_SAVED));
	KTEST_EXPECT_EQ(t, res.reason, PVOP_KEEP_OUTSIDE_TEXT);
	KTEST_EXPECT_EQ(t, out[0], 0xcc);
	/* Straddling the end of text: starts inside, ends one byte past. */
	KTEST_EXPECT_FALSE(t, patch_at(SITE_ADDR + TEXT_LEN - 5, slot, 6, CLBR_CALLER_SAVED));
	KTEST_EXPECT_EQ(t, res.reason, PVOP_KEEP_OUTSIDE_TEXT);
	KTEST_EXPECT_FALSE(t, patch_at(SITE_ADDR + TEXT_LEN, slot, 6, CLBR_CALLER_SAVED));
	KTEST_EXPECT_EQ(t, res.reason, PVOP_KEEP_OUTSIDE_TEXT);
	/* A length that would wrap the address space is outside too. */
	KTEST_EXPECT_FALSE(t, pvops_site_in_text(&env, SITE_ADDR + 1, ~0U));
	KTEST_EXPECT_TRUE(t, pvops_site_in_text(&env, SITE_ADDR, TEXT_LEN));
	KTEST_EXPECT_FALSE(t, pvops_site_in_text(&env, SITE_ADDR, TEXT_LEN + 1));
	table[slot] = NULL;
	env = saved;
}

static void poison_routes_every_site(struct ktest *t)
{
	unsigned int slot = PVOP_SLOT(irq.irq_disable);

	env.poison_thunk = C_TARGET(0x10);
	table[slot] = C_TARGET(0x100);
	KTEST_EXPECT_TRUE(t, patch(slot, 6, CLBR_RET_REG));
	KTEST_EXPECT_EQ(t, res.kind, PVOP_PATCH_POISON);
	EXPECT_BYTES(t, 0xe8, 0x10, 0x00, 0x00, 0x00, 0x90);
	env.poison_thunk = NULL;
	table[slot] = NULL;
}

static void jump_sites(struct ktest *t)
{
	unsigned int slot = PVOP_SLOT(cpu.iret);
	struct pvop_site site = { .slot = slot, .len = 6, .flags = PVOP_SITE_F_JMP };

	table[slot] = C_TARGET(0x20);
	env.poison_thunk = C_TARGET(0x10); /* ignored: a jump never returns to be poisoned */
	KTEST_EXPECT_TRUE(t, pvops_patch_site(&env, &site, SITE_ADDR, out, &res));
	KTEST_EXPECT_EQ(t, res.kind, PVOP_PATCH_JMP);
	EXPECT_BYTES(t, 0x2e, 0xe9, 0x1f, 0x00, 0x00, 0x00);
	env.poison_thunk = NULL;
	table[slot] = NULL;
	KTEST_EXPECT_TRUE(t, pvops_patch_site(&env, &site, SITE_ADDR, out, &res));
	KTEST_EXPECT_EQ(t, res.kind, PVOP_PATCH_UD2);
}

static void original_site_encoding(struct ktest *t)
{
	struct pvop_site site = { .slot = 3, .len = 6 };

	pvops_site_original(out, &site, 0x1000, 0x2000);
	EXPECT_BYTES(t, 0xff, 0x15, 0x12, 0x10, 0x00, 0x00); /* 0x2018 - 0x1006 */
	site.len = 24;
	pvops_site_original(out, &site, 0x1000, 0x2000);
	EXPECT_BYTES(t, 0xff, 0x15, 0x12, 0x10, 0x00, 0x00, 0xeb, 0x10, 0xcc);
	site = (struct pvop_site){ .slot = 3, .len = 6, .flags = PVOP_SITE_F_JMP };
	pvops_site_original(out, &site, 0x1000, 0x2000);
	EXPECT_BYTES(t, 0xff, 0x25, 0x12, 0x10, 0x00, 0x00);
}

static void every_slot_has_a_name(struct ktest *t)
{
	unsigned int slot;

	for (slot = 0; slot < PVOP_NR_SLOTS; slot++)
		KTEST_EXPECT_TRUE(t, pvops_slot_info(slot) != NULL);
	KTEST_EXPECT_TRUE(t, pvops_slot_info(PVOP_NR_SLOTS) == NULL);
	KTEST_EXPECT_STREQ(t, pvops_slot_info(PVOP_SLOT(irq.irq_disable))->name,
			   "irq.irq_disable");
}

static const struct ktest_case patch_bytes_cases[] = {
	KTEST_CASE(rel32_limits),
	KTEST_CASE(every_padding_length),
	KTEST_CASE(template_inlined_and_padded),
	KTEST_CASE(templates_of_other_backends_ignored),
	KTEST_CASE(template_rel32_is_relocated),
	KTEST_CASE(template_longer_than_site),
	KTEST_CASE(clobber_mismatch),
	KTEST_CASE(null_and_nop_slots),
	KTEST_CASE(site_shorter_than_a_call),
	KTEST_CASE(bad_records_are_kept),
	KTEST_CASE(text_must_hold_the_site),
	KTEST_CASE(poison_routes_every_site),
	KTEST_CASE(jump_sites),
	KTEST_CASE(original_site_encoding),
	KTEST_CASE(every_slot_has_a_name),
};
KTEST_SUITE(patch_bytes, "patch_bytes", patch_bytes_cases);
