// SPDX-License-Identifier: GPL-2.0
/*
 * The patcher's byte generation: one call site in, its replacement out.
 *
 * This file decides and encodes; it never writes to kernel text (that is
 * apply.c) and depends on nothing but its arguments, so the host unit tests
 * exercise every rule here with fake tables and addresses at the edges of
 * the rel32 range. See include/pvops/patch.h for the rules. Three encodings
 * matter: `call rel32` is e8 followed by the target minus the end of the
 * instruction, which must fit in a signed 32-bit value (and a template's
 * own rel32 is re-aimed the same way when its bytes move), with a CS
 * prefix in front when that fills a 6-byte site exactly; padding up to 8
 * bytes is one of the recommended multi-byte NOPs (0f 1f /0 forms); longer
 * padding is `jmp rel8` over int3 bytes, so it too costs one instruction.
 */
#include <kernel/string.h>
#include <pvops/patch.h>
#include <x86/opcodes.h>

/* The recommended NOP of each length, 1 to 8 bytes. */
static const u8 nops[9][8] = {
	[1] = { 0x90 },
	[2] = { 0x66, 0x90 },
	[3] = { 0x0f, 0x1f, 0x00 },
	[4] = { 0x0f, 0x1f, 0x40, 0x00 },
	[5] = { 0x0f, 0x1f, 0x44, 0x00, 0x00 },
	[6] = { 0x66, 0x0f, 0x1f, 0x44, 0x00, 0x00 },
	[7] = { 0x0f, 0x1f, 0x80, 0x00, 0x00, 0x00, 0x00 },
	[8] = { 0x0f, 0x1f, 0x84, 0x00, 0x00, 0x00, 0x00, 0x00 },
};
#define LONGEST_NOP 8

void pvops_fill_padding(u8 *buf, unsigned int len)
{
	if (len <= LONGEST_NOP) {
		memcpy(buf, nops[len], len);
		return;
	}
	buf[0] = X86_OP_JMP_REL8;
	buf[1] = (u8)(len - 2);
	memset(buf + 2, X86_OP_INT3, len - 2);
}

void pvops_site_original(u8 *buf, const struct pvop_site *site, unsigned long addr,
			 unsigned long table)
{
	s32 disp = (s32)(table + 8UL * site->slot - (addr + PVOP_SITE_MIN_LEN));

	buf[0] = X86_OP_GROUP5;
	buf[1] = X86_MODRM(X86_MODRM_MOD_INDIRECT,
			   site->flags & PVOP_SITE_F_JMP ? X86_GROUP5_JMP_NEAR : X86_GROUP5_CALL_NEAR,
			   X86_MODRM_RM_RIP_DISP32);
	memcpy(buf + 2, &disp, sizeof(disp));
	if (site->len > PVOP_SITE_MIN_LEN)
		pvops_fill_padding(buf + PVOP_SITE_MIN_LEN, site->len - PVOP_SITE_MIN_LEN);
}

/* e8 (call) or e9 (jmp) rel32, if target is reachable from a site at addr. */
static bool encode_rel32(u8 *buf, u8 opcode, unsigned long addr, const void *target)
{
	long rel = (long)((unsigned long)target - (addr + PVOP_CALL_REL32_LEN));
	s32 rel32 = (s32)rel;

	if (rel != rel32)
		return false;
	buf[0] = opcode;
	memcpy(buf + 1, &rel32, sizeof(rel32));
	return true;
}

/*
 * A direct call or jump filling the site: in a 6-byte site the spare byte
 * becomes a CS prefix (ignored in 64-bit mode) instead of a NOP after it,
 * so the patched site is one instruction, like the indirect one it
 * replaces. Returns the instruction's length, or 0 if out of range.
 */
