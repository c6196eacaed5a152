// SPDX-License-Identifier: GPL-2.0
/*
 * Patcher suite: what boot-time patching did to this very image.
 *
 * Every site's live bytes are compared with what its recorded outcome says
 * they should be (rebuilt with the same rules, or the original indirect
 * call where the site was kept), which is also what pvops.report prints.
 * Two sites here are built to lie on purpose, with the call-site macro's
 * pieces: one records fewer clobbers than its target needs, which the
 * patcher must refuse to turn into a direct call; the other records more
 * clobbers than it tells the compiler, which only pvops.poison exposes.
 * Records that point outside the text (a pristine-looking call in .rodata
 * and in .data, an address beyond the image, a site straddling the end of
 * the text) are run through the boot's own per-site step, which must refuse
 * each with a console line before reading a byte. They are built at run
 * time, outside .pvops.sites, because patchcheck rightly refuses an image
 * whose table holds such records; the one image that has them on purpose
 * (tests/refused-site/) boots this suite to show that a site the boot
 * refused is checked for its refusal and never read.
 */
#include <kernel/ktest.h>
#include <kernel/machine.h>
#include <kernel/printk.h>
#include <kernel/sections.h>
#include <kernel/string.h>
#include <pvops/apply.h>
#include <pvops/backend.h>
#include <pvops/call.h>
#include <pvops/ops.h>
#include <pvops/patch.h>

static const struct pvop_site *find_site(unsigned long addr, unsigned int *index)
{
	const struct pvop_site *s;

	for (s = __pvops_sites_start; s < __pvops_sites_end; s++) {
		if (pvop_site_addr(s) == addr) {
			*index = s - __pvops_sites_start;
			return s;
		}
	}
	return NULL;
}

/* sched_clock through a site whose record claims only %rax is clobbered. */
static noinline unsigned long lying_narrow_site(unsigned long *site_addr)
{
	__PVOP_ARGS;

	__asm__ __volatile__("lea 771f(%%rip), %[addr]\n\t" __PVOP_SITE(0)
			     : [addr] "=&r"(*site_addr), __PVOP_NORMAL_OUT
			     : __PVOP_SITE_INPUTS(time.sched_clock, CLBR_RAX)
			     : __PVOP_NORMAL_CLOBBERS);
	return __rax;
}

/*
 * save_fl through a site that records every caller-saved register as
 * clobbered but tells the compiler only %rax: a value the compiler keeps in
 * %rcx across it survives unless pvops.poison overwrites it.
 */
static noinline unsigned long lying_wide_site(void)
{
	register unsigned long kept __asm__("rcx") = 0x1234;
	unsigned long __rax;

	__asm__ __volatile__(__PVOP_SITE(0)
			     : "=a"(__rax), "+r"(kept), __PVOP_SP
			     : __PVOP_SITE_INPUTS(irq.save_fl, CLBR_CALLER_SAVED)
			     : "memory", "cc");
	return kept;
}

/* Beyond the first GiB, which is all either entry path maps, yet within rel32 of a record. */
#define OUTSIDE_IMAGE_OFFSET 0x60000000UL
/* How far before the end of text the straddling site starts. */
#define STRADDLE_INSIDE 3

extern const u8 ktest_rodata_site[];
static u8 data_site[PVOP_SITE_MIN_LEN];

/* The bytes of an unpatched sched_clock site, in .rodata; never called. */
static __used void emit_rodata_site(void)
{
	__asm__ __volatile__(".pushsection .rodata\n"
			     ".globl ktest_rodata_site\n"
			     "ktest_rodata_site: call *pv_ops+%c0(%%rip)\n"
			     ".popsection"
			     :
			     : "i"(sizeof(void *) * PVOP_SLOT(time.sched_clock)));
}

