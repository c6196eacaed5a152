// SPDX-License-Identifier: GPL-2.0
/*
 * patchcheck show: every call site, and what a backend's boot makes of it.
 *
 * Without --backend this lists each site's place, slot, length, clobbers
 * and original code. With --backend NAME it rebuilds, on the host, the
 * exact inputs the kernel's patcher gets at boot: the backend's constant
 * ops table and its templates are read from the image (they are data for
 * this reason), pvops_nop and pvops_ident by symbol, and the decision is
 * pvops_patch_site() from pvops/core/patch.c, linked in unchanged. Template
 * bytes stay where they are in the file; env.template_delta points the
 * patcher at them, and a template whose bytes are not in the image is
 * dropped with a message rather than read. The one step of apply.c that is
 * not in patch.c, refusing a site whose bytes do not match its record, is
 * the same three comparisons here, made as boot makes them: in table order,
 * on the bytes each site holds by then, so a record that repeats or
 * overlaps an earlier site sees what that site became (and is kept, as at
 * boot). --report prints what pvops.report prints on the console, line for
 * line and after the whole walk, so the two can be compared as text.
 */
#include <stdlib.h>
#include <string.h>

#include <pvops/apply.h>
#include <pvops/backend.h>
#include <pvops/pv_ops.h>

#include "patchcheck.h"

struct backend_env {
	const char *name;
	u64 addr; /* of its struct pvops_backend in the image: what templates point at */
	const void *table[PVOP_NR_SLOTS];
	struct pvop_template *templates;
	size_t nr_templates;
	struct pvop_patch_env env;
};

void *pc_read_array(const struct pc_image *img, const char *what, const char *start_sym,
			const char *end_sym, size_t sz, size_t *count)
{
	const struct pc_symbol *s = pc_find_symbol(img, start_sym);
	const struct pc_symbol *e = pc_find_symbol(img, end_sym);
	const u8 *bytes;
	void *out;

	*count = 0;
	if (!s || !e) {
		pc_input_error(img, "no %s/%s symbols: cannot find the %s", start_sym, end_sym,
			       what);
		return NULL;
	}
	if (e->value < s->value || (e->value - s->value) % sz) {
		pc_input_error(img,
			       "%s spans %#llx..%#llx, not a whole number of %zu-byte "
			       "records",
			       what, (unsigned long long)s->value, (unsigned long long)e->value,
			       sz);
		return NULL;
	}
	*count = (e->value - s->value) / sz;
	bytes = *count ? pc_bytes_at(img, s->value, e->value - s->value) : NULL;
	if (*count && !bytes) {
		pc_input_error(img, "%s at %#llx..%#llx is not in the image's data", what,
			       (unsigned long long)s->value, (unsigned long long)e->value);
		return NULL;
	}
	out = malloc(*count ? *count * sz : 1);
	if (!out) {
		pc_input_error(img, "out of memory for %zu %s records", *count, what);
		return NULL;
	}
	if (*count)
		memcpy(out, bytes, *count * sz);
	return out;
}

static u64 ptr_value(const void *p)
{
	return (u64)(uintptr_t)p;
}

size_t pc_backend_names(const struct pc_image *img, const char **names, size_t max)
{
	struct pvops_backend *backends;
	size_t n, i, found = 0;

	backends = pc_read_array(img, "backend registrations", "__pvops_backends_start",
				 "__pvops_backends_end", sizeof(*backends), &n);
	if (!backends)
		return 0;
	for (i = 0; i < n && found < max; i++) {
		const char *bname = pc_string_at(img, ptr_value(backends[i].name));

		if (bname)
			names[found++] = bname;
	}
	free(backends);
	return found;
}

