/* SPDX-License-Identifier: GPL-2.0 */
/*
 * What the native backend's files share with each other, and nobody else.
 */
#ifndef NATIVE_NATIVE_H
#define NATIVE_NATIVE_H

#include <pvops/backend.h>

extern const struct pvops_backend native_backend;

void native_console_init(void);
void native_early_idt_init(void);
void native_tsc_calibrate(void);
#ifdef CONFIG_PVOPS
void native_install_ops(void);
unsigned int native_patch(unsigned int slot, u8 *buf, unsigned int len, u16 *clobbers);

/* Bodies of the ops written in assembly (ops.c), which are also templates. */
#define NATIVE_ASM_OP_SYMBOLS(name) extern const u8 native_asm_##name[], native_asm_##name##_end[]
NATIVE_ASM_OP_SYMBOLS(irq_disable);
NATIVE_ASM_OP_SYMBOLS(irq_enable);
NATIVE_ASM_OP_SYMBOLS(save_fl);
NATIVE_ASM_OP_SYMBOLS(restore_fl);
NATIVE_ASM_OP_SYMBOLS(read_cr2);
NATIVE_ASM_OP_SYMBOLS(read_cr3);
NATIVE_ASM_OP_SYMBOLS(write_cr3);
#else
static inline void native_install_ops(void)
{
}
#endif

#endif
