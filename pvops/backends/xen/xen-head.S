/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Xen PV entry: the ELF notes that make the image a Xen guest, and the
 * entry point they name.
 *
 * Xen's domain builder reads these notes instead of a boot protocol header:
 * where to enter (ENTRY), where to write the hypercall stubs
 * (HYPERCALL_PAGE: the Xen layer's transport page, pvops/platform/xen-guest/), which ABI the guest speaks (XEN_VERSION "xen-3.0",
 * LOADER "generic"), what it can be (SUPPORTED_FEATURES: dom0), and how
 * its virtual and physical addresses relate (VIRT_BASE = PADDR_OFFSET = 0:
 * mapped at its link address, as the PVH path maps it). Xen enters in long
 * mode, ring 3, on its own page tables, with %rsi = start_info; the entry
 * only needs a stack before it can call C. All constants come from Xen's
 * public headers (libxen-dev).
 */
#include <xen/elfnote.h>
#include <xen/features.h>

#define XEN_ELFNOTE(type, desc...)                                                      \
	.pushsection .note.Xen, "a", @note;                                             \
	.balign 4;                                                                      \
	.long 2f - 1f;                                                                  \
	.long 4f - 3f;                                                                  \
	.long type;                                                                     \
1:	.asciz "Xen";                                                                   \
2:	.balign 4;                                                                      \
3:	desc;                                                                           \
4:	.balign 4;                                                                      \
	.popsection

XEN_ELFNOTE(XEN_ELFNOTE_GUEST_OS, .asciz "pvops")
XEN_ELFNOTE(XEN_ELFNOTE_GUEST_VERSION, .asciz "0.1")
XEN_ELFNOTE(XEN_ELFNOTE_XEN_VERSION, .asciz "xen-3.0")
XEN_ELFNOTE(XEN_ELFNOTE_LOADER, .asciz "generic")
XEN_ELFNOTE(XEN_ELFNOTE_VIRT_BASE, .quad 0)
XEN_ELFNOTE(XEN_ELFNOTE_PADDR_OFFSET, .quad 0)
XEN_ELFNOTE(XEN_ELFNOTE_ENTRY, .quad xen_pv_entry)
XEN_ELFNOTE(XEN_ELFNOTE_HYPERCALL_PAGE, .quad xen_hypercall_page)
XEN_ELFNOTE(XEN_ELFNOTE_FEATURES, .asciz "")
XEN_ELFNOTE(XEN_ELFNOTE_SUPPORTED_FEATURES, .long (1 << XENFEAT_dom0))

	.section .text.entry, "ax"
	.code64
	.globl xen_pv_entry
xen_pv_entry:
	cld
	lea	boot_stack_top(%rip), %rsp
	mov	%rsi, %rdi			/* start_info */
	call	xen_start_pv
1:	jmp	1b

	.section .note.GNU-stack, "", @progbits
