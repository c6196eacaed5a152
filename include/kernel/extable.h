/* SPDX-License-Identifier: GPL-2.0 */
/*
 * The exception fixup table: "if the instruction at FROM faults, continue
 * at TO". Code that may fault on purpose (a probe, a test provoking a
 * fault) places an entry with _ASM_EXTABLE next to the instruction;
 * do_trap() consults the table before deciding an exception is fatal.
 * Addresses are absolute: the image never moves.
 */
#ifndef KERNEL_EXTABLE_H
#define KERNEL_EXTABLE_H

#define _ASM_EXTABLE(from, to)                                                                     \
	".pushsection __ex_table, \"a\"\n\t"                                                       \
	".balign 8\n\t"                                                                            \
	".quad " #from ", " #to "\n\t"                                                             \
	".popsection\n\t"

#ifndef __ASSEMBLY__
#include <kernel/types.h>

struct exception_table_entry {
	unsigned long insn, fixup;
};

extern const struct exception_table_entry __ex_table_start[], __ex_table_end[];

const struct exception_table_entry *search_exception_table(unsigned long addr);
#endif

#endif
