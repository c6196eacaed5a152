// SPDX-License-Identifier: GPL-2.0
/*
 * Applying the patches at boot: walk .pvops.sites once and rewrite each site.
 *
 * This runs right after the chosen backend's init() has filled the table
 * and before start_kernel(), on the only CPU, with interrupts still off
 * from the entry path, so no site can be executing while it is rewritten.
 * Each site is checked first: its bytes must lie wholly inside the kernel's
 * text (so a corrupt record can point the patcher neither at data nor
 * outside the image), the table must carry a known version and the bytes
 * must still be the indirect call the record describes; a site that fails
 * a check is counted and reported, never touched. The new
 * bytes are built whole in a buffer (pvops/core/patch.c), then copied over
 * the site in one go, and the CPU is serialized before any patched code
 * runs. The outcome of every site is kept, for pvops.report and for the
 * tests that compare each site's bytes with what was reported.
 */
#define pr_fmt(fmt) "pvops: " fmt

#include <kernel/cmdline.h>
#include <kernel/printk.h>
#include <kernel/sections.h>
#include <kernel/string.h>
#include <pvops/apply.h>
#include <pvops/install.h>
#include <pvops/ops.h>
#include <pvops/patch.h>
#include <pvops/pv_ops.h>

static bool opt_nopatch, opt_poison, opt_report;
KERNEL_PARAM_FLAG(nopatch, "pvops.nopatch", &opt_nopatch);
KERNEL_PARAM_FLAG(poison, "pvops.poison", &opt_poison);
KERNEL_PARAM_FLAG(report, "pvops.report", &opt_report);

struct pvops_patch_stats pvops_patch_stats;

/* What the kernel's boot handed pvops_install(): kept for the tests' patch_env and reports. */
static const struct pvops_backend *patched_for;
static pvops_symbolize_fn patch_symbolize;

struct pvop_patch_result pvops_site_outcome(unsigned int i)
{
	const struct pvop_site_outcome *o = &pvops_site_outcomes[i];

	return (struct pvop_patch_result){ .kind = o->kind, .reason = o->reason,
					   .insn_len = o->insn_len };
}

/*
 * pvops.nopatch leaves every site an indirect call, so there is nothing for
 * pvops.poison to route through its thunk: the pair is refused, poison is
 * dropped, and the word counts as rejected (returned: 1) so the boot says so.
 */
static int check_patch_options(void)
{
	if (!opt_nopatch || !opt_poison)
		return 0;
	pr_err("pvops.poison refused: pvops.nopatch leaves every site unpatched, so no "
	       "site can be poisoned; booting with pvops.nopatch alone\n");
	opt_poison = false;
	return 1;
}

bool pvops_poison_enabled(void)
{
	return opt_poison;
}

bool pvops_nopatch_enabled(void)
{
	return opt_nopatch;
}

static void text_poke_early(void *addr, const void *bytes, size_t len)
{
	memcpy(addr, bytes, len);
}

/* A serializing instruction, so no stale copy of the old bytes executes. */
static void sync_core(void)
{
	u32 eax = 0, ebx, ecx = 0, edx;

	__asm__ __volatile__("cpuid" : "+a"(eax), "=b"(ebx), "+c"(ecx), "=d"(edx) : : "memory");
}

static void report_site(const struct pvop_site *site, const struct pvop_patch_result *res)
{
	unsigned long addr = pvop_site_addr(site), offset;
	const struct pvop_slot_info *info = pvops_slot_info(site->slot);
	const char *sym = patch_symbolize(addr, &offset);
	char bytes[3 * PVOP_MAX_SITE_LEN + 1] = "";
	size_t i, n = 0;

	/* A site refused for lying outside the text is not read even to show it: []. */
	if (res->reason != PVOP_KEEP_OUTSIDE_TEXT)
		for (i = 0; i < site->len && i < PVOP_MAX_SITE_LEN; i++)
			n += snprintf(bytes + n, sizeof(bytes) - n, "%s%02x", i ? " " : "",
				      ((const u8 *)addr)[i]);
	printk("pvops: site %#lx %s+%#lx %s len %u clbr 0x%03x -> %s%s%s [%s]\n", addr,
	       sym ? sym : "?", sym ? offset : 0, info ? info->name : "?", site->len,
	       site->clobbers, pvops_patch_kind_name(res->kind), res->reason ? ": " : "",
	       pvops_keep_reason_name(res->reason), bytes);
}

static bool site_is_pristine(const struct pvop_site *site, unsigned long addr)
{
	u8 expect[PVOP_MAX_SITE_LEN];

	if (site->len < PVOP_SITE_MIN_LEN || site->len > PVOP_MAX_SITE_LEN ||
	    site->slot >= PVOP_NR_SLOTS)
		return false;
	pvops_site_original(expect, site, addr, (unsigned long)&pv_ops);
	return !memcmp((const void *)addr, expect, site->len);
}

void pvops_boot_patch_env(struct pvop_patch_env *env)
{
	*env = (struct pvop_patch_env){
		.table = (const void *const *)&pv_ops,
		.nr_slots = PVOP_NR_SLOTS,
		.nop_target = (const void *)pvops_nop,
		.ident_target = (const void *)pvops_ident,
		.backend = patched_for,
		.templates = __pvops_templates_start,
		.nr_templates = __pvops_templates_end - __pvops_templates_start,
		.poison_thunk = opt_poison ? (const void *)pvops_poison_thunk : NULL,
		.text_start = (unsigned long)__text_start,
		.text_end = (unsigned long)__text_end,
	};
}

