// SPDX-License-Identifier: GPL-2.0
/*
 * Which instructions must go through pv_ops, and which folders may hold
 * them: capstone's word first, then what it misses or gets wrong.
 *
 * A hand-kept list goes stale silently, so the base is capstone's own
 * instruction groups: X86_GRP_PRIVILEGE (faults outside ring 0: cli, hlt,
 * mov to and from %crN and %drN, lgdt, lldt, ltr, invd, wbinvd, invlpg,
 * wrmsr, swapgs, lmsw, xsetbv, rdpmc, sysret, iret, ...) and X86_GRP_VM.
 * Capstone 4 leaves some CPL-0-only instructions out (rdmsr, clts,
 * xsaves) and puts one in that any ring may run (mov to a segment
 * register, which a Xen PV kernel in ring 3 does all the time). A Xen PV
 * kernel runs in ring 3, where popf cannot change the interrupt flag and
 * pushf reads the real one, not the virtual flag in vcpu_info: both are
 * sensitive and belong with the privileged ones in a backend that runs in
 * ring 0. Port I/O is granted per platform (the hardware is native's, Xen
 * hands dom0 its ports through the I/O bitmap), so in and out may sit in
 * any backend but never in generic code. The shared PC device layer
 * (pvops/platform/) holds both kinds for the bare-metal backends that use
 * it. Until backends declare their own allowances (issue 13), any backend
 * may hold ring-0 instructions: a second bare-metal backend is as entitled
 * to them as native, and the folder is all this table can see. Left out on purpose: rdtsc (Xen's
 * clock reads the TSC itself), cpuid (detection runs before a backend
 * exists) and sgdt/sidt/sldt/smsw, which reveal state but change nothing.
 * Xen's forced-emulation prefix (XEN_EMULATE_PREFIX, ud2 then "xen") is
 * data to the CPU, so its signature is not decoded as instructions.
 * docs/tools.md carries the same decisions.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <xen/xen.h>

#include "patchcheck.h"

static const char *const ring0_homes[] = {"pvops/backends/", "pvops/platform/"};
static const char *const io_homes[] = {"pvops/backends/", "pvops/platform/"};
/*
 * iretq is only a privilege-level change: a kernel in ring 0 or ring 1 (as
 * lguest's was) may run it; a ring-3 Xen PV kernel returns through
 * HYPERVISOR_iret instead. Until backends declare their own allowances
 * (issue 13), any backend may hold it, as any may hold port I/O.
 */
static const char *const iret_homes[] = {"pvops/backends/"};

static const struct pc_privilege ring0 = {"privileged (capstone's privilege group)", ring0_homes,
					  ARRAY_SIZE(ring0_homes)};
static const struct pc_privilege vm = {"a virtualisation instruction (capstone's vm group)",
				       ring0_homes, ARRAY_SIZE(ring0_homes)};
static const struct pc_privilege cpl0 = {"privileged, though capstone 4 does not group it so",
					 ring0_homes, ARRAY_SIZE(ring0_homes)};
static const struct pc_privilege pv_flags = {
	"sensitive under PV: the interrupt flag is virtual, in vcpu_info", ring0_homes,
	ARRAY_SIZE(ring0_homes)};
static const struct pc_privilege iret = {"an exception return, which a ring-3 PV kernel makes "
					 "through its hypervisor", iret_homes, ARRAY_SIZE(iret_homes)};
static const struct pc_privilege port_io = {"port I/O, which only a backend's platform grants",
					    io_homes, ARRAY_SIZE(io_homes)};

static const struct {
	unsigned int id;
	const struct pc_privilege *what;
} extra[] = {
	{X86_INS_RDMSR, &cpl0},	     {X86_INS_CLTS, &cpl0},	 {X86_INS_XSAVES, &cpl0},
	{X86_INS_XSAVES64, &cpl0},   {X86_INS_POPF, &pv_flags},	 {X86_INS_POPFD, &pv_flags},
	{X86_INS_POPFQ, &pv_flags},  {X86_INS_PUSHF, &pv_flags}, {X86_INS_PUSHFD, &pv_flags},
	{X86_INS_PUSHFQ, &pv_flags}, {X86_INS_IN, &port_io},	 {X86_INS_OUT, &port_io},
	{X86_INS_INSB, &port_io},    {X86_INS_INSW, &port_io},	 {X86_INS_INSD, &port_io},
	{X86_INS_OUTSB, &port_io},   {X86_INS_OUTSW, &port_io},	 {X86_INS_OUTSD, &port_io},
	{X86_INS_IRETQ, &iret},
};

/* mov to or from %ds, %es, %fs, %gs or %ss (operands in either syntax's order). */
static bool is_segment_move(const cs_insn *insn)
{
	const cs_x86 *x = &insn->detail->x86;
	int i;

	if (insn->id != X86_INS_MOV)
		return false;
	for (i = 0; i < x->op_count; i++) {
		if (x->operands[i].type != X86_OP_REG)
			continue;
		switch (x->operands[i].reg) {
		case X86_REG_DS:
		case X86_REG_ES:
		case X86_REG_FS:
		case X86_REG_GS:
		case X86_REG_SS:
			return true;
		default:
			break;
		}
	}
	return false;
}

const struct pc_privilege *pc_privilege_of(const struct pc_image *img, const cs_insn *insn)
{
	size_t i;

	for (i = 0; i < ARRAY_SIZE(extra); i++)
		if (insn->id == extra[i].id)
			return extra[i].what;
	if (cs_insn_group(img->cs, insn, X86_GRP_PRIVILEGE))
		return is_segment_move(insn) ? NULL : &ring0;
	if (cs_insn_group(img->cs, insn, X86_GRP_VM))
		return &vm;
	return NULL;
}

/* The bytes of XEN_EMULATE_PREFIX (".byte 0x0f,0x0b,..."), read from Xen's header once. */
static size_t emulate_prefix(const u8 **bytes)
{
	static u8 prefix[16];
	static size_t len;
	const char *p = XEN_EMULATE_PREFIX;

	if (!len)
		p = strstr(p, ".byte");
	if (!len && p) {
		p += strlen(".byte");
		while (len < sizeof(prefix)) {
			char *end;
			unsigned long b = strtoul(p, &end, 0);

			if (end == p)
				break;
			prefix[len++] = (u8)b;
			p = end + strspn(end, " \t");
			if (*p != ',')
				break;
			p++;
		}
	}
	*bytes = prefix;
	return len;
}

size_t pc_emulate_prefix_len(const u8 *code, size_t len)
{
	const u8 *prefix;
	size_t n = emulate_prefix(&prefix);

	return n && len >= n && !memcmp(code, prefix, n) ? n : 0;
}
