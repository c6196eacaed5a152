/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Call-site records the patcher must refuse, in a kernel built only by
 * `make test` (build/refused-site/pvops.elf, see the top Makefile).
 *
 * A record in .pvops.sites is data the patcher reads, so a corrupt one must
 * cost a console line, not a byte read or written. These two point outside
 * the kernel text: at the bytes of a pristine sched_clock call placed in
 * .rodata (mapped, so a reader that looked would find bytes worth showing),
 * and beyond the image, past the first GiB the entry maps (unmapped: a reader
 * that looked would fault). The 32-byte one is a callee-save site's length.
 * The boot's `patch` suite and pvops.report must treat both as refused and
 * never read them; patchcheck verify refuses the image, which the Makefile
 * requires, and `patchcheck show --report` predicts their report lines.
 */
#include <generated/asm-offsets.h>
#include <pvops/call.h>

/* Beyond the first GiB, which is all either entry path maps, yet within rel32 of a record. */
#define REFUSED_BEYOND_IMAGE 0x60000000

	.section .rodata
	.globl ktest_refused_rodata_site
ktest_refused_rodata_site:
	call *(pv_ops + 8 * PVOP_SLOT_SAVE_FL)(%rip)
	jmp 1f
	.fill 24, 1, 0xcc
1:
	__PVOP_ASM_RECORD ktest_refused_rodata_site, 1b, PVOP_SLOT_SAVE_FL, PVOP_SITE_F_ASM, CLBR_RAX

	.pushsection .pvops.sites, "a"
	.balign 4
	.long __image_end + REFUSED_BEYOND_IMAGE - .
	.word PVOP_SLOT_SCHED_CLOCK
	.byte 6
	.byte PVOP_SITE_F_ASM
	.word CLBR_CALLER_SAVED
	.word 0
	.popsection

	.section .note.GNU-stack, "", @progbits