void pvops_apply_site(const struct pvop_patch_env *env, const struct pvop_site *site,
		      unsigned int index, struct pvop_patch_result *res)
{
	unsigned long addr = pvop_site_addr(site);
	u8 buf[PVOP_MAX_SITE_LEN];

	/* Checked first: a record that lies must not make us read, let alone write. */
	if (!pvops_site_in_text(env, addr, site->len)) {
		*res = (struct pvop_patch_result){ .kind = PVOP_PATCH_KEEP,
						   .reason = PVOP_KEEP_OUTSIDE_TEXT };
		pr_err("refused site %u (record at %#lx, slot %u, len %u): bytes %#lx..%#lx "
		       "are not inside the kernel text %#lx..%#lx; left alone\n",
		       index, (unsigned long)site, site->slot, site->len, addr, addr + site->len,
		       env->text_start, env->text_end);
	} else if (!site_is_pristine(site, addr)) {
		*res = (struct pvop_patch_result){ .kind = PVOP_PATCH_KEEP,
						   .reason = PVOP_KEEP_BAD_RECORD };
		pr_err("site %u at %#lx: record does not match the code there; left alone\n", index,
		       addr);
	} else if (opt_nopatch) {
		*res = (struct pvop_patch_result){ .kind = PVOP_PATCH_KEEP,
						   .reason = PVOP_KEEP_NOPATCH };
	} else if (pvops_patch_site(env, site, addr, buf, res)) {
		text_poke_early((void *)addr, buf, site->len);
	}
}

int pvops_apply_patches(const struct pvops_backend *backend, pvops_symbolize_fn symbolize)
{
	const struct pvops_sites_header *hdr = __pvops_sites_header;
	const struct pvop_site *site;
	struct pvops_patch_stats *st = &pvops_patch_stats;
	struct pvop_patch_env env;
	unsigned int i = 0;
	int refused;

	patched_for = backend;
	patch_symbolize = symbolize;
	refused = check_patch_options();
	pvops_boot_patch_env(&env);
	/* Entry paths start with interrupts (events) off; nothing may run a site now. */
	if (!irqs_disabled())
		panic("asked to patch call sites with interrupts enabled");
	if (hdr->magic != PVOP_SITES_MAGIC || hdr->version != PVOP_SITES_VERSION ||
	    hdr->record_size != PVOP_SITE_RECORD_SIZE)
		panic("call-site table header is magic %#x version %u record size %u; "
		      "this kernel expects %#x, %u, %u",
		      hdr->magic, hdr->version, hdr->record_size, PVOP_SITES_MAGIC,
		      PVOP_SITES_VERSION, PVOP_SITE_RECORD_SIZE);

	*st = (struct pvops_patch_stats){ 0 };
	for (site = __pvops_sites_start; site < __pvops_sites_end; site++, i++) {
		struct pvop_patch_result res;

		st->sites++;
		if (site->flags & PVOP_SITE_F_JMP)
			st->jump_sites++;
		pvops_apply_site(&env, site, i, &res);
		pvops_site_outcomes[i] = (struct pvop_site_outcome){
			.kind = res.kind, .reason = res.reason, .insn_len = res.insn_len
		};
		st->by_kind[res.kind]++;
		if (res.kind == PVOP_PATCH_KEEP && res.reason != PVOP_KEEP_NOPATCH)
			st->kept_unsafe++;
	}
	sync_core();

	if (opt_report)
		for (i = 0, site = __pvops_sites_start; site < __pvops_sites_end; site++, i++) {
			struct pvop_patch_result res = pvops_site_outcome(i);

			report_site(site, &res);
		}
	pr_info("patched %u call sites for %s%s: %u inline, %u call, %u jmp, %u nop, %u ident, "
		"%u ud2, %u poison, %u kept (%u could not be patched safely)\n",
		st->sites, backend->name, opt_nopatch ? " (pvops.nopatch)" : "",
		st->by_kind[PVOP_PATCH_INLINE], st->by_kind[PVOP_PATCH_CALL],
		st->by_kind[PVOP_PATCH_JMP], st->by_kind[PVOP_PATCH_NOP],
		st->by_kind[PVOP_PATCH_IDENT], st->by_kind[PVOP_PATCH_UD2],
		st->by_kind[PVOP_PATCH_POISON], st->by_kind[PVOP_PATCH_KEEP], st->kept_unsafe);
	return refused;
}

void pvops_site_expected(const struct pvop_site *site, unsigned int index, u8 *buf)
{
	struct pvop_patch_result o = pvops_site_outcome(index), res;
	unsigned long addr = pvop_site_addr(site);
	struct pvop_patch_env env;

	pvops_boot_patch_env(&env);
	if (o.kind == PVOP_PATCH_KEEP || !pvops_patch_site(&env, site, addr, buf, &res))
		pvops_site_original(buf, site, addr, (unsigned long)&pv_ops);
}

unsigned int pvops_sites_unlike_outcome(void)
{
	const struct pvop_site *s;
	unsigned int i = 0, unlike = 0;

	for (s = __pvops_sites_start; s < __pvops_sites_end; s++, i++) {
		u8 want[PVOP_MAX_SITE_LEN];

		if (pvops_site_outcome(i).reason == PVOP_KEEP_OUTSIDE_TEXT)
			continue; /* refused at boot, never read */
		pvops_site_expected(s, i, want);
		if (memcmp((const void *)pvop_site_addr(s), want, s->len))
			unlike++;
	}
	return unlike;
}
