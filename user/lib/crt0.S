/* SPDX-License-Identifier: GPL-2.0 */
/*
 * The user programs' entry: the kernel starts a process at _start with
 * its argument in %rdi and %rsp at the top of its stack; main(arg)'s
 * result is its exit status. The call keeps the ABI's 16-byte alignment.
 */
#include <kernel/syscall_nr.h>

	.section .text.start, "ax"
	.globl _start
_start:
	and	$-16, %rsp
	call	main
	movslq	%eax, %rdi
	mov	$SYS_exit, %eax
	syscall
1:	jmp	1b

	.section .note.GNU-stack, "", @progbits
