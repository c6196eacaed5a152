/* SPDX-License-Identifier: GPL-2.0 */
/*
 * The code of the patchcheck fixture images (data: fixture.c).
 *
 * Built twice. The good image has one site for each thing the patcher can
 * do, emitted the way the real macros emit them (PVOP_ASM_SITE, and the
 * 24-byte callee-save form of include/pvops/call.h), and must verify clean.
 * With FIXTURE_BAD it also carries one deliberate fault per check of
 * `patchcheck verify` (overlapping records, a call through another slot
 * than its record names, a record too short, an unknown slot, bad clobber
 * masks and flags, bytes that are no call, a site outside executable code,
 * an unrecorded call through pv_ops, a slot read into a register and an
 * indexed call, a site inside another instruction, a template whose rel32
 * follows no call or jmp opcode, a template writing registers its clobber
 * mask does not declare, each kind of privileged or PV-sensitive
 * instruction outside the folders that declared it, and two that must not
 * be reported, and declarations that must not count), written with RECORD
 * and DECLARATION below because the real macros cannot get them wrong.
 * Everything is in .text.entry, which kernel/pvops.lds
 * places first, so the addresses in tests/tools/*.expected do not move
 * when the compiler does.
 */
#include <generated/fixture-offsets.h>
#include <pvops/call.h>
#include <pvops/privileged.h>
#include <xen/xen.h>

/* A record with every field given. */
.macro RECORD site:req, slot:req, len:req, flags:req, clobbers:req, reserved=0
	.pushsection .pvops.sites, "a"
	.balign 4
	.long \site - .
	.word \slot
	.byte \len
	.byte \flags
	.word \clobbers
	.word \reserved
	.popsection
.endm

/*
 * A PVOPS_ALLOW_PRIVILEGED record (include/pvops/privileged.h) written by
 * hand, to claim what the macro never would.
 */
.macro DECLARATION classes:req, file:req
	.pushsection .pvops.privileged, "", @progbits
	.balign 4
	.long \classes
	.long 7792f - 7791f
7791:	.asciz "\file"
7792:
	.popsection
.endm

/* A callee-save site as __PVOP_CALLEE emits it: the call, then jmp over int3 fill. */
.macro CALLEE_SITE slot:req, clobbers:req
771:
	call *pv_ops+8*\slot(%rip)
	jmp 772f
	.fill PVOP_CALLEE_SITE_LEN - 8, 1, 0xcc
772:
	RECORD 771b, \slot, (772b-771b), 0, \clobbers
.endm

.macro FUNC name:req
	.globl \name
	.type \name, @function
\name:
.endm

.macro ENDFUNC name:req
	.size \name, . - \name
.endm

	.section .text.entry, "ax"
	.code64

FUNC fixture_start
	PVOP_ASM_SITE FIXTURE_SLOT_CPUID, CLBR_CALLER_SAVED	/* call */
	CALLEE_SITE FIXTURE_SLOT_SAVE_FL, CLBR_RAX		/* inline, rel32 re-aimed */
	CALLEE_SITE FIXTURE_SLOT_IRQ_DISABLE, CLBR_RAX		/* call to a callee-save op */
	PVOP_ASM_SITE FIXTURE_SLOT_MAKE_PTE, CLBR_CALLER_SAVED	/* ident */
	PVOP_ASM_SITE FIXTURE_SLOT_ALLOC_PTE, CLBR_CALLER_SAVED	/* nop */
	PVOP_ASM_SITE FIXTURE_SLOT_READ_CR2, CLBR_CALLER_SAVED	/* NULL slot: ud2 */
	PVOP_ASM_SITE FIXTURE_SLOT_SCHED_CLOCK, CLBR_RAX	/* kept: clobber mismatch */
	ret
ENDFUNC fixture_start

FUNC fixture_c_op
	ret
ENDFUNC fixture_c_op

FUNC fixture_callee_op
	ret
