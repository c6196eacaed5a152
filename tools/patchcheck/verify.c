// SPDX-License-Identifier: GPL-2.0
/*
 * patchcheck verify: is the call-site table of an image something the
 * patcher can trust, and does the code keep the pv_ops promise?
 *
 * The kernel's patcher checks a site's bytes before it rewrites them and
 * quietly leaves a mismatch alone; this pass finds the same faults at build
 * time and names them, one line per fault with the site's index, address,
 * function and slot, so the build stops on the first image that would boot
 * with a site silently unpatched. It then sweeps every executable section
 * with capstone, restarting at each symbol and site so data or padding
 * cannot shift the decoding for long, and checks the two things no compiler
 * can: every indirect call through pv_ops has a record (else the patcher
 * never sees it), and no privileged instruction sits outside the folders
 * that declared its class with PVOPS_ALLOW_PRIVILEGED (else some path
 * bypasses pv_ops and traps under Xen). The templates are decoded too: the
 * patcher trusts each one's clobber mask, so the registers its bytes write
 * must be in it. Which
 * source file owns an address comes from DWARF compile units, not symbol
 * names, because inline asm and static inline helpers leave no name of
 * their own. Core may call through the table unrecorded: it owns it, and
 * does so only before patching (the interrupt-flag check in apply.c).
 */
#define _GNU_SOURCE
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include <gelf.h>

#include <pvops/privileged.h>
#include <pvops/pv_ops.h>
#include <pvops/template.h>
#include <x86/opcodes.h>

#include "patchcheck.h"

/* The longest instruction x86 decodes (Intel SDM vol. 2, 2.3.11). */
#define X86_MAX_INSN_LEN 15

struct verify {
	struct pc_image *img;
	unsigned int findings;
	u64 *site_addrs; /* sorted, for the sweep */
	u64 *starts;	 /* every instruction the sweep decoded, for the boundary check */
	size_t nr_starts, cap_starts;
	unsigned int calls, recorded_calls, privileged;
};

static void __printf(3, 4) site_finding(struct verify *v, size_t i, const char *fmt, ...)
{
	const struct pc_site *s = &v->img->sites[i];
	const struct pvop_slot_info *info = pvops_slot_info(s->rec.slot);
	char where[160];
	va_list ap;

	pc_format_location(v->img, s->addr, where, sizeof(where));
	fprintf(v->img->out, "%s: site %zu at %#llx (%s, %s): ", v->img->name, i,
		(unsigned long long)s->addr, where, info ? info->name : "no such slot");
	va_start(ap, fmt);
	vfprintf(v->img->out, fmt, ap);
	va_end(ap);
	fputc('\n', v->img->out);
	v->findings++;
}

static void __printf(2, 3) finding(struct verify *v, const char *fmt, ...)
{
	va_list ap;

	fprintf(v->img->out, "%s: ", v->img->name);
	va_start(ap, fmt);
	vfprintf(v->img->out, fmt, ap);
	va_end(ap);
	fputc('\n', v->img->out);
	v->findings++;
}

static const char *slot_name(unsigned int slot)
{
	const struct pvop_slot_info *info = pvops_slot_info(slot);

	return info ? info->name : "no such slot";
}

/* The record's own fields; false if the site's bytes cannot be judged. */
static bool check_record(struct verify *v, size_t i)
{
	const struct pvop_site *r = &v->img->sites[i].rec;
	const struct pvop_slot_info *info = pvops_slot_info(r->slot);
	bool usable = true;

	if (r->flags & ~PVOP_SITE_F_VALID_MASK)
		site_finding(v, i, "flags %#x have bits %#x that format version %u does not define",
			     r->flags, r->flags & ~PVOP_SITE_F_VALID_MASK, PVOP_SITES_VERSION);
	if (r->reserved)
		site_finding(v, i, "reserved field is %#x; it must be zero", r->reserved);
	if (!info) {
		site_finding(v, i,
			     "slot %u does not exist (struct pv_ops has %zu slots, "
			     "pvops/core/slots.c names them)",
			     r->slot, (size_t)PVOP_NR_SLOTS);
		usable = false;
	}
	if (r->clobbers & ~CLBR_VALID_MASK)
		site_finding(v, i,
			     "clobber mask %#05x has bits %#x beyond the caller-saved "
			     "registers (%#05x)",
			     r->clobbers, r->clobbers & ~CLBR_VALID_MASK, CLBR_VALID_MASK);
	else if (info && info->returns_value && !(r->clobbers & CLBR_RET_REG))
		site_finding(v, i,
			     "slot %s returns its result in %%rax, but clobber mask %#05x "
			     "does not include %%rax",
			     info->name, r->clobbers);
	if (r->len < PVOP_SITE_MIN_LEN) {
		site_finding(v, i,
			     "length %u is shorter than the %u-byte indirect call a site "
			     "holds",
			     r->len, PVOP_SITE_MIN_LEN);
		usable = false;
	} else if (r->len > PVOP_MAX_SITE_LEN) {
		site_finding(v, i, "length %u is longer than the %u bytes the patcher handles",
			     r->len, PVOP_MAX_SITE_LEN);
		usable = false;
	}
	return usable;
}