static bool load_backend(const struct pc_image *img, const char *name, struct backend_env *be)
{
	struct pvops_backend *backends;
	const struct pvops_backend *b = NULL;
	char names[512] = "";
	size_t n, i, len = 0;
	const u8 *ops;

	backends = pc_read_array(img, "backend registrations", "__pvops_backends_start",
			      "__pvops_backends_end", sizeof(*backends), &n);
	if (!backends)
		return false;
	for (i = 0; i < n; i++) {
		const char *bname = pc_string_at(img, ptr_value(backends[i].name));

		if (!bname)
			bname = "(unreadable name)";
		else if (!strcmp(bname, name) && !b)
			b = &backends[i];
		if (len < sizeof(names))
			len += (size_t)snprintf(names + len, sizeof(names) - len, "%s%s",
						i ? ", " : "", bname);
	}
	if (!b) {
		pc_input_error(img, "no backend '%s' is built in (built in: %s)", name,
			       n ? names : "none");
		free(backends);
		return false;
	}
	be->name = name;
	be->addr = pc_find_symbol(img, "__pvops_backends_start")->value +
		   (u64)(b - backends) * sizeof(*backends);
	ops = b->ops ? pc_bytes_at(img, ptr_value(b->ops), sizeof(struct pv_ops)) : NULL;
	if (!ops) {
		pc_input_error(img,
			       "backend %s has %s, so it has nothing to patch with (the kernel "
			       "panics if it is ever chosen)",
			       name,
			       b->ops ? "an ops table outside the image's data" : "no ops table");
		free(backends);
		return false;
	}
	memcpy(be->table, ops, sizeof(be->table));
	free(backends);
	return true;
}

/*
 * The templates the patcher may use: every record whose backend name and
 * bytes can be read. Names become host strings; start and end stay link
 * addresses, read through one template_delta, as patch.c expects.
 */
static bool load_templates(const struct pc_image *img, struct backend_env *be)
{
	struct pvop_template *t;
	size_t n, i, kept = 0;
	bool have_delta = false;
	long delta = 0;

	t = pc_read_array(img, "inline templates", "__pvops_templates_start", "__pvops_templates_end",
		       sizeof(*t), &n);
	if (!t)
		return false;
	for (i = 0; i < n; i++) {
		u64 start = ptr_value(t[i].start), end = ptr_value(t[i].end);
		const u8 *bytes = end >= start ? pc_bytes_at(img, start, end - start) : NULL;

		if (!bytes ||
		    (have_delta && bytes != (const u8 *)(uintptr_t)start + delta)) {
			fprintf(img->err,
				"patchcheck: %s: template %zu (slot %s) is not readable "
				"in the image; the patcher here ignores it\n",
				img->name, i,
				pvops_slot_info(t[i].slot) ? pvops_slot_info(t[i].slot)->name
							   : "?");
			continue;
		}
		if (!have_delta) {
			delta = (long)((uintptr_t)bytes - (uintptr_t)start);
			have_delta = true;
		}
		t[kept++] = t[i];
	}
	be->templates = t;
	be->nr_templates = kept;
	be->env.template_delta = delta;
	return true;
}

static const void *symbol_ptr(const struct pc_image *img, const char *name)
{
	const struct pc_symbol *s = pc_find_symbol(img, name);

	return s ? (const void *)(uintptr_t)s->value : NULL;
}

static bool setup_backend(const struct pc_image *img, const char *name, struct backend_env *be)
{
	*be = (struct backend_env){0};
	if (!load_backend(img, name, be) || !load_templates(img, be))
		return false;
	be->env.table = be->table;
	be->env.nr_slots = PVOP_NR_SLOTS;
	be->env.nop_target = symbol_ptr(img, "pvops_nop");
	be->env.ident_target = symbol_ptr(img, "pvops_ident");
	/* As the kernel matches them: a template whose record points at this backend. */
	be->env.backend = (const struct pvops_backend *)(uintptr_t)be->addr;
	be->env.templates = be->templates;
	be->env.nr_templates = be->nr_templates;
	be->env.text_start = (unsigned long)symbol_ptr(img, "__text_start");
	be->env.text_end = (unsigned long)symbol_ptr(img, "__text_end");
	return true;
}

/* apply.c's site_is_pristine(): the patcher touches only sites that match their record. */
static bool site_is_pristine(const struct pc_image *img, const struct pc_site *s, const u8 *code)
{
	u8 want[PVOP_MAX_SITE_LEN];

	if (!code || s->rec.len < PVOP_SITE_MIN_LEN || s->rec.len > PVOP_MAX_SITE_LEN ||
	    s->rec.slot >= PVOP_NR_SLOTS)
		return false;
	pvops_site_original(want, &s->rec, s->addr, img->pv_ops->value);
	return !memcmp(code, want, s->rec.len);
}

/* What boot did to one site, in table order. */
struct outcome {
	struct pvop_patch_result res;
	bool written; /* the site's bytes were rewritten with bytes[] */
	u8 bytes[PVOP_MAX_SITE_LEN];
};

