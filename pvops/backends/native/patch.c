// SPDX-License-Identifier: GPL-2.0
/*
 * The native backend's inline templates.
 *
 * For the ops that are one or two instructions on bare hardware, a call
 * site becomes those instructions themselves: cli, sti, pushf/pop,
 * push/popf, and the CR2/CR3 moves. The bytes are the bodies of the
 * functions ops.c defines with NATIVE_ASM_OP, so the patched and the
 * unpatched kernel run the same instructions. Each template declares what
 * it writes (%rax for the reads), and the core patcher inlines it only into
 * sites whose clobber mask allows that; everything else becomes a direct
 * call by the generic rules.
 */
#include <pvops/patch.h>
#include <pvops/pv_ops.h>

#include "native.h"

#define TEMPLATE(member, op, clbr)                                                                 \
	[PVOP_SLOT(member)] = { native_asm_##op, native_asm_##op##_end, clbr, true }

struct native_template {
	const u8 *start, *end;
	u16 clobbers;
	bool present;
};

static const struct native_template native_templates[PVOP_NR_SLOTS] = {
	TEMPLATE(irq.irq_disable, irq_disable, CLBR_NONE),
	TEMPLATE(irq.irq_enable, irq_enable, CLBR_NONE),
	TEMPLATE(irq.save_fl, save_fl, CLBR_RAX),
	TEMPLATE(irq.restore_fl, restore_fl, CLBR_NONE),
	TEMPLATE(mmu.read_cr2, read_cr2, CLBR_RAX),
	TEMPLATE(mmu.read_cr3, read_cr3, CLBR_RAX),
	TEMPLATE(mmu.write_cr3, write_cr3, CLBR_NONE),
};

unsigned int native_patch(unsigned int slot, u8 *buf, unsigned int len, u16 *clobbers)
{
	const struct native_template *t;

	if (slot >= PVOP_NR_SLOTS || !native_templates[slot].present)
		return 0;
	t = &native_templates[slot];
	*clobbers = t->clobbers;
	return pvops_patch_template(buf, len, t->start, t->end);
}
