/* SPDX-License-Identifier: GPL-2.0 */
/*
 * PVOPS_MANY_SITES extra call sites, for a kernel built only by `make test`
 * (build/many-sites/pvops.elf, see the top Makefile).
 *
 * Real kernels have tens of thousands of pv_ops sites; this image proves the
 * patcher keeps no limit of its own on how many it records. The sites are
 * ordinary assembly sites for sched_clock with every caller-saved register
 * clobberable, the shape every backend turns into a direct call, so the
 * boot's totals can be predicted exactly from the default image's: this
 * many more sites and this many more calls, nothing more kept. The function
 * is never called; the patch suite checks each site's bytes after boot. One
 * .rept keeps the source small however many sites are asked for.
 */
#include <generated/asm-offsets.h>
#include <pvops/call.h>

	.text
	.globl ktest_many_sites
	.type ktest_many_sites, @function
ktest_many_sites:
	.rept PVOPS_MANY_SITES
	PVOP_ASM_SITE PVOP_SLOT_SCHED_CLOCK, CLBR_CALLER_SAVED
	.endr
	ret
	.size ktest_many_sites, . - ktest_many_sites

	.section .note.GNU-stack, "", @progbits
