/* SPDX-License-Identifier: GPL-2.0 */
/*
 * The x86 encodings the patcher writes into call sites and patchcheck reads
 * back (Intel SDM vol. 2: CALL, JMP, UD2, INT3, MOV, and Table 2-2 for the
 * ModR/M byte). Plain constants, so the host tools share the kernel's.
 */
#ifndef _X86_OPCODES_H
#define _X86_OPCODES_H

#define X86_OP_CALL_REL32	0xe8
#define X86_OP_JMP_REL32	0xe9
#define X86_OP_JMP_REL8		0xeb
#define X86_OP_INT3		0xcc
#define X86_SEG_PREFIX_CS	0x2e

/* ff /2 is call r/m64, ff /4 is jmp r/m64: the indirect call through a slot. */
#define X86_OP_GROUP5		0xff
#define X86_GROUP5_CALL_NEAR	2
#define X86_GROUP5_JMP_NEAR	4

/* ModR/M: mod 00 with r/m 101 is [rip + disp32] in 64-bit mode. */
#define X86_MODRM_MOD_INDIRECT	0
#define X86_MODRM_RM_RIP_DISP32	5
#define X86_MODRM(mod, reg, rm)	((mod) << 6 | (reg) << 3 | (rm))

/* Two-byte opcodes follow the escape byte: ud2 is 0f 0b. */
#define X86_OP_ESCAPE		0x0f
#define X86_OP2_UD2		0x0b

/* mov %rdi,%rax is REX.W 89 /r with mod 11 (register), reg %rdi, r/m %rax. */
#define X86_PREFIX_REX_W	0x48
#define X86_OP_MOV_RM_R		0x89
#define X86_MODRM_MOD_REGISTER	3
#define X86_MODRM_RAX		0
#define X86_MODRM_RDI		7

#endif
