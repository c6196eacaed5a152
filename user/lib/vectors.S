/* SPDX-License-Identifier: GPL-2.0 */
/*
 * int $n for any n, for the user suite's walk over the 256 vectors.
 *
 * int takes its vector as an immediate, so there is one stub per vector,
 * INT_STUB_SIZE bytes apart, each the two-byte form (0xcd n: the
 * assembler would make `int $3` the one-byte int3, a different
 * instruction) and a return, reached by int_vector(n).
 */
#define INT_STUB_SIZE 4
#define INT_OPCODE 0xcd

	.text
/* void int_vector(unsigned int n): int $n, then back to the caller if the kernel lets it be */
	.globl int_vector
	.type int_vector, @function
int_vector:
	movzbl	%dil, %edi
	lea	int_stubs(%rip), %rax
	lea	(%rax, %rdi, INT_STUB_SIZE), %rax
	jmp	*%rax
	.size int_vector, . - int_vector

	.balign INT_STUB_SIZE
int_stubs:
	vector = 0
	.rept 256
	.balign INT_STUB_SIZE
	.byte	INT_OPCODE, vector
	ret
	vector = vector + 1
	.endr

	.section .note.GNU-stack, "", @progbits
