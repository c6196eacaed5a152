// SPDX-License-Identifier: GPL-2.0
/*
 * The stub's own checks, run by the host unit tests (host.mk) so that the
 * template cannot rot although it never boots: its table fills every
 * required slot, its inline template lands in a real irq call site as the
 * expected bytes, its other slots get the generic treatment, and
 * detection refuses on every entry path with the documented reason. A
 * scaffolded backend starts with these tests and keeps them honest.
 */
#include <kernel/ktest.h>
#include <kernel/string.h>
#include <pvops/patch.h>

#include "lguest.h"

extern const struct pvop_template pvop_template_lguest_irq_disable_direct;

#define SITE_ADDR 0x200000UL

static bool patch_site(unsigned int slot, unsigned int len, u16 clobbers, u8 *out,
		       struct pvop_patch_result *res)
{
	struct pvop_site site = { .slot = slot, .len = len, .clobbers = clobbers };
	struct pvop_patch_env env = {
		.table = (const void *const *)&lguest_pv_ops,
		.nr_slots = PVOP_NR_SLOTS,
		.nop_target = (const void *)pvops_nop,
		.ident_target = (const void *)pvops_ident,
		.backend = lguest_backend.name,
		.templates = &pvop_template_lguest_irq_disable_direct,
		.nr_templates = 1,
		/* The site alone is the text: the patcher refuses sites outside it. */
		.text_start = SITE_ADDR,
		.text_end = SITE_ADDR + len,
	};

	return pvops_patch_site(&env, &site, SITE_ADDR, out, res);
}

static void table_fills_every_required_slot(struct ktest *t)
{
	KTEST_EXPECT_TRUE(t, pvops_missing_slot(&lguest_pv_ops) == NULL);
	KTEST_EXPECT_TRUE(t, lguest_backend.ops == &lguest_pv_ops);
	KTEST_EXPECT_STREQ(t, lguest_pv_info.name, lguest_backend.name);
}

static void irq_disable_template_is_inlined(struct ktest *t)
{
	u8 out[PVOP_MAX_SITE_LEN];
	struct pvop_patch_result res;
	u32 addr;

	KTEST_ASSERT_TRUE(t, patch_site(PVOP_SLOT(irq.irq_disable), PVOP_CALLEE_SITE_LEN,
					CLBR_RET_REG, out, &res));
	KTEST_EXPECT_EQ(t, res.kind, PVOP_PATCH_INLINE);
	KTEST_EXPECT_EQ(t, res.insn_len, 12); /* movq $0, abs32: 48 c7 04 25 addr imm32 */
	KTEST_EXPECT_EQ(t, memcmp(out, "\x48\xc7\x04\x25", 4), 0);
	memcpy(&addr, out + 4, sizeof(addr));
	KTEST_EXPECT_UEQ(t, addr, (unsigned long)&lguest_data);
	KTEST_EXPECT_EQ(t, out[12], 0xeb); /* then one jmp over the rest */
}

static void other_slots_follow_generic_rules(struct ktest *t)
{
	u8 out[PVOP_MAX_SITE_LEN];
	struct pvop_patch_result res;

	KTEST_EXPECT_TRUE(t, patch_site(PVOP_SLOT(cpu.load_tr), 6, CLBR_CALLER_SAVED, out, &res));
	KTEST_EXPECT_EQ(t, res.kind, PVOP_PATCH_NOP);
	KTEST_EXPECT_TRUE(t, patch_site(PVOP_SLOT(cpu.wbinvd), 6, CLBR_CALLER_SAVED, out, &res));
	KTEST_EXPECT_EQ(t, res.kind, PVOP_PATCH_UD2); /* optional and not offered */
	/* A plain C op into a site that only allows %rax: kept, never miscalled. */
	KTEST_EXPECT_FALSE(t, patch_site(PVOP_SLOT(mmu.read_cr2), 6, CLBR_RAX, out, &res));
	KTEST_EXPECT_EQ(t, res.reason, PVOP_KEEP_CLOBBERS);
}

static void detect_always_refuses(struct ktest *t)
{
	struct boot_info pvh = { .protocol = BOOT_PROTOCOL_PVH };
	struct boot_info xen = { .protocol = BOOT_PROTOCOL_XEN_PV };
	const char *why = lguest_backend.detect(&pvh);

	KTEST_ASSERT_TRUE(t, why != NULL);
	KTEST_EXPECT_TRUE(t, strstr(why, "no lguest host exists") != NULL);
	KTEST_EXPECT_TRUE(t, lguest_backend.detect(&xen) != NULL);
}

static const struct ktest_case lguest_cases[] = {
	KTEST_CASE(table_fills_every_required_slot),
	KTEST_CASE(irq_disable_template_is_inlined),
	KTEST_CASE(other_slots_follow_generic_rules),
	KTEST_CASE(detect_always_refuses),
};
KTEST_SUITE(lguest, "lguest", lguest_cases);