static void corrupt_records_are_refused(struct ktest *t)
{
	static struct pvop_site recs[4];
	const unsigned long targets[] = {
		(unsigned long)ktest_rodata_site,
		(unsigned long)data_site,
		(unsigned long)__image_end + OUTSIDE_IMAGE_OFFSET,
		(unsigned long)__text_end - STRADDLE_INSIDE,
	};
	u8 rodata_before[PVOP_SITE_MIN_LEN], data_before[PVOP_SITE_MIN_LEN];
	struct pvop_patch_env env;
	struct pvop_patch_result res;
	static char refusals[1024];
	char want[64];
	unsigned int i;

	pvops_boot_patch_env(&env);
	pvops_site_original(data_site, &(struct pvop_site){ .slot = PVOP_SLOT(time.sched_clock),
							     .len = PVOP_SITE_MIN_LEN },
			    (unsigned long)data_site, (unsigned long)&pv_ops);
	memcpy(rodata_before, ktest_rodata_site, sizeof(rodata_before));
	memcpy(data_before, data_site, sizeof(data_before));
	ktest_capture_start(refusals, sizeof(refusals));
	for (i = 0; i < ARRAY_SIZE(recs); i++) {
		recs[i] = (struct pvop_site){ .slot = PVOP_SLOT(time.sched_clock),
					      .len = PVOP_SITE_MIN_LEN,
					      .clobbers = CLBR_CALLER_SAVED };
		recs[i].rel_addr = (s32)(targets[i] - (unsigned long)&recs[i].rel_addr);
		KTEST_ASSERT_TRUE(t, pvop_site_addr(&recs[i]) == targets[i]);
		pvops_apply_site(&env, &recs[i], i, &res);
		KTEST_EXPECT_EQ(t, res.kind, PVOP_PATCH_KEEP);
		KTEST_EXPECT_EQ(t, res.reason, PVOP_KEEP_OUTSIDE_TEXT);
	}
	ktest_capture_stop();
	for (i = 0; i < ARRAY_SIZE(recs); i++) {
		snprintf(want, sizeof(want), "pvops: refused site %u (record at %#lx, ", i,
			 (unsigned long)&recs[i]);
		if (!strstr(refusals, want))
			KTEST_FAIL(t, "no console line \"%s...\" for the record at %#lx", want,
				   targets[i]);
	}
	KTEST_EXPECT_TRUE(t, strstr(refusals, "are not inside the kernel text") != NULL);
	KTEST_EXPECT_EQ(t, memcmp(ktest_rodata_site, rodata_before, sizeof(rodata_before)), 0);
	KTEST_EXPECT_EQ(t, memcmp(data_site, data_before, sizeof(data_before)), 0);
}

/* The boot refused site i for lying outside the text: its bytes are not ours to read. */
static bool refused_outside_text(unsigned int i)
{
	return pvops_site_outcome(i).reason == PVOP_KEEP_OUTSIDE_TEXT;
}

/*
 * Sites the boot refused are checked for the refusal, never read: their
 * address may be data or nothing mapped at all (tests/refused-site/).
 */
static void every_site_matches_its_outcome(struct ktest *t)
{
	const struct pvop_site *s;
	unsigned int i = 0, mismatches = 0, refused = 0;
	struct pvop_patch_env env;

	KTEST_ASSERT_TRUE(t, __pvops_sites_end - __pvops_sites_start > 0);
	KTEST_EXPECT_EQ(t, pvops_patch_stats.sites, __pvops_sites_end - __pvops_sites_start);
	pvops_boot_patch_env(&env);
	for (s = __pvops_sites_start; s < __pvops_sites_end; s++, i++) {
		u8 want[PVOP_MAX_SITE_LEN];

		if (refused_outside_text(i)) {
			if (pvops_site_in_text(&env, pvop_site_addr(s), s->len))
				KTEST_FAIL(t, "site %u at %#lx was refused as outside the text, "
					   "but it is inside", i, pvop_site_addr(s));
			KTEST_EXPECT_EQ(t, pvops_site_outcome(i).kind, PVOP_PATCH_KEEP);
			refused++;
			continue;
		}
		pvops_site_expected(s, i, want);
		if (memcmp((const void *)pvop_site_addr(s), want, s->len)) {
			KTEST_FAIL(t, "site %#lx (slot %s) bytes differ from its outcome %s",
				   pvop_site_addr(s), pvops_slot_info(s->slot)->name,
				   pvops_patch_kind_name(pvops_site_outcomes[i].kind));
			mismatches++;
		}
	}
	KTEST_EXPECT_EQ(t, mismatches, 0);
	if (refused)
		printk("# patch: %u sites refused as outside the text, left unread\n", refused);
}

static void padding_is_one_instruction(struct ktest *t)
{
	const struct pvop_site *s;
	unsigned int i = 0;

	for (s = __pvops_sites_start; s < __pvops_sites_end; s++, i++) {
		const struct pvop_site_outcome *r = &pvops_site_outcomes[i];
		const u8 *pad = (const u8 *)pvop_site_addr(s) + r->insn_len;
		u8 nop[PVOP_MAX_SITE_LEN];
		unsigned int pad_len = s->len - r->insn_len;

		if (r->kind == PVOP_PATCH_KEEP || pad_len == 0)
			continue;
		pvops_fill_padding(nop, pad_len);
		KTEST_EXPECT_EQ(t, memcmp(pad, nop, pad_len), 0);
	}
}

static void mode_switches_apply_to_all_sites(struct ktest *t)
{
	const struct pvops_patch_stats *st = &pvops_patch_stats;

	if (pvops_nopatch_enabled())
		KTEST_EXPECT_EQ(t, st->by_kind[PVOP_PATCH_KEEP], st->sites);
	else if (pvops_poison_enabled())
		/* Jump sites never return, so they are patched as usual. */
		KTEST_EXPECT_EQ(t, st->by_kind[PVOP_PATCH_POISON] + st->kept_unsafe + st->jump_sites,
				st->sites);
	else
		KTEST_EXPECT_EQ(t, st->by_kind[PVOP_PATCH_POISON], 0);
}

