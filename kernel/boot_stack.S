/* SPDX-License-Identifier: GPL-2.0 */
/*
 * The boot stack, shared by every entry path: exactly one of them runs, and
 * it runs on this stack until the kernel has threads of its own.
 */
	.section .bss
	.balign 16
	.globl boot_stack, boot_stack_top
boot_stack:
	.skip 16384
boot_stack_top:

	.section .note.GNU-stack, "", @progbits
