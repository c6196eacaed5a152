/* SPDX-License-Identifier: GPL-2.0 */
/*
 * An assembly-side call site, for the patch suite: the flags read through
 * PVOP_ASM_SITE must equal the flags read through the C wrapper, patched,
 * unpatched and poisoned alike.
 */
#include <generated/asm-offsets.h>
#include <pvops/call.h>

	.text
	.globl ktest_asm_save_fl
	.type ktest_asm_save_fl, @function
ktest_asm_save_fl:
	PVOP_ASM_SITE PVOP_SLOT_SAVE_FL, CLBR_RAX
	ret
	.size ktest_asm_save_fl, . - ktest_asm_save_fl

	.section .note.GNU-stack, "", @progbits