static unsigned int encode_branch(u8 *buf, u8 opcode, unsigned long addr, unsigned int len,
				  const void *target)
{
	if (len == PVOP_CALL_REL32_LEN + 1) {
		if (!encode_rel32(buf + 1, opcode, addr + 1, target))
			return 0;
		buf[0] = X86_SEG_PREFIX_CS;
		return len;
	}
	return encode_rel32(buf, opcode, addr, target) ? PVOP_CALL_REL32_LEN : 0;
}

static bool keep(struct pvop_patch_result *res, enum pvop_keep_reason reason)
{
	*res = (struct pvop_patch_result){ .kind = PVOP_PATCH_KEEP, .reason = reason };
	return false;
}

static bool done(u8 *buf, unsigned int len, unsigned int insn_len, enum pvop_patch_kind kind,
		 struct pvop_patch_result *res)
{
	pvops_fill_padding(buf + insn_len, len - insn_len);
	*res = (struct pvop_patch_result){ .kind = kind, .insn_len = insn_len };
	return true;
}

static const struct pvop_template *find_template(const struct pvop_patch_env *env,
						 unsigned int slot)
{
	size_t i;

	if (!env->backend)
		return NULL;
	for (i = 0; i < env->nr_templates; i++)
		if (env->templates[i].slot == slot && env->templates[i].backend == env->backend)
			return &env->templates[i];
	return NULL;
}

/*
 * Copies the template into buf for a site at addr. Returns its length, or
 * 0 if it does not fit the site, writes what the site must keep, or has a
 * rel32 that cannot reach its target from the site.
 */
static unsigned int copy_template(const struct pvop_patch_env *env,
				  const struct pvop_template *t, const struct pvop_site *site,
				  unsigned long addr, u8 *buf)
{
	unsigned int n = (unsigned int)(t->end - t->start);
	s32 rel;
	long moved;

	if (t->end < t->start || n > site->len || (t->clobbers & ~site->clobbers))
		return 0;
	memcpy(buf, (const u8 *)t->start + env->template_delta, n);
	if (t->reloc == PVOP_TEMPLATE_NO_RELOC)
		return n;
	if (t->reloc < 0 || (unsigned int)t->reloc + sizeof(rel) > n)
		return 0;
	memcpy(&rel, buf + t->reloc, sizeof(rel));
	moved = (long)rel + (long)((unsigned long)t->start - addr);
	if (moved != (s32)moved)
		return 0;
	rel = (s32)moved;
	memcpy(buf + t->reloc, &rel, sizeof(rel));
	return n;
}

bool pvops_site_in_text(const struct pvop_patch_env *env, unsigned long addr, unsigned int len)
{
	return addr >= env->text_start && addr <= env->text_end && len <= env->text_end - addr;
}

