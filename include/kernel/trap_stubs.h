/* SPDX-License-Identifier: GPL-2.0 */
/*
 * The geometry of the exception entry stubs, for assembly and C alike.
 *
 * kernel/entry.S lays out one stub per vector, TRAP_STUB_SIZE bytes apart,
 * and C finds vector v's stub at exception_stubs + v * TRAP_STUB_SIZE
 * (kernel/traps.c for the IDT, a backend for its own trap table or its
 * early stubs); a backend's assembly jumps into them the same way. All of
 * them must agree on one number (and on which vectors carry an error
 * code), so it is defined here once, in a header
 * that holds only preprocessor constants and is therefore safe to include
 * from .S files. Sixteen bytes is what the largest stub (push of an imm32
 * error code, push of the vector, jmp rel32) needs, rounded to a power of
 * two so the assembler's .balign can place them.
 */
#ifndef KERNEL_TRAP_STUBS_H
#define KERNEL_TRAP_STUBS_H

#define TRAP_STUB_SIZE 16
/* Offsets in struct pt_regs (include/kernel/traps.h checks them) for entry assembly. */
#define PT_REGS_VECTOR 120
#define PT_REGS_RIP 136
#define PT_REGS_CS 144
#define PT_REGS_RFLAGS 152
#define PT_REGS_RSP 160
/* The vector a system call's frame carries: none of the 256 real ones. */
#define SYSCALL_FRAME_VECTOR NR_VECTORS
#define NR_VECTORS 256
#define NR_EXCEPTIONS 32

/*
 * The vectors for which the CPU pushes no error code (all but #DF, #TS,
 * #NP, #SS, #GP, #PF, #AC, #CP, #VC, #SX): their stubs push a zero in its
 * place, so every frame has the same shape.
 */
#define TRAP_STUB_PUSHES_ZERO(v)                                                                   \
	((v) != 8 && ((v) < 10 || (v) > 14) && (v) != 17 && (v) != 21 && (v) != 29 && (v) != 30)

#endif