static bool check_section(struct verify *v, size_t i)
{
	const struct pc_site *s = &v->img->sites[i];
	const struct pc_section *sec = pc_section_at(v->img, s->addr, s->rec.len);

	if (sec && sec->data && (sec->flags & SHF_EXECINSTR))
		return true;
	if (sec && (sec->flags & SHF_EXECINSTR))
		site_finding(v, i,
			     "lies in %s, an executable section with no bytes in the file "
			     "(SHT_NOBITS): there is no code to patch",
			     sec->name);
	else if (sec)
		site_finding(v, i, "lies in %s, which is not an executable section", sec->name);
	else
		site_finding(v, i, "bytes %#llx..%#llx are not inside any one section of the image",
			     (unsigned long long)s->addr,
			     (unsigned long long)(s->addr + s->rec.len));
	return false;
}

/* The original bytes must be exactly what pvops_site_original() builds. */
static void check_bytes(struct verify *v, size_t i)
{
	const struct pc_image *img = v->img;
	const struct pc_site *s = &img->sites[i];
	const u8 *code = pc_bytes_at(img, s->addr, s->rec.len);
	u8 want[PVOP_MAX_SITE_LEN];
	char got_hex[3 * PVOP_MAX_SITE_LEN + 1], want_hex[3 * PVOP_MAX_SITE_LEN + 1];
	u64 target, off, slot;
	cs_insn *insn;
	size_t n = pc_disasm(img, code, s->rec.len, s->addr, &insn);

	if (!n) {
		pc_hex(code, PVOP_SITE_MIN_LEN, got_hex, sizeof(got_hex));
		site_finding(v, i, "bytes %s do not decode as an instruction", got_hex);
		return;
	}
	if (insn[0].id != (s->rec.flags & PVOP_SITE_F_JMP ? X86_INS_JMP : X86_INS_CALL) ||
	    !pc_mem_target(&insn[0], &target) ||
	    insn[0].detail->x86.operands[0].mem.base != X86_REG_RIP) {
		site_finding(v, i, "starts with '%s %s', not an indirect %s through pv_ops",
			     insn[0].mnemonic, insn[0].op_str,
			     s->rec.flags & PVOP_SITE_F_JMP ? "jump" : "call");
		goto out;
	}
	off = target - img->pv_ops->value;
	if (target < img->pv_ops->value || off >= img->pv_ops->size) {
		site_finding(v, i, "calls through %#llx, outside pv_ops (%#llx..%#llx)",
			     (unsigned long long)target, (unsigned long long)img->pv_ops->value,
			     (unsigned long long)(img->pv_ops->value + img->pv_ops->size));
		goto out;
	}
	if (off % sizeof(void *)) {
		site_finding(v, i, "calls through pv_ops+%#llx, which is not the start of a slot",
			     (unsigned long long)off);
		goto out;
	}
	slot = off / sizeof(void *);
	if (slot != s->rec.slot) {
		site_finding(v, i,
			     "calls through slot %llu (%s), but its record names slot %u (%s)",
			     (unsigned long long)slot, slot_name((unsigned int)slot), s->rec.slot,
			     slot_name(s->rec.slot));
		goto out;
	}
	pvops_site_original(want, &s->rec, s->addr, img->pv_ops->value);
	if (memcmp(code, want, s->rec.len)) {
		pc_hex(code, s->rec.len, got_hex, sizeof(got_hex));
		pc_hex(want, s->rec.len, want_hex, sizeof(want_hex));
		site_finding(v, i, "bytes are %s; a %u-byte site must be %s", got_hex, s->rec.len,
			     want_hex);
	}
out:
	cs_free(insn, n);
}