bool pvops_patch_site(const struct pvop_patch_env *env, const struct pvop_site *site,
		      unsigned long addr, u8 *buf, struct pvop_patch_result *res)
{
	const struct pvop_slot_info *info;
	const struct pvop_template *tmpl;
	unsigned int len = site->len;
	const void *target;
	unsigned int n;
	bool jump;

	if (!pvops_site_in_text(env, addr, len))
		return keep(res, PVOP_KEEP_OUTSIDE_TEXT);
	if ((site->flags & ~PVOP_SITE_F_VALID_MASK) || (site->clobbers & ~CLBR_VALID_MASK) ||
	    site->reserved)
		return keep(res, PVOP_KEEP_BAD_RECORD);
	info = pvops_slot_info(site->slot);
	if (site->slot >= env->nr_slots || !info)
		return keep(res, PVOP_KEEP_UNKNOWN_SLOT);
	if (len > PVOP_MAX_SITE_LEN)
		return keep(res, PVOP_KEEP_TOO_LONG);
	target = env->table[site->slot];
	jump = site->flags & PVOP_SITE_F_JMP;

	if (env->poison_thunk && !jump) {
		if (len < PVOP_CALL_REL32_LEN)
			return keep(res, PVOP_KEEP_TOO_SHORT);
		if (!encode_rel32(buf, X86_OP_CALL_REL32, addr, env->poison_thunk))
			return keep(res, PVOP_KEEP_OUT_OF_RANGE);
		return done(buf, len, PVOP_CALL_REL32_LEN, PVOP_PATCH_POISON, res);
	}

	if (!target) {
		if (len < X86_UD2_LEN)
			return keep(res, PVOP_KEEP_TOO_SHORT);
		buf[0] = X86_OP_ESCAPE;
		buf[1] = X86_OP2_UD2;
		return done(buf, len, X86_UD2_LEN, PVOP_PATCH_UD2, res);
	}

	tmpl = find_template(env, site->slot);
	n = tmpl ? copy_template(env, tmpl, site, addr, buf) : 0;
	if (n)
		return done(buf, len, n, PVOP_PATCH_INLINE, res);

	if (jump) {
		if (len < PVOP_CALL_REL32_LEN)
			return keep(res, PVOP_KEEP_TOO_SHORT);
		n = encode_branch(buf, X86_OP_JMP_REL32, addr, len, target);
		if (!n)
			return keep(res, PVOP_KEEP_OUT_OF_RANGE);
		return done(buf, len, n, PVOP_PATCH_JMP, res);
	}

	if (target == env->nop_target)
		return done(buf, len, 0, PVOP_PATCH_NOP, res);

	if (target == env->ident_target && (site->clobbers & CLBR_RAX) && len >= 3) {
		static const u8 mov_rdi_rax[] = {
			X86_PREFIX_REX_W, X86_OP_MOV_RM_R,
			X86_MODRM(X86_MODRM_MOD_REGISTER, X86_MODRM_RDI, X86_MODRM_RAX)
		};

		memcpy(buf, mov_rdi_rax, sizeof(mov_rdi_rax));
		return done(buf, len, sizeof(mov_rdi_rax), PVOP_PATCH_IDENT, res);
	}

	if (len < PVOP_CALL_REL32_LEN)
		return keep(res, PVOP_KEEP_TOO_SHORT);
	if (info->target_clobbers & ~site->clobbers)
		return keep(res, PVOP_KEEP_CLOBBERS);
	n = encode_branch(buf, X86_OP_CALL_REL32, addr, len, target);
	if (!n)
		return keep(res, PVOP_KEEP_OUT_OF_RANGE);
	return done(buf, len, n, PVOP_PATCH_CALL, res);
}

const char *pvops_patch_kind_name(enum pvop_patch_kind kind)
{
	static const char *const names[] = {
		[PVOP_PATCH_KEEP] = "kept",	[PVOP_PATCH_INLINE] = "inline",
		[PVOP_PATCH_CALL] = "call",	[PVOP_PATCH_NOP] = "nop",
		[PVOP_PATCH_IDENT] = "ident",	[PVOP_PATCH_UD2] = "ud2",
		[PVOP_PATCH_POISON] = "poison", [PVOP_PATCH_JMP] = "jmp",
	};

	return kind < ARRAY_SIZE(names) ? names[kind] : "?";
}

const char *pvops_keep_reason_name(enum pvop_keep_reason reason)
{
	static const char *const names[] = {
		[PVOP_KEEP_NONE] = "",
		[PVOP_KEEP_NOPATCH] = "pvops.nopatch",
		[PVOP_KEEP_UNKNOWN_SLOT] = "unknown slot",
		[PVOP_KEEP_TOO_SHORT] = "site too short",
		[PVOP_KEEP_TOO_LONG] = "site too long",
		[PVOP_KEEP_CLOBBERS] = "clobber mismatch",
		[PVOP_KEEP_OUT_OF_RANGE] = "target out of rel32 range",
		[PVOP_KEEP_BAD_RECORD] = "malformed record",
		[PVOP_KEEP_OUTSIDE_TEXT] = "outside kernel text",
	};

	return reason < ARRAY_SIZE(names) ? names[reason] : "?";
}
