/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Inline templates: the instructions a backend offers to put in place of a
 * call site, declared as data in the image.
 *
 * PVOP_TEMPLATE(backend, SLOT, name, insns, clobbers) emits, once, an
 * out-of-line function `<name>` whose body is insns followed by ret, and a
 * record in the .pvops.templates section pointing at the backend (its
 * struct pvops_backend, so a backend is known by what it is, never by a
 * string that could be spelled twice), the slot
 * (PVOP_SLOT_<SLOT> from asm-offsets: SAVE_FL for irq.save_fl), the bytes
 * [name, name_end), the registers they write, and the offset of one rel32
 * to relocate when the bytes move (-1 for none). The function is what the
 * slot points at when a site is not patched; the bytes are what the
 * patcher copies when it is, so the two cannot differ. The record is also
 * reachable by name, pvop_template_<name>, for host tests. Because the
 * table is data, tools/patchcheck reads it from the ELF file and runs the
 * kernel's own patch decision (pvops/core/patch.c) on the host: what the
 * tool shows for a backend is what that backend's boot would do.
 *
 * The record is written by the assembler, not by C, so that the rel32's
 * offset is computed rather than counted: insns put PVOP_TEMPLATE_REL32
 * right before the one call or jmp whose displacement must move, which
 * marks the byte after its opcode; patchcheck verify checks that the byte
 * before every template's rel32 is a call (e8) or jmp (e9) opcode.
 * Templates must be position-independent apart from that one rel32: use
 * absolute addresses (the image lives below 2 GiB), never %rip-relative.
 */
#ifndef PVOPS_TEMPLATE_H
#define PVOPS_TEMPLATE_H

#include <kernel/types.h>
#include <pvops/pv_ops.h>
#include <pvops/site.h>
#include <generated/asm-offsets.h>

#define PVOP_TEMPLATE_NO_RELOC (-1)

struct pvops_backend;

struct pvop_template {
	const struct pvops_backend *backend; /* the backend that offers it */
	const u8 *start;
	const u8 *end;
	u16 slot;
	u16 clobbers;
	s16 reloc; /* offset of a rel32 in [start, end), or -1 */
	u16 reserved;
} __aligned(8);

/* The layout PVOP_TEMPLATE's assembler writes. */
_Static_assert(offsetof(struct pvop_template, start) == 8 &&
		       offsetof(struct pvop_template, end) == 16 &&
		       offsetof(struct pvop_template, slot) == 24 &&
		       offsetof(struct pvop_template, clobbers) == 26 &&
		       offsetof(struct pvop_template, reloc) == 28 &&
		       sizeof(struct pvop_template) == 32,
	       "PVOP_TEMPLATE writes struct pvop_template as 3 quads and 4 shorts");

/* In insns: the next instruction is a call/jmp rel32 that moves with the bytes. */
#define PVOP_TEMPLATE_REL32 ".set .Lpvop_template_rel32, . + 1\n\t"

#define PVOP_TEMPLATE(backend, slot_name, fn, insns, clobber_mask)                                 \
	_Static_assert(PVOP_SLOT_##slot_name < PVOP_NR_SLOTS, "template " #fn ": slot index");     \
	extern const u8 fn[], fn##_end[];                                                          \
	__asm__(".pushsection .text, \"ax\"\n\t"                                                   \
		".globl " #fn "\n\t"                                                               \
		".type " #fn ", @function\n" #fn ":\n\t"                                            \
		".set .Lpvop_template_rel32, " #fn " - 1\n\t" insns "\n"                           \
		".globl " #fn "_end\n" #fn "_end:\n\t"                                             \
		"ret\n\t"                                                                          \
		".size " #fn ", . - " #fn "\n\t"                                                   \
		".section .pvops.templates, \"a\"\n\t"                                             \
		".balign 8\n\t"                                                                     \
		".globl pvop_template_" #fn "\n\t"                                                  \
		".type pvop_template_" #fn ", @object\n"                                            \
		"pvop_template_" #fn ":\n\t"                                                        \
		".quad " #backend ", " #fn ", " #fn "_end\n\t"                                      \
		".short " __stringify(PVOP_SLOT_##slot_name) ", " __stringify(clobber_mask) ", "    \
		".Lpvop_template_rel32 - " #fn ", 0\n\t"                                            \
		".size pvop_template_" #fn ", . - pvop_template_" #fn "\n\t"                        \
		".popsection");                                                                    \
	extern const struct pvop_template pvop_template_##fn

extern const struct pvop_template __pvops_templates_start[], __pvops_templates_end[];

#endif