static int u64_cmp(const void *a, const void *b)
{
	u64 x = *(const u64 *)a, y = *(const u64 *)b;

	return x < y ? -1 : x > y;
}

static int site_index_cmp(const void *a, const void *b, void *arg)
{
	const struct pc_site *sites = arg;
	const struct pc_site *x = &sites[*(const size_t *)a], *y = &sites[*(const size_t *)b];

	if (x->addr != y->addr)
		return x->addr < y->addr ? -1 : 1;
	return *(const size_t *)a < *(const size_t *)b ? -1 : 1;
}

/* Reported once per pair, on the later site, naming the earlier one. */
static void check_overlaps(struct verify *v, const size_t *order)
{
	const struct pc_site *sites = v->img->sites;
	size_t k, reach = 0;

	for (k = 1; k < v->img->nr_sites; k++) {
		const struct pc_site *prev, *cur = &sites[order[k]];

		if (sites[order[k - 1]].addr + sites[order[k - 1]].rec.len >
		    sites[order[reach]].addr + sites[order[reach]].rec.len)
			reach = k - 1;
		prev = &sites[order[reach]];
		if (prev->addr + prev->rec.len > cur->addr)
			site_finding(v, order[k], "overlaps site %zu at %#llx (%u bytes)",
				     order[reach], (unsigned long long)prev->addr, prev->rec.len);
	}
}

static bool is_site(const struct verify *v, u64 addr)
{
	return bsearch(&addr, v->site_addrs, v->img->nr_sites, sizeof(u64), u64_cmp) != NULL;
}

/*
 * Who may touch pv_ops other than through a recorded site: core, which owns
 * the table. boot.c installs it (one struct copy), pv_ops.c answers whether
 * a slot is filled, poison.c finds the slot a poisoned site stands in for.
 * Anything else reading the table bypasses the patcher. Taking its address
 * (lea, an immediate) is no read and is not reported: the patcher and the
 * patch suite need the address to rebuild a site's original bytes.
 */
static const char *const pvops_owners[] = {"pvops/core/install.c", "pvops/core/pv_ops.c",
					   "pvops/core/poison.c"};

static bool owner_in(const char *owner, const char *const *list, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++)
		if (pc_path_under(owner, list[i]))
			return true;
	return false;
}

static void list_of(const char *const *list, size_t n, char *buf, size_t size)
{
	size_t i, len = 0;

	buf[0] = '\0';
	for (i = 0; i < n && len < size; i++)
		len += (size_t)snprintf(buf + len, size - len, "%s%s", i ? ", " : "", list[i]);
}

static bool in_pvops(const struct pc_image *img, u64 addr)
{
	return addr >= img->pv_ops->value && addr - img->pv_ops->value < img->pv_ops->size;
}

/*
 * The pv_ops address an instruction reads or writes, if any: a %rip-relative
 * or absolute memory operand, an index register allowed (a table walk is a
 * read too). lea only computes an address.
 */
static bool pvops_operand(const struct pc_image *img, const cs_insn *insn, u64 *target,
			  bool *indexed)
{
	const cs_x86 *x = &insn->detail->x86;
	int i;

	if (insn->id == X86_INS_LEA)
		return false;
	for (i = 0; i < x->op_count; i++) {
		const cs_x86_op *op = &x->operands[i];

		if (op->type != X86_OP_MEM || op->mem.segment != X86_REG_INVALID ||
		    (op->mem.base != X86_REG_RIP && op->mem.base != X86_REG_INVALID))
			continue;
		*target = (u64)op->mem.disp;
		if (op->mem.base == X86_REG_RIP)
			*target += insn->address + insn->size;
		*indexed = op->mem.index != X86_REG_INVALID;
		if (in_pvops(img, *target))
			return true;
	}
	return false;
}

