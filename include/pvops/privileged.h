/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Where privileged instructions may sit: each folder says so itself.
 *
 * Every privileged or PV-sensitive instruction outside pv_ops is a path that
 * bypasses the table and traps (or silently misbehaves) on a hypervisor, so
 * patchcheck refuses them everywhere except in folders that declare which
 * classes they hold. A backend (or a shared layer such as the PC platform)
 * writes one PVOPS_ALLOW_PRIVILEGED(classes) line in any one of its files;
 * the declaration names the folder of the file it is written in (__FILE__),
 * so a folder can only ever speak for itself, and it covers every compile
 * unit under that folder. The records go to .pvops.privileged, which
 * kernel/pvops.lds keeps as a non-allocated (INFO) section: they are in the
 * image file for patchcheck and cost the running kernel no memory. Generic
 * code (kernel/, pvops/core/) declares nothing, and patchcheck says so.
 * Assembly includes this header for the class values only.
 *
 * A record, 4-byte aligned:
 *   offset size field
 *        0    4 classes   PVOPS_PRIV_* bits; unknown bits are an error
 *        4    4 name_len  bytes of the name that follows, with its NUL
 *        8    n name      the declaring source file, as the compiler was given it
 */
#ifndef PVOPS_PRIVILEGED_H
#define PVOPS_PRIVILEGED_H

#define PVOPS_PRIV_RING0      0x01 /* faults outside ring 0: cli, mov %crN, wrmsr, ... */
#define PVOPS_PRIV_VM	      0x02 /* virtualisation instructions (vmcall, vmlaunch, ...) */
#define PVOPS_PRIV_IRET	      0x04 /* exception return: ring 0 or 1 may, ring-3 PV may not */
#define PVOPS_PRIV_IO	      0x08 /* in, out and their string forms */
#define PVOPS_PRIV_PVFLAGS    0x10 /* pushf/popf: the interrupt flag is virtual under PV */
#define PVOPS_PRIV_VALID_MASK 0x1f

#define PVOPS_PRIVILEGED_SECTION ".pvops.privileged"

#ifndef __ASSEMBLY__
/*
 * The record's directives. The outer macro expands classes to numbers before
 * # makes them the text gas reads, and passes __FILE__ of the using file.
 */
#define __PVOPS_PRIVILEGED_RECORD(classes, file)                         \
	".pushsection " PVOPS_PRIVILEGED_SECTION ", \"\", @progbits\n\t" \
	".balign 4\n\t"                                                  \
	".long " #classes "\n\t"                                         \
	".long 7772f - 7771f\n"                                          \
	"7771:\t.asciz \"" file "\"\n"                                   \
	"7772:\n\t"                                                      \
	".popsection"

#define PVOPS_ALLOW_PRIVILEGED(classes) asm(__PVOPS_PRIVILEGED_RECORD(classes, __FILE__))
#endif

#endif
