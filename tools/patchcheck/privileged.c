// SPDX-License-Identifier: GPL-2.0
/*
 * Which instructions must go through pv_ops, and which folders said they may
 * hold them: capstone's word first, then what it misses or gets wrong.
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
 * sensitive and belong with the privileged ones.
 * Port I/O is granted per platform (the hardware is native's, Xen hands
 * dom0 its ports through the I/O bitmap), so it is a class of its own. Left out on purpose: rdtsc
 * (Xen's clock reads the TSC itself), cpuid (detection runs before a backend exists) and
 * sgdt/sidt/sldt/smsw, which reveal state but change nothing. Xen's forced-emulation prefix
 * (XEN_EMULATE_PREFIX, ud2 then "xen") is data to the CPU, so its signature is not decoded as
 * instructions. Each instruction falls in one class (PVOPS_PRIV_*), and no folder may hold one
 * unless it declared that class with PVOPS_ALLOW_PRIVILEGED (include/pvops/privileged.h): the
 * records of .pvops.privileged are read here, and checked against the image's compile units by
 * verify.c. A malformed record is unusable input, like a malformed site table. docs/tools.md
 * carries the same decisions.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <xen/xen.h>

#include <pvops/privileged.h>

#include "patchcheck.h"

static const struct pc_privilege ring0 = {"privileged (capstone's privilege group)",
					  PVOPS_PRIV_RING0, "ring-0 instructions"};
static const struct pc_privilege vm = {"a virtualisation instruction (capstone's vm group)",
				       PVOPS_PRIV_VM, "virtualisation instructions"};
static const struct pc_privilege cpl0 = {"privileged, though capstone 4 does not group it so",
					 PVOPS_PRIV_RING0, "ring-0 instructions"};
static const struct pc_privilege pv_flags = {
	"sensitive under PV: the interrupt flag is virtual, in vcpu_info", PVOPS_PRIV_PVFLAGS,
	"PV-sensitive flag instructions"};
/*
 * iretq is only a privilege-level change: a kernel in ring 0 or ring 1 (as
 * lguest's was) may run it; a ring-3 Xen PV kernel returns through
 * HYPERVISOR_iret instead.
 */
static const struct pc_privilege iret = {"an exception return, which a ring-3 PV kernel makes "
					 "through its hypervisor",
					 PVOPS_PRIV_IRET, "exception returns"};
static const struct pc_privilege port_io = {"port I/O, which only a backend's platform grants",
					    PVOPS_PRIV_IO, "port I/O"};

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

/* The declaration records of .pvops.privileged; an image without the section declares nothing. */
bool pc_load_declarations(struct pc_image *img)
{
	const struct pc_section *sec = NULL;
	size_t i, off = 0, cap = 0;

	for (i = 1; i < img->nr_sections; i++)
		if (!strcmp(img->sections[i].name, PVOPS_PRIVILEGED_SECTION))
			sec = &img->sections[i];
	if (!sec || !sec->size)
		return true;
	if (!sec->data) {
		pc_input_error(img, "%s has no contents in the file", PVOPS_PRIVILEGED_SECTION);
		return false;
	}
	while ((off = (off + PC_DECL_ALIGN - 1) & ~(size_t)(PC_DECL_ALIGN - 1)) < sec->size) {
		struct pc_declaration *d;
		u32 classes, name_len;
		const char *name, *slash;

		if (sec->size - off < PC_DECL_HEADER) {
			pc_input_error(img,
				       "%s: record at offset %#zx is cut short (%llu bytes left of "
				       "a %u-byte header)",
				       PVOPS_PRIVILEGED_SECTION, off,
				       (unsigned long long)(sec->size - off), PC_DECL_HEADER);
			return false;
		}
		memcpy(&classes, sec->data + off, sizeof(classes));
		memcpy(&name_len, sec->data + off + sizeof(classes), sizeof(name_len));
		name = (const char *)sec->data + off + PC_DECL_HEADER;
		if (!name_len || name_len > sec->size - off - PC_DECL_HEADER ||
		    memchr(name, '\0', name_len) != name + name_len - 1) {
			pc_input_error(
				img,
				"%s: record at offset %#zx has a %u-byte file name that is cut "
				"short or not NUL-terminated (include/pvops/privileged.h)",
				PVOPS_PRIVILEGED_SECTION, off, name_len);
			return false;
		}
		if (img->nr_decls == cap) {
			size_t ncap = cap ? 2 * cap : 8;
			struct pc_declaration *n = reallocarray(img->decls, ncap, sizeof(*n));

			if (!n) {
				pc_input_error(img, "out of memory for declarations");
				return false;
			}
			img->decls = n;
			cap = ncap;
		}
		slash = strrchr(name, '/');
		d = &img->decls[img->nr_decls++];
		*d = (struct pc_declaration){.classes = classes, .file = name};
		d->folder = slash ? strndup(name, (size_t)(slash - name) + 1) : NULL;
		if (slash && !d->folder) {
			pc_input_error(img, "out of memory for declarations");
			return false;
		}
		off += PC_DECL_HEADER + name_len;
	}
	return true;
}
