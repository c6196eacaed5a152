/* SPDX-License-Identifier: GPL-2.0 */
/*
 * The AP's way from the SIPI to the kernel: real mode, protected mode,
 * long mode, as Linux's trampoline_64.S.
 *
 * A SIPI starts the AP in real mode at PC_TRAMPOLINE_BASE (CS = base >> 4,
 * IP = 0), so this code is assembled to run there, not where it is linked:
 * smpboot.c copies it to that page and fills the parameter block at its
 * end (CR3, stack, entry, argument). It lives in .rodata, so it is never
 * run in place and is not kernel text. Its own GDT has the 32-bit code and
 * data segments the middle step needs and the 64-bit code segment of the
 * last; the kernel's GDT is loaded by the AP itself in C (desc_init_cpu()).
 * Paging goes on with the kernel's CR3 (below 4 GiB: the PVH entry's
 * tables in the image), PAE first and EFER.LME, CR0.WP as the boot CPU has
 * it; interrupts stay off throughout.
 */
#include <kernel/segments.h>
#include <pc/apic.h>

#define TRAMP(sym) (PC_TRAMPOLINE_BASE + (sym) - pc_trampoline_start)
#define CR0_PE 0x00000001
#define CR0_WP 0x00010000
#define CR0_PG 0x80000000
#define CR4_PAE 0x00000020
#define MSR_EFER 0xc0000080
#define EFER_LME 0x00000100
/*
 * The 64-bit code and the data selector are the kernel's (kernel/desc.c):
 * CS and SS keep them when the AP loads the kernel's GDT, and an interrupt
 * frame must carry selectors that table has. The 32-bit code goes after.
 */
#define TRAMP_CS64 GDT_SELECTOR(GDT_ENTRY_KERNEL_CS, 0)
#define TRAMP_DS GDT_SELECTOR(GDT_ENTRY_KERNEL_DS, 0)
#define TRAMP_CS32 GDT_SELECTOR(GDT_ENTRY_KERNEL_DS + 1, 0)

	.section .rodata
	.balign 16
	.globl pc_trampoline_start, pc_trampoline_end
	.code16
pc_trampoline_start:
	cli
	cld
	mov	%cs, %ax
	mov	%ax, %ds
	lgdtl	tramp_gdt_desc - pc_trampoline_start
	mov	%cr0, %eax
	or	$CR0_PE, %eax
	mov	%eax, %cr0
	ljmpl	$TRAMP_CS32, $TRAMP(tramp_32)

	.code32
tramp_32:
	mov	$TRAMP_DS, %ax
	mov	%ax, %ds
	mov	%ax, %es
	mov	%ax, %ss
	mov	%cr4, %eax
	or	$CR4_PAE, %eax
	mov	%eax, %cr4
	mov	TRAMP(tramp_params) + PC_TRAMPOLINE_CR3, %eax
	mov	%eax, %cr3
	mov	$MSR_EFER, %ecx
	rdmsr
	or	$EFER_LME, %eax
	wrmsr
	mov	%cr0, %eax
	or	$(CR0_PG | CR0_WP | CR0_PE), %eax
	mov	%eax, %cr0
	ljmpl	$TRAMP_CS64, $TRAMP(tramp_64)

	.code64
tramp_64:
	mov	$TRAMP_DS, %eax
	mov	%eax, %ds
	mov	%eax, %es
	mov	%eax, %ss
	xor	%eax, %eax
	mov	%eax, %fs
	mov	%eax, %gs
	mov	TRAMP(tramp_params) + PC_TRAMPOLINE_STACK, %rsp
	mov	TRAMP(tramp_params) + PC_TRAMPOLINE_ARG, %rdi
	mov	TRAMP(tramp_params) + PC_TRAMPOLINE_ENTRY, %rax
	call	*%rax			/* the entry never returns */
1:	hlt
	jmp	1b

	.balign 8
tramp_gdt:
	.quad	0
	.quad	0x00af9a000000ffff	/* TRAMP_CS64: 64-bit code, as kernel/desc.c's */
	.quad	0x00cf92000000ffff	/* TRAMP_DS: flat data, as kernel/desc.c's */
	.quad	0x00cf9a000000ffff	/* TRAMP_CS32: flat 32-bit code */
tramp_gdt_desc:
	.word	tramp_gdt_desc - tramp_gdt - 1
	.long	TRAMP(tramp_gdt)

	.balign 8
tramp_params:
	.skip	32
pc_trampoline_end:

	.section .note.GNU-stack, "", @progbits