static unsigned int site_len(const struct pc_site *s)
{
	/* A record may claim any length; the patcher, and this copy, stop at its maximum. */
	return s->rec.len < PVOP_MAX_SITE_LEN ? s->rec.len : PVOP_MAX_SITE_LEN;
}

/*
 * The bytes at a site once the first upto sites have been patched, or NULL
 * if they are not in the image: a site that overlaps (or repeats) an
 * earlier one sees what the earlier one wrote, as at boot.
 */
static const u8 *bytes_after(const struct pc_image *img, const struct outcome *outs,
			     size_t upto, const struct pc_site *s, u8 *buf)
{
	unsigned int len = site_len(s);
	const u8 *orig = len ? pc_bytes_at(img, s->addr, len) : NULL;
	size_t j;

	if (!orig)
		return NULL;
	memcpy(buf, orig, len);
	for (j = 0; j < upto; j++) {
		const struct pc_site *w = &img->sites[j];
		u64 from, to, k;

		if (!outs[j].written)
			continue;
		from = w->addr > s->addr ? w->addr : s->addr;
		to = w->addr + site_len(w) < s->addr + len ? w->addr + site_len(w) : s->addr + len;
		for (k = from; k < to; k++)
			buf[k - s->addr] = outs[j].bytes[k - w->addr];
	}
	return buf;
}

/* Boot's walk over the table (apply.c): each site judged on the bytes it then holds. */
static void patch_all(const struct pc_image *img, const struct backend_env *be,
		      struct outcome *outs)
{
	size_t i;

	for (i = 0; i < img->nr_sites; i++) {
		const struct pc_site *s = &img->sites[i];
		struct outcome *o = &outs[i];
		const u8 *code = bytes_after(img, outs, i, s, o->bytes);

		if (!pvops_site_in_text(&be->env, s->addr, s->rec.len))
			o->res = (struct pvop_patch_result){ .kind = PVOP_PATCH_KEEP,
							     .reason = PVOP_KEEP_OUTSIDE_TEXT };
		else if (!site_is_pristine(img, s, code))
			o->res = (struct pvop_patch_result){ .kind = PVOP_PATCH_KEEP,
							     .reason = PVOP_KEEP_BAD_RECORD };
		else
			o->written = pvops_patch_site(&be->env, &s->rec, s->addr, o->bytes,
						      &o->res);
	}
}

static void clobber_names(u16 mask, char *buf, size_t size)
{
	static const char *const regs[] = {"rax", "rcx", "rdx", "rsi", "rdi",
					   "r8",  "r9",	 "r10", "r11"};
	size_t i, n = 0;

	buf[0] = '\0';
	for (i = 0; i < ARRAY_SIZE(regs); i++)
		if (mask & (1U << i))
			n += (size_t)snprintf(buf + n, size - n, "%s%s", n ? " " : "", regs[i]);
	if (mask & ~CLBR_VALID_MASK)
		snprintf(buf + n, size - n, "%sinvalid %#x", n ? " " : "", mask & ~CLBR_VALID_MASK);
	else if (!n)
		snprintf(buf, size, "none");
}

static void show_site(const struct pc_image *img, const struct backend_env *be,
		      const struct outcome *o, size_t i)
{
	const struct pc_site *s = &img->sites[i];
	const struct pvop_slot_info *info = pvops_slot_info(s->rec.slot);
	const u8 *code = s->rec.len ? pc_bytes_at(img, s->addr, s->rec.len) : NULL;
	char where[160], clobbers[64], hex[3 * PVOP_MAX_SITE_LEN + 1];

	pc_format_location(img, s->addr, where, sizeof(where));
	clobber_names(s->rec.clobbers, clobbers, sizeof(clobbers));
	fprintf(img->out, "site %zu %#llx %s %s len %u clbr %#05x (%s)%s\n", i,
		(unsigned long long)s->addr, where, info ? info->name : "no-such-slot", s->rec.len,
		s->rec.clobbers, clobbers, s->rec.flags & PVOP_SITE_F_ASM ? " asm" : "");
	if (!code) {
		fprintf(img->out, "    (its bytes are not in the image)\n");
		return;
	}
	pc_print_disasm(img, code, s->rec.len, s->addr, "    ");
	if (be) {
		pc_hex(o->bytes, site_len(s), hex, sizeof(hex));
		fprintf(img->out, "  %s -> %s%s%s [%s]\n", be->name,
			pvops_patch_kind_name(o->res.kind), o->res.reason ? ": " : "",
			pvops_keep_reason_name(o->res.reason), hex);
		if (o->res.kind != PVOP_PATCH_KEEP)
			pc_print_disasm(img, o->bytes, site_len(s), s->addr, "    ");
	}
}