ENDFUNC fixture_callee_op

FUNC pvops_nop
	ret
ENDFUNC pvops_nop

FUNC pvops_ident
	mov	%rdi, %rax
	ret
ENDFUNC pvops_ident

/* The template's bytes are [fixture_tmpl_save_fl, _end): a call whose rel32 moves with it. */
FUNC fixture_tmpl_save_fl
	call	fixture_flags
	.globl fixture_tmpl_save_fl_end
fixture_tmpl_save_fl_end:
	ret
ENDFUNC fixture_tmpl_save_fl

FUNC fixture_flags
	xor	%eax, %eax
	ret
ENDFUNC fixture_flags

#ifdef FIXTURE_BAD
FUNC fixture_bad
	/* The call goes through read_cr0; the record says cpuid. */
1:	call	*pv_ops+8*FIXTURE_SLOT_READ_CR0(%rip)
	RECORD	1b, FIXTURE_SLOT_CPUID, 6, 0, CLBR_CALLER_SAVED
	/* Two records for one site. */
2:	call	*pv_ops+8*FIXTURE_SLOT_CPUID(%rip)
	RECORD	2b, FIXTURE_SLOT_CPUID, 6, 0, CLBR_CALLER_SAVED
	RECORD	2b, FIXTURE_SLOT_CPUID, 6, 0, CLBR_CALLER_SAVED
	/* A record reaching two bytes into the next site. */
3:	call	*pv_ops+8*FIXTURE_SLOT_CPUID(%rip)
4:	call	*pv_ops+8*FIXTURE_SLOT_CPUID(%rip)
	RECORD	3b, FIXTURE_SLOT_CPUID, 8, 0, CLBR_CALLER_SAVED
	RECORD	4b, FIXTURE_SLOT_CPUID, 6, 0, CLBR_CALLER_SAVED
	/* Shorter than the call. */
5:	call	*pv_ops+8*FIXTURE_SLOT_CPUID(%rip)
	RECORD	5b, FIXTURE_SLOT_CPUID, 5, 0, CLBR_CALLER_SAVED
	/* A slot struct pv_ops does not have. */
6:	call	*pv_ops+8*FIXTURE_SLOT_CPUID(%rip)
	RECORD	6b, 999, 6, 0, CLBR_CALLER_SAVED
	/* Clobber bits beyond the caller-saved registers. */
7:	call	*pv_ops+8*FIXTURE_SLOT_CPUID(%rip)
	RECORD	7b, FIXTURE_SLOT_CPUID, 6, 0, 0x3ff
	/* A slot that returns in %rax, at a site that claims to keep %rax. */
8:	call	*pv_ops+8*FIXTURE_SLOT_READ_CR0(%rip)
	RECORD	8b, FIXTURE_SLOT_READ_CR0, 6, 0, CLBR_RCX
	/* Flag and reserved bits the format does not define. */
9:	call	*pv_ops+8*FIXTURE_SLOT_CPUID(%rip)
	RECORD	9b, FIXTURE_SLOT_CPUID, 6, 0x80, CLBR_CALLER_SAVED, 7
	/* Bytes that are no call. */
10:	.byte	0x66, 0x0f, 0x1f, 0x44, 0x00, 0x00
	RECORD	10b, FIXTURE_SLOT_CPUID, 6, 0, CLBR_CALLER_SAVED
	/* A 24-byte site padded with NOPs instead of the jmp over int3. */