static void check_pvops_use(struct verify *v, const cs_insn *insn, const char *owner)
{
	const struct pc_image *img = v->img;
	bool branch = insn->id == X86_INS_CALL || insn->id == X86_INS_JMP, indexed;
	char where[160], owners[160];
	u64 target, off;

	if (!pvops_operand(img, insn, &target, &indexed))
		return;
	off = target - img->pv_ops->value;
	if (branch && !indexed) {
		v->calls++;
		if (is_site(v, insn->address)) {
			v->recorded_calls++;
			return;
		}
	}
	if (owner_in(owner, pvops_owners, ARRAY_SIZE(pvops_owners)))
		return;
	pc_format_location(img, insn->address, where, sizeof(where));
	list_of(pvops_owners, ARRAY_SIZE(pvops_owners), owners, sizeof(owners));
	if (branch && !indexed) {
		finding(v,
			"%s through pv_ops+%#llx (%s) at %#llx (%s, %s) has no call-site "
			"record, so the patcher never sees it",
			insn->id == X86_INS_CALL ? "call" : "jmp", (unsigned long long)off,
			slot_name((unsigned int)(off / sizeof(void *))),
			(unsigned long long)insn->address, where,
			owner ? owner : "no compile unit");
		return;
	}
	finding(v,
		"'%s %s' at %#llx (%s, %s) %s pv_ops+%#llx (%s)%s: only recorded call sites "
		"and %s may use pv_ops",
		insn->mnemonic, insn->op_str, (unsigned long long)insn->address, where,
		owner ? owner : "no compile unit", branch ? "branches through" : "reads",
		(unsigned long long)off,
		indexed ? "any slot" : slot_name((unsigned int)(off / sizeof(void *))),
		indexed ? " with an index register" : "", owners);
}

/* Folders whose code is generic: they run on every backend, so they may declare nothing. */
static const char *const generic_folders[] = {"kernel/", "pvops/core/"};

static bool is_unit(const struct pc_image *img, const char *file)
{
	size_t i;

	for (i = 0; i < img->nr_owner_files; i++)
		if (!strcmp(img->owner_files[i], file))
			return true;
	return false;
}

/*
 * A declaration counts only if it is what PVOPS_ALLOW_PRIVILEGED emits in a
 * compile unit of this image outside generic code: a record naming another
 * file would let a folder speak for one it is not.
 */
static void check_declarations(struct verify *v)
{
	struct pc_image *img = v->img;
	size_t i;

	for (i = 0; i < img->nr_decls; i++) {
		struct pc_declaration *d = &img->decls[i];

		if (d->classes & ~PVOPS_PRIV_VALID_MASK)
			finding(v,
				"declaration %zu (%s) allows class bits %#x that "
				"include/pvops/privileged.h does not define (%#x are)",
				i, d->file, d->classes & ~(u32)PVOPS_PRIV_VALID_MASK,
				PVOPS_PRIV_VALID_MASK);
		else if (!d->folder)
			finding(v, "declaration %zu (%s) names no folder", i, d->file);
		else if (owner_in(d->file, generic_folders, ARRAY_SIZE(generic_folders)))
			finding(v,
				"declaration %zu (%s) is in generic code, which runs on every "
				"backend and may hold no privileged instruction",
				i, d->file);
		else if (!is_unit(img, d->file))
			finding(v,
				"declaration %zu names %s, which is no compile unit of this image: "
				"PVOPS_ALLOW_PRIVILEGED names the file it is written in",
				i, d->file);
		else
			d->valid = true;
	}
}

static bool declared(const struct pc_image *img, const char *owner, unsigned int class)
{
	size_t i;

	for (i = 0; i < img->nr_decls; i++)
		if (img->decls[i].valid && (img->decls[i].classes & class) &&
		    pc_path_under(owner, img->decls[i].folder))
			return true;
	return false;
}

/* The folders that declared class, for a message; "none" if no folder did. */
static void declarers_of(const struct pc_image *img, unsigned int class, char *buf, size_t size)
{
	size_t i, len = 0;

	buf[0] = '\0';
	for (i = 0; i < img->nr_decls && len < size; i++)
		if (img->decls[i].valid && (img->decls[i].classes & class))
			len += (size_t)snprintf(buf + len, size - len, "%s%s", len ? ", " : "",
						img->decls[i].folder);
	if (!len)
		snprintf(buf, size, "none");
}

static void check_insn(struct verify *v, const cs_insn *insn)
{
	const struct pc_image *img = v->img;
	const char *owner = pc_owner_of(img, insn->address);
	const struct pc_privilege *priv = pc_privilege_of(img, insn);
	char where[160], homes[256];

	check_pvops_use(v, insn, owner);
	if (!priv)
		return;
	v->privileged++;
	if (declared(img, owner, priv->class))
		return;
	pc_format_location(img, insn->address, where, sizeof(where));
	declarers_of(img, priv->class, homes, sizeof(homes));
	finding(v,
		"privileged instruction '%s%s%s' at %#llx (%s) in %s, outside the folders "
		"that declare %s (%s): %s",
		insn->mnemonic, insn->op_str[0] ? " " : "", insn->op_str,
		(unsigned long long)insn->address, where,
		owner ? owner : "code no DWARF compile unit claims", priv->class_name, homes,
		priv->why);
}

