// SPDX-License-Identifier: GPL-2.0
/*
 * The data half of the patchcheck fixture image; the code is fixture.S.
 *
 * patchcheck's expected outputs name addresses, so the fixture keeps every
 * byte of code in assembly at a fixed place (.text.entry, first in
 * kernel/pvops.lds) and this file holds only what C lays out best: the
 * table itself, sized by struct pv_ops, one backend registration with its
 * ops table, and one inline template that carries a rel32, so `show
 * --backend fixture` exercises every rule of the patcher (template with
 * relocation, direct call, nop, ident, ud2 for a NULL slot, a site kept for
 * its clobbers). Nothing here ever runs; the image is only read.
 */
#include <pvops/backend.h>
#include <pvops/pv_ops.h>
#include <pvops/template.h>

struct pv_ops pv_ops;

extern const u8 fixture_tmpl_save_fl[], fixture_tmpl_save_fl_end[];
void fixture_c_op(void);
void fixture_callee_op(void);

static const struct pv_ops fixture_ops = {
	.cpu.cpuid = (void *)fixture_c_op,
	.cpu.read_cr0 = (void *)fixture_c_op,
	.irq.save_fl = {.func = fixture_callee_op},
	.irq.irq_disable = {.func = fixture_callee_op},
	.mmu.make_pte = pvops_ident,
	.mmu.alloc_pte = (void *)pvops_nop,
	.time.sched_clock = (void *)fixture_c_op,
};

static const struct pv_info fixture_info;

static PVOPS_BACKEND(fixture_backend) = {
	.name = "fixture",
	.ops = &fixture_ops,
	.info = &fixture_info,
};

static const struct pvop_template fixture_template __used __section(".pvops.templates") = {
	.backend = &fixture_backend,
	.start = fixture_tmpl_save_fl,
	.end = fixture_tmpl_save_fl_end,
	.slot = PVOP_SLOT(irq.save_fl),
	.clobbers = CLBR_RAX,
	.reloc = 1,
};

static PVOPS_BACKEND(fixture_empty_backend) = {
	.name = "fixture-empty",
};