/* The kernel's pvops.report line for one site (apply.c: report_site()). */
static void report_site(const struct pc_image *img, const struct outcome *outs, size_t i,
			struct pvops_patch_stats *st)
{
	const struct pc_site *s = &img->sites[i];
	const struct pvop_slot_info *info = pvops_slot_info(s->rec.slot);
	struct pvop_patch_result res = outs[i].res;
	char hex[3 * PVOP_MAX_SITE_LEN + 1];
	u8 buf[PVOP_MAX_SITE_LEN];
	/*
	 * pvops.report prints after the whole walk: what every site left there,
	 * but nothing of a site refused as outside the text, which it never reads.
	 */
	const u8 *bytes = res.reason == PVOP_KEEP_OUTSIDE_TEXT
				  ? NULL
				  : bytes_after(img, outs, img->nr_sites, s, buf);
	u64 off = 0;
	const char *sym = pc_symbolize(img, s->addr, &off);

	st->sites++;
	st->by_kind[res.kind]++;
	if (res.kind == PVOP_PATCH_KEEP && res.reason != PVOP_KEEP_NOPATCH)
		st->kept_unsafe++;
	pc_hex(bytes, bytes ? site_len(s) : 0, hex, sizeof(hex));
	fprintf(img->out, "pvops: site %#llx %s+%#llx %s len %u clbr 0x%03x -> %s%s%s [%s]\n",
		(unsigned long long)s->addr, sym ? sym : "?", sym ? (unsigned long long)off : 0,
		info ? info->name : "?", s->rec.len, s->rec.clobbers,
		pvops_patch_kind_name(res.kind), res.reason ? ": " : "",
		pvops_keep_reason_name(res.reason), hex);
}

int pc_show(struct pc_image *img, const char *backend, bool report)
{
	struct backend_env be;
	struct pvops_patch_stats st = {0};
	struct outcome *outs;
	size_t i;

	if (!img->has_pvops) {
		pc_input_error(img, "no pv_ops table and no .pvops.sites: a CONFIG_PVOPS=n image "
				    "has no call sites to show");
		return PC_EXIT_INPUT;
	}
	if (backend && !setup_backend(img, backend, &be)) {
		free(be.templates);
		return PC_EXIT_INPUT;
	}
	outs = calloc(img->nr_sites ? img->nr_sites : 1, sizeof(*outs));
	if (!outs) {
		pc_input_error(img, "out of memory for %zu call sites", img->nr_sites);
		if (backend)
			free(be.templates);
		return PC_EXIT_INPUT;
	}
	if (backend)
		patch_all(img, &be, outs);
	if (!report)
		fprintf(img->out,
			"%s: %zu call sites, format version %u; pv_ops at %#llx, %zu "
			"slots%s%s\n",
			img->name, img->nr_sites, img->header.version,
			(unsigned long long)img->pv_ops->value, (size_t)PVOP_NR_SLOTS,
			backend ? "; patched as for backend " : "", backend ? backend : "");
	for (i = 0; i < img->nr_sites; i++) {
		if (report)
			report_site(img, outs, i, &st);
		else
			show_site(img, backend ? &be : NULL, &outs[i], i);
	}
	if (report)
		fprintf(img->out,
			"pvops: patched %u call sites for %s: %u inline, %u call, %u jmp, "
			"%u nop, %u ident, %u ud2, %u poison, %u kept (%u could not be "
			"patched safely)\n",
			st.sites, backend, st.by_kind[PVOP_PATCH_INLINE],
			st.by_kind[PVOP_PATCH_CALL], st.by_kind[PVOP_PATCH_JMP],
			st.by_kind[PVOP_PATCH_NOP],
			st.by_kind[PVOP_PATCH_IDENT], st.by_kind[PVOP_PATCH_UD2],
			st.by_kind[PVOP_PATCH_POISON], st.by_kind[PVOP_PATCH_KEEP], st.kept_unsafe);
	if (backend)
		free(be.templates);
	free(outs);
	return PC_EXIT_OK;
}