static bool add_start(struct verify *v, u64 addr)
{
	if (v->nr_starts == v->cap_starts) {
		size_t ncap = v->cap_starts ? 2 * v->cap_starts : 4096;
		u64 *n = reallocarray(v->starts, ncap, sizeof(*n));

		if (!n)
			return false;
		v->starts = n;
		v->cap_starts = ncap;
	}
	v->starts[v->nr_starts++] = addr;
	return true;
}

/* Decodes [at, end) of sec linearly, checking and recording each instruction. */
static bool sweep_range(struct verify *v, const struct pc_section *sec, u64 at, u64 end)
{
	while (at < end) {
		u64 next = at;
		cs_insn *insn;
		size_t n = pc_disasm(v->img, sec->data + (at - sec->addr), end - at, at, &insn), k;

		for (k = 0; k < n; k++) {
			size_t skip =
				pc_emulate_prefix_len(sec->data + (next - sec->addr), end - next);

			if (!add_start(v, next)) {
				cs_free(insn, n);
				pc_input_error(v->img, "out of memory sweeping %s", sec->name);
				return false;
			}
			if (skip) {
				next += skip; /* Xen's signature is not code */
				break;
			}
			check_insn(v, &insn[k]);
			next += insn[k].size;
		}
		if (n)
			cs_free(insn, n);
		/* Nothing decoded: resynchronise on the next byte. */
		at = next > at ? next : at + 1;
	}
	return true;
}

/*
 * Linear sweep of each function from its symbol (and of each section from
 * its start), restarted at every symbol so one undecodable byte (or data
 * in text) cannot hide what follows it. Sites are deliberately not
 * restart points: decoding goes through them as the CPU would, which is
 * what shows a site that starts inside another instruction.
 */
static bool sweep(struct verify *v)
{
	struct pc_image *img = v->img;
	size_t i, j, swept = 0;

	for (i = 1; i < img->nr_sections; i++) {
		const struct pc_section *sec = &img->sections[i];
		size_t nr = 0, cap = 2 + img->nr_symbols;
		bool ok = true;
		u64 *anchors;

		if (!sec->data ||
		    (sec->flags & (SHF_ALLOC | SHF_EXECINSTR)) != (SHF_ALLOC | SHF_EXECINSTR))
			continue;
		swept++;
		anchors = malloc(cap * sizeof(*anchors));
		if (!anchors) {
			pc_input_error(img, "out of memory sweeping %s", sec->name);
			return false;
		}
		anchors[nr++] = sec->addr;
		anchors[nr++] = sec->addr + sec->size;
		for (j = 0; j < img->nr_symbols; j++)
			if (img->symbols[j].section == i && img->symbols[j].type != STT_SECTION)
				anchors[nr++] = img->symbols[j].value;
		qsort(anchors, nr, sizeof(*anchors), u64_cmp);
		for (j = 0; ok && j + 1 < nr; j++)
			if (anchors[j] >= sec->addr && anchors[j + 1] <= sec->addr + sec->size)
				ok = sweep_range(v, sec, anchors[j], anchors[j + 1]);
		free(anchors);
		if (!ok)
			return false;
	}
	/* Nothing decoded leaves v->starts NULL, which qsort() must not be given. */
	if (!swept)
		finding(v, "no allocated executable section has bytes in the file (a .text "
			   "that is SHT_NOBITS or not SHF_EXECINSTR?): there is no code to check");
	else if (v->nr_starts)
		qsort(v->starts, v->nr_starts, sizeof(*v->starts), u64_cmp);
	return true;
}