11:	call	*pv_ops+8*FIXTURE_SLOT_SAVE_FL(%rip)
	.fill	18, 1, 0x90
	RECORD	11b, FIXTURE_SLOT_SAVE_FL, 24, 0, CLBR_RAX
	/* A call through pv_ops the patcher would never see. */
	call	*pv_ops+8*FIXTURE_SLOT_SAVE_FL(%rip)
	/* What only a folder that declared ring-0 instructions may do. */
	cli
	/* Each instruction capstone's privilege group holds that the issue listed... */
	lldt	%ax
	mov	%db0, %rax
	invd
	swapgs
	lmsw	%ax
	xsetbv
	rdpmc
	sysretq
	iretq
	/* ...what capstone 4 leaves out of it, and what is sensitive under PV. */
	rdmsr
	clts
	popfq
	pushfq
	/* Port I/O: tests/tools/layer/ declared it, this folder did not. */
	inb	$0x60, %al
	outb	%al, $0x80
	/* Not reported: any ring loads a segment register; Xen's signature is no code. */
	mov	%eax, %fs
	XEN_EMULATE_PREFIX cpuid
	/* A slot loaded into a register first, then called. */
	mov	pv_ops+8*FIXTURE_SLOT_SAVE_FL(%rip), %rax
	call	*%rax
	/* A call through the table with an index register. */
	call	*pv_ops(, %rbx, 8)
	/* A site inside a movabs immediate: its bytes match, but it is no instruction. */
	.byte	0x48, 0xb8
12:	call	*pv_ops+8*FIXTURE_SLOT_CPUID(%rip)
	.byte	0, 0
	RECORD	12b, FIXTURE_SLOT_CPUID, 6, 0, CLBR_CALLER_SAVED
	ret
ENDFUNC fixture_bad

	/*
	 * Declarations that must not count, each for the ring-0 class the
	 * instructions above need: one with a class no header defines, one
	 * naming a file that is no compile unit here (a folder speaking for
	 * another), one from generic code, one whose name has no folder.
	 */
	DECLARATION PVOPS_PRIV_RING0 | 0x80, tests/tools/fixture.S
	DECLARATION PVOPS_PRIV_RING0, pvops/backends/native/ops.c
	DECLARATION PVOPS_PRIV_RING0, pvops/core/sites.S
	DECLARATION PVOPS_PRIV_RING0, fixture.S

	.section .rodata
fixture_not_code:
	.byte	0xff, 0x15, 0, 0, 0, 0
	RECORD	fixture_not_code, FIXTURE_SLOT_CPUID, 6, 0, CLBR_CALLER_SAVED
fixture_bad_template_backend:
	.asciz	"fixture-bad"

	/*
	 * A template whose PVOP_TEMPLATE_REL32 sits before a mov, not a call:
	 * its rel32 offset points into an immediate. Its backend is built in
	 * nowhere, so it changes no patch decision, only what verify says.
	 */
	.section .text.entry, "ax"
FUNC fixture_bad_template
	.set	.Lfixture_bad_rel32, . + 1
	mov	$0x12345678, %eax
fixture_bad_template_end:
	ret
ENDFUNC fixture_bad_template
	.section .pvops.templates, "a"
	.balign	8
	.quad	fixture_bad_template_backend, fixture_bad_template, fixture_bad_template_end
	.short	FIXTURE_SLOT_CPUID, CLBR_RAX, .Lfixture_bad_rel32 - fixture_bad_template, 0

	/*
	 * A template whose bytes write registers its clobber mask does not let
	 * it: %rax under CLBR_NONE, and %rbx, callee-saved, which no mask may.
	 */
	.section .text.entry, "ax"
FUNC fixture_clobbering_template
	/* No rel32, spelled as PVOP_TEMPLATE spells it: the offset -1. */
	.set	.Lfixture_no_rel32, fixture_clobbering_template - 1
	xor	%eax, %eax
	mov	%rdi, %rbx
fixture_clobbering_template_end:
	ret
ENDFUNC fixture_clobbering_template
	.section .pvops.templates, "a"
	.balign	8
	.quad	fixture_bad_template_backend, fixture_clobbering_template
	.quad	fixture_clobbering_template_end
	.short	FIXTURE_SLOT_CPUID, CLBR_NONE, .Lfixture_no_rel32 - fixture_clobbering_template, 0
#endif

	.section .note.GNU-stack, "", @progbits
