/* SPDX-License-Identifier: GPL-2.0 */
/*
 * The user programs, embedded in the image as files.
 *
 * Each program's ELF file is included byte for byte (.incbin, from the
 * build's user/ folder), so the kernel loads it exactly as a loader would
 * load it from a disk, through the full header check of kernel/elf.c; the
 * table user_programs[] gives each one's name and bounds. The files are
 * read-only data: nothing in them is kernel code.
 */
	.macro PROGRAM name
	.section .rodata.user_programs.files, "a"
	.balign 8
.Lfile_\name:
	.incbin "\name\().elf"
.Lend_\name:
	.section .rodata.user_programs.names, "a"
.Lname_\name:
	.asciz "\name"
	.section .rodata.user_programs, "a"
	.balign 8
	.quad .Lname_\name, .Lfile_\name, .Lend_\name
	.endm

	.section .rodata.user_programs, "a"
	.balign 8
	.globl user_programs
user_programs:
	PROGRAM utest
	PROGRAM hello
	PROGRAM ubench
	PROGRAM forge
	PROGRAM uswitch
	.globl user_programs_end
user_programs_end:

	.section .note.GNU-stack, "", @progbits