/* Each site in code must start where the sweep decoded an instruction. */
static void check_boundaries(struct verify *v)
{
	const struct pc_image *img = v->img;
	size_t i;

	for (i = 0; i < img->nr_sites; i++) {
		const struct pc_site *s = &img->sites[i];
		const struct pc_section *sec = pc_section_at(img, s->addr, 1);
		size_t lo = 0, hi = v->nr_starts;
		const u8 *code;
		cs_insn *insn;
		size_t n;
		u64 prev, room;

		if (!sec || !sec->data || !(sec->flags & SHF_EXECINSTR))
			continue;
		while (lo < hi) {
			size_t mid = lo + (hi - lo) / 2;

			if (v->starts[mid] <= s->addr)
				lo = mid + 1;
			else
				hi = mid;
		}
		if (lo && v->starts[lo - 1] == s->addr)
			continue;
		prev = lo && v->starts[lo - 1] >= sec->addr ? v->starts[lo - 1] : s->addr;
		room = sec->addr + sec->size - prev;
		code = pc_bytes_at(img, prev, room < X86_MAX_INSN_LEN ? room : X86_MAX_INSN_LEN);
		n = code ? pc_disasm(img, code, room < X86_MAX_INSN_LEN ? room : X86_MAX_INSN_LEN,
				     prev, &insn)
			 : 0;
		if (n && insn[0].address + insn[0].size > s->addr)
			site_finding(v, i,
				     "starts %llu bytes into the instruction '%s %s' at %#llx, "
				     "decoding from the function's symbol; a site must start at "
				     "an instruction boundary",
				     (unsigned long long)(s->addr - prev), insn[0].mnemonic,
				     insn[0].op_str, (unsigned long long)prev);
		else
			site_finding(v, i,
				     "is not at an instruction boundary: decoding from the "
				     "function's symbol never lands on it");
		if (n)
			cs_free(insn, n);
	}
}

static void check_table_bounds(struct verify *v)
{
	const struct pc_image *img = v->img;
	const struct pc_symbol *start = pc_find_symbol(img, "__pvops_sites_start");
	const struct pc_symbol *end = pc_find_symbol(img, "__pvops_sites_end");
	u64 first = img->sites_sec->addr + sizeof(struct pvops_sites_header);

	if (!start || !end)
		finding(v, "__pvops_sites_start/__pvops_sites_end are missing: the kernel cannot "
			   "find its call sites (see kernel/pvops.lds)");
	else if (start->value != first || end->value != img->sites_sec->addr + img->sites_sec->size)
		finding(v,
			"the kernel walks call sites %#llx..%#llx, but .pvops.sites holds them "
			"at %#llx..%#llx (see kernel/pvops.lds)",
			(unsigned long long)start->value, (unsigned long long)end->value,
			(unsigned long long)first,
			(unsigned long long)(img->sites_sec->addr + img->sites_sec->size));
}

/* Marks a callee-saved register in gpr_clobber[]: no clobber mask may let a template write it. */
#define TEMPLATE_NEVER 0x8000

/* Every name capstone gives a general register or a part of one, and its CLBR_* bit. */
static const struct {
	unsigned int reg;
	u16 bit;
} gpr_clobber[] = {
	{ X86_REG_RAX, CLBR_RAX }, { X86_REG_EAX, CLBR_RAX }, { X86_REG_AX, CLBR_RAX },
	{ X86_REG_AL, CLBR_RAX }, { X86_REG_AH, CLBR_RAX }, { X86_REG_RCX, CLBR_RCX },
	{ X86_REG_ECX, CLBR_RCX }, { X86_REG_CX, CLBR_RCX }, { X86_REG_CL, CLBR_RCX },
	{ X86_REG_CH, CLBR_RCX }, { X86_REG_RDX, CLBR_RDX }, { X86_REG_EDX, CLBR_RDX },
	{ X86_REG_DX, CLBR_RDX }, { X86_REG_DL, CLBR_RDX }, { X86_REG_DH, CLBR_RDX },
	{ X86_REG_RSI, CLBR_RSI }, { X86_REG_ESI, CLBR_RSI }, { X86_REG_SI, CLBR_RSI },
	{ X86_REG_SIL, CLBR_RSI }, { X86_REG_RDI, CLBR_RDI }, { X86_REG_EDI, CLBR_RDI },
	{ X86_REG_DI, CLBR_RDI }, { X86_REG_DIL, CLBR_RDI }, { X86_REG_R8, CLBR_R8 },
	{ X86_REG_R8D, CLBR_R8 }, { X86_REG_R8W, CLBR_R8 }, { X86_REG_R8B, CLBR_R8 },
	{ X86_REG_R9, CLBR_R9 }, { X86_REG_R9D, CLBR_R9 }, { X86_REG_R9W, CLBR_R9 },
	{ X86_REG_R9B, CLBR_R9 }, { X86_REG_R10, CLBR_R10 }, { X86_REG_R10D, CLBR_R10 },
	{ X86_REG_R10W, CLBR_R10 }, { X86_REG_R10B, CLBR_R10 }, { X86_REG_R11, CLBR_R11 },
	{ X86_REG_R11D, CLBR_R11 }, { X86_REG_R11W, CLBR_R11 }, { X86_REG_R11B, CLBR_R11 },
	{ X86_REG_RBX, TEMPLATE_NEVER }, { X86_REG_EBX, TEMPLATE_NEVER },
	{ X86_REG_BX, TEMPLATE_NEVER }, { X86_REG_BL, TEMPLATE_NEVER },
	{ X86_REG_BH, TEMPLATE_NEVER }, { X86_REG_RBP, TEMPLATE_NEVER },
	{ X86_REG_EBP, TEMPLATE_NEVER }, { X86_REG_BP, TEMPLATE_NEVER },
	{ X86_REG_BPL, TEMPLATE_NEVER }, { X86_REG_R12, TEMPLATE_NEVER },
	{ X86_REG_R12D, TEMPLATE_NEVER }, { X86_REG_R12W, TEMPLATE_NEVER },
	{ X86_REG_R12B, TEMPLATE_NEVER }, { X86_REG_R13, TEMPLATE_NEVER },
	{ X86_REG_R13D, TEMPLATE_NEVER }, { X86_REG_R13W, TEMPLATE_NEVER },
	{ X86_REG_R13B, TEMPLATE_NEVER }, { X86_REG_R14, TEMPLATE_NEVER },
	{ X86_REG_R14D, TEMPLATE_NEVER }, { X86_REG_R14W, TEMPLATE_NEVER },
	{ X86_REG_R14B, TEMPLATE_NEVER }, { X86_REG_R15, TEMPLATE_NEVER },
	{ X86_REG_R15D, TEMPLATE_NEVER }, { X86_REG_R15W, TEMPLATE_NEVER },
	{ X86_REG_R15B, TEMPLATE_NEVER },
};

