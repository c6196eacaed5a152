/* SPDX-License-Identifier: GPL-2.0 */
/*
 * The PVH entry, shared by every guest entered through it.
 *
 * QEMU's -kernel loader and Xen (for PVH guests) find XEN_ELFNOTE_PHYS32_ENTRY
 * and jump there in 32-bit protected mode with paging off and %ebx holding
 * the physical address of hvm_start_info. Long mode needs paging, so this
 * file builds the smallest tables that identity-map the first GiB with 2 MiB
 * pages (the image is linked at 1 MiB, virtual == physical, the same layout a
 * Xen PV guest gets with VIRT_BASE = 0), turns on PAE, EFER.LME and paging
 * (with CR0.WP, so read-only pages are read-only to the kernel too),
 * loads a flat GDT and calls pvh_start() in C. The early exception
 * stubs are here too: until the kernel has its own trap table, any exception
 * is a bug, and pvh_early_trap() turns it into a panic with the vector and
 * address rather than a silent triple fault.
 */
#include <kernel/segments.h>
#include <kernel/trap_stubs.h>
#include <xen/elfnote.h>

#define CR0_PE 0x00000001
#define CR0_WP 0x00010000
#define CR0_PG 0x80000000
#define CR4_PAE 0x00000020
#define MSR_EFER 0xc0000080
#define EFER_LME 0x00000100
#define PTE_PRESENT_RW 0x003
#define PDE_LARGE 0x080
#define BOOT_CS GDT_SELECTOR(GDT_ENTRY_KERNEL_CS, 0)
#define BOOT_DS GDT_SELECTOR(GDT_ENTRY_KERNEL_DS, 0)

	.pushsection .note.Xen, "a", @note
	.balign 4
	.long 4, 4f - 3f, XEN_ELFNOTE_PHYS32_ENTRY
	.asciz "Xen"
3:	.long pvh_entry
4:	.balign 4
	.popsection

	.section .text.entry, "ax"
	.code32
	.globl pvh_entry
pvh_entry:
	cli
	cld
	mov	$boot_stack_top, %esp
	mov	%ebx, %esi			/* hvm_start_info, kept for C */

	/* pml4[0] -> pdpt, pdpt[0] -> pd, pd = 512 x 2 MiB: the first GiB. */
	mov	$pvh_boot_pdpt + PTE_PRESENT_RW, %eax
	mov	%eax, pvh_boot_pml4
	mov	$pvh_boot_pd + PTE_PRESENT_RW, %eax
	mov	%eax, pvh_boot_pdpt
	xor	%ecx, %ecx
1:	mov	%ecx, %eax
	shl	$21, %eax
	or	$(PTE_PRESENT_RW | PDE_LARGE), %eax
	mov	%eax, pvh_boot_pd(, %ecx, 8)
	inc	%ecx
	cmp	$512, %ecx
	jb	1b

	mov	%cr4, %eax
	or	$CR4_PAE, %eax
	mov	%eax, %cr4
	mov	$pvh_boot_pml4, %eax
	mov	%eax, %cr3
	mov	$MSR_EFER, %ecx
	rdmsr
	or	$EFER_LME, %eax
	wrmsr
	mov	%cr0, %eax
	or	$(CR0_PG | CR0_WP | CR0_PE), %eax
	mov	%eax, %cr0
	lgdt	pvh_boot_gdt_desc
	ljmp	$BOOT_CS, $1f

	.code64
1:	mov	$BOOT_DS, %eax
	mov	%eax, %ds
	mov	%eax, %es
	mov	%eax, %ss
	mov	%eax, %fs
	mov	%eax, %gs
	mov	$boot_stack_top, %rsp
	mov	%esi, %edi			/* zero-extends the pointer */
	call	pvh_start
2:	hlt
	jmp	2b

/*
 * Early exception stubs, TRAP_STUB_SIZE bytes apart like the kernel's:
 * push a zero error code where the CPU pushes none, then the vector, then
 * hand the frame to C.
 */
	.balign TRAP_STUB_SIZE
	.globl pvh_early_idt_stubs
pvh_early_idt_stubs:
	vector = 0
	.rept NR_EXCEPTIONS
	.balign TRAP_STUB_SIZE
	.if TRAP_STUB_PUSHES_ZERO(vector)
	pushq	$0
	.endif
	pushq	$vector
	jmp	pvh_early_trap_common
	vector = vector + 1
	.endr

pvh_early_trap_common:
	mov	%rsp, %rdi			/* vector, error code, iret frame */
	call	pvh_early_trap		/* panics; never returns */
3:	hlt
	jmp	3b

	/*
	 * The boot GDT is the kernel's own (kernel/desc.c's gdt_table, built
	 * from named descriptor fields), up to its data entry: the selectors
	 * loaded here stay valid when desc_init() loads the whole table.
	 */
	.section .rodata
	.balign 8
pvh_boot_gdt_desc:
	.word (GDT_ENTRY_KERNEL_DS + 1) * 8 - 1
	.long gdt_table

	.section .bss
	.balign 4096
	.globl pvh_boot_pml4
pvh_boot_pml4:	.skip 4096
pvh_boot_pdpt:	.skip 4096
pvh_boot_pd:		.skip 4096

	.section .note.GNU-stack, "", @progbits