/* The running backend's inline template for a slot, as the patcher finds it. */
static const struct pvop_template *backend_template(unsigned int slot)
{
	const struct pvop_template *tmpl;

	for (tmpl = __pvops_templates_start; tmpl < __pvops_templates_end; tmpl++)
		if (tmpl->slot == slot && tmpl->backend == machine_backend)
			return tmpl;
	return NULL;
}

/*
 * Every irq_disable site holds the backend's template (native: cli), then
 * padding that jumps over the rest of the site: one extra instruction.
 */
static void irq_disable_is_the_template(struct ktest *t)
{
	const struct pvop_template *tmpl = backend_template(PVOP_SLOT(irq.irq_disable));
	u8 want[PVOP_MAX_SITE_LEN];
	const struct pvop_site *s;
	unsigned int checked = 0, n;

	if (pvops_nopatch_enabled() || pvops_poison_enabled()) {
		ktest_skip(t, "sites are left indirect (pvops.nopatch or pvops.poison)");
		return;
	}
	if (!tmpl) {
		ktest_skip(t, "the backend has no irq_disable template");
		return;
	}
	KTEST_ASSERT_EQ(t, tmpl->reloc, PVOP_TEMPLATE_NO_RELOC);
	n = (unsigned int)(tmpl->end - tmpl->start);
	KTEST_ASSERT_TRUE(t, n <= PVOP_CALLEE_SITE_LEN);
	memcpy(want, tmpl->start, n);
	pvops_fill_padding(want + n, PVOP_CALLEE_SITE_LEN - n);
	for (s = __pvops_sites_start; s < __pvops_sites_end; s++) {
		if (s->slot != PVOP_SLOT(irq.irq_disable) ||
		    refused_outside_text(s - __pvops_sites_start))
			continue;
		KTEST_EXPECT_EQ(t, s->len, PVOP_CALLEE_SITE_LEN);
		KTEST_EXPECT_EQ(t, memcmp((const void *)pvop_site_addr(s), want, s->len), 0);
		checked++;
	}
	KTEST_EXPECT_GT(t, checked, 0);
}

static void clobber_mismatch_stays_indirect(struct ktest *t)
{
	unsigned long addr;
	unsigned int index = 0;
	const struct pvop_site *s;
	u8 original[PVOP_MAX_SITE_LEN];
	u64 before = sched_clock(), value;

	value = lying_narrow_site(&addr);
	KTEST_EXPECT_UGE(t, value, before);
	s = find_site(addr, &index);
	KTEST_ASSERT_TRUE(t, s != NULL);
	if (pvops_poison_enabled()) {
		/* Every site goes through the thunk; every_site_matches_... checks it. */
		KTEST_EXPECT_EQ(t, pvops_site_outcomes[index].kind, PVOP_PATCH_POISON);
		return;
	}
	pvops_site_original(original, s, addr, (unsigned long)&pv_ops);
	KTEST_EXPECT_EQ(t, memcmp((const void *)addr, original, s->len), 0);
	KTEST_EXPECT_EQ(t, pvops_site_outcomes[index].reason,
			pvops_nopatch_enabled() ? PVOP_KEEP_NOPATCH : PVOP_KEEP_CLOBBERS);
}

static void poison_catches_lying_mask(struct ktest *t)
{
	unsigned long kept = lying_wide_site();

	if (pvops_poison_enabled())
		KTEST_EXPECT_UEQ(t, kept, 0xdead000000000001ULL); /* CLBR_RCX is bit 1 */
	else
		KTEST_EXPECT_UEQ(t, kept, 0x1234);
}

unsigned long ktest_asm_save_fl(void);

static void asm_site_agrees_with_c_site(struct ktest *t)
{
	const struct pvop_site *s;
	unsigned int asm_sites = 0;
	unsigned long saved = local_save_flags();

	for (s = __pvops_sites_start; s < __pvops_sites_end; s++)
		if (s->flags & PVOP_SITE_F_ASM)
			asm_sites++;
	KTEST_EXPECT_GT(t, asm_sites, 0);
	local_irq_disable();
	KTEST_EXPECT_UEQ(t, ktest_asm_save_fl() & X86_EFLAGS_IF, 0);
	local_irq_enable();
	KTEST_EXPECT_UEQ(t, ktest_asm_save_fl() & X86_EFLAGS_IF, X86_EFLAGS_IF);
	local_irq_restore(saved);
}

static const struct ktest_case patch_cases[] = {
	KTEST_CASE(every_site_matches_its_outcome),
	KTEST_CASE(padding_is_one_instruction),
	KTEST_CASE(mode_switches_apply_to_all_sites),
	KTEST_CASE(irq_disable_is_the_template),
	KTEST_CASE(clobber_mismatch_stays_indirect),
	KTEST_CASE(poison_catches_lying_mask),
	KTEST_CASE(asm_site_agrees_with_c_site),
	KTEST_CASE(corrupt_records_are_refused),
};
KTEST_SUITE(patch, "patch", patch_cases);