static u16 clobber_bit(unsigned int reg)
{
	size_t i;

	for (i = 0; i < ARRAY_SIZE(gpr_clobber); i++)
		if (gpr_clobber[i].reg == reg)
			return gpr_clobber[i].bit;
	return 0; /* not a general register: %rsp, %rip, the flags, control registers */
}

/*
 * The patcher trusts a template's clobber mask: a site takes the bytes if
 * the mask is within what the site lets its callee clobber, and a
 * callee-save site lets it clobber nearly nothing. So every general
 * register the bytes write (capstone's explicit and implicit writes) must
 * be in the mask, and no callee-saved one may be written at all. %rsp is
 * left out (push/pop pairs), and so is what a call in a template does: its
 * target is a callee-save thunk.
 */
static void check_template_clobbers(struct verify *v, size_t i, const struct pvop_template *t,
				    const u8 *code, const char *where, const char *slot)
{
	const struct pc_image *img = v->img;
	u64 start = (u64)(uintptr_t)t->start, end = (u64)(uintptr_t)t->end;
	cs_insn *insn;
	size_t n, k, decoded = 0;

	n = pc_disasm(img, code, end - start, start, &insn);
	for (k = 0; k < n; k++) {
		cs_regs read, written;
		u8 nr_read, nr_written, w;

		decoded += insn[k].size;
		if (cs_regs_access(img->cs, &insn[k], read, &nr_read, written, &nr_written))
			continue;
		for (w = 0; w < nr_written; w++) {
			u16 bit = clobber_bit(written[w]);

			if (bit && !(bit & t->clobbers))
				finding(v, "template %zu (%s, %s): %s %s writes %%%s, %s", i, where, slot,
					insn[k].mnemonic, insn[k].op_str, cs_reg_name(img->cs, written[w]),
					bit == TEMPLATE_NEVER ? "a callee-saved register no template "
								"may write" :
								"which its clobber mask does not declare");
		}
	}
	if (decoded != end - start)
		finding(v, "template %zu (%s, %s): only %zu of its %llu bytes decode as instructions",
			i, where, slot, decoded, (unsigned long long)(end - start));
	cs_free(insn, n);
}

/*
 * A template's rel32 offset is computed by the assembler from where
 * PVOP_TEMPLATE_REL32 was put (include/pvops/template.h); put before any
 * other instruction, the patcher would "relocate" four bytes of it. The
 * byte before the displacement must be the opcode of a call or a jmp.
 */
