/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Inline templates: the instructions a backend offers to put in place of a
 * call site, declared as data in the image.
 *
 * PVOP_TEMPLATE(backend, member, name, insns, clobbers, reloc) emits, once,
 * an out-of-line function `<name>` whose body is insns followed by ret, and
 * a record in the .pvops.templates section naming the backend, the slot,
 * the bytes [name, name_end), the registers they write, and the offset of
 * one rel32 to relocate when the bytes move (-1 for none). The function is
 * what the slot points at when a site is not patched; the bytes are what
 * the patcher copies when it is, so the two cannot differ. The record is
 * also reachable by name, pvop_template_<name>, for host tests. Because the
 * table is data, tools/patchcheck reads it from the ELF file and runs the
 * kernel's own patch decision (pvops/core/patch.c) on the host: what the
 * tool shows for a backend is what that backend's boot would do.
 *
 * Templates must be position-independent apart from that one rel32: use
 * absolute addresses (the image lives below 2 GiB), never %rip-relative.
 */
#ifndef PVOPS_TEMPLATE_H
#define PVOPS_TEMPLATE_H

#include <kernel/types.h>
#include <pvops/pv_ops.h>
#include <pvops/site.h>

#define PVOP_TEMPLATE_NO_RELOC (-1)

struct pvop_template {
	const char *backend; /* pvops_backend.name */
	const u8 *start;
	const u8 *end;
	u16 slot;
	u16 clobbers;
	s16 reloc; /* offset of a rel32 in [start, end), or -1 */
	u16 reserved;
} __aligned(8);

#define PVOP_TEMPLATE(backend_name, member, fn, insns, clobber_mask, reloc_offset)                 \
	extern const u8 fn[], fn##_end[];                                                          \
	__asm__(".pushsection .text, \"ax\"\n\t"                                                   \
		".globl " #fn "\n\t"                                                               \
		".type " #fn ", @function\n" #fn ":\n\t" insns "\n"                                \
		".globl " #fn "_end\n" #fn "_end:\n\t"                                             \
		"ret\n\t"                                                                          \
		".size " #fn ", . - " #fn "\n\t"                                                   \
		".popsection");                                                                    \
	extern const struct pvop_template pvop_template_##fn;                                      \
	const struct pvop_template pvop_template_##fn __used __section(".pvops.templates") = {     \
			.backend = backend_name,                                                   \
			.start = fn,                                                               \
			.end = fn##_end,                                                           \
			.slot = PVOP_SLOT(member),                                                 \
			.clobbers = clobber_mask,                                                  \
			.reloc = reloc_offset,                                                     \
	}

extern const struct pvop_template __pvops_templates_start[], __pvops_templates_end[];

#endif