static bool check_templates(struct verify *v)
{
	const struct pc_image *img = v->img;
	struct pvop_template *t;
	size_t n, i;

	t = pc_read_array(img, "inline templates", "__pvops_templates_start",
			  "__pvops_templates_end", sizeof(*t), &n);
	if (!t)
		return false;
	for (i = 0; i < n; i++) {
		u64 start = (u64)(uintptr_t)t[i].start, end = (u64)(uintptr_t)t[i].end;
		const u8 *code = end >= start ? pc_bytes_at(img, start, end - start) : NULL;
		const char *slot = slot_name(t[i].slot);
		char where[160];

		pc_format_location(img, start, where, sizeof(where));
		if (code)
			check_template_clobbers(v, i, &t[i], code, where, slot);
		if (t[i].reloc == PVOP_TEMPLATE_NO_RELOC)
			continue;
		if (!code)
			finding(v, "template %zu (%s, %s) has a rel32 but its bytes %#llx..%#llx "
				   "are not in the image", i, where, slot,
				(unsigned long long)start, (unsigned long long)end);
		else if (t[i].reloc < 1 || (u64)t[i].reloc + sizeof(s32) > end - start)
			finding(v, "template %zu (%s, %s): rel32 at offset %d does not fit after "
				   "an opcode in its %llu bytes", i, where, slot, t[i].reloc,
				(unsigned long long)(end - start));
		else if (code[t[i].reloc - 1] != X86_OP_CALL_REL32 &&
			 code[t[i].reloc - 1] != X86_OP_JMP_REL32)
			finding(v, "template %zu (%s, %s): the byte before its rel32 at offset %d "
				   "is %02x, not a call (e8) or jmp (e9) opcode: PVOP_TEMPLATE_REL32 "
				   "must come right before that instruction", i, where, slot,
				t[i].reloc, code[t[i].reloc - 1]);
	}
	free(t);
	return true;
}

int pc_verify(struct pc_image *img, bool quiet)
{
	struct verify v = {.img = img};
	size_t *order, i, asm_sites = 0;
	bool ok;

	if (!img->has_pvops) {
		fprintf(img->out,
			"%s: no pv_ops table and no .pvops.sites: a CONFIG_PVOPS=n "
			"image, whose privileged instructions are inline by design; "
			"nothing to verify\n",
			img->name);
		return PC_EXIT_OK;
	}
	check_table_bounds(&v);
	if (!check_templates(&v))
		return PC_EXIT_INPUT;
	for (i = 0; i < img->nr_sites; i++) {
		asm_sites += !!(img->sites[i].rec.flags & PVOP_SITE_F_ASM);
		if (check_record(&v, i) && check_section(&v, i))
			check_bytes(&v, i);
	}
	order = malloc((img->nr_sites + 1) * sizeof(*order));
	v.site_addrs = malloc((img->nr_sites + 1) * sizeof(*v.site_addrs));
	if (!order || !v.site_addrs) {
		free(order);
		free(v.site_addrs);
		pc_input_error(img, "out of memory for %zu sites", img->nr_sites);
		return PC_EXIT_INPUT;
	}
	for (i = 0; i < img->nr_sites; i++) {
		order[i] = i;
		v.site_addrs[i] = img->sites[i].addr;
	}
	qsort_r(order, img->nr_sites, sizeof(*order), site_index_cmp, img->sites);
	qsort(v.site_addrs, img->nr_sites, sizeof(*v.site_addrs), u64_cmp);
	check_overlaps(&v, order);
	free(order);

	if (!img->dwarf || !img->nr_owners)
		finding(&v, "no DWARF compile units: cannot tell which code belongs to the folders "
			    "allowed privileged instructions, so that check cannot run (the "
			    "build uses -g; was the image stripped?)");
	check_declarations(&v);
	ok = sweep(&v);
	if (ok)
		check_boundaries(&v);
	free(v.site_addrs);
	free(v.starts);
	if (!ok)
		return PC_EXIT_INPUT;

	if (v.findings) {
		fprintf(img->out, "%s: %u problem%s found\n", img->name, v.findings,
			v.findings == 1 ? "" : "s");
		return PC_EXIT_FINDINGS;
	}
	if (!quiet)
		fprintf(img->out,
			"%s: OK: %zu call sites (%zu from assembly); %u indirect calls "
			"through pv_ops, %u recorded; no privileged instruction outside the "
			"folders allowed it (%u inside); every site on an instruction "
			"boundary\n",
			img->name, img->nr_sites, asm_sites, v.calls, v.recorded_calls,
			v.privileged);
	return PC_EXIT_OK;
}
