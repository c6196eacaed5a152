/* SPDX-License-Identifier: GPL-2.0 */
/*
 * The hypercall transport: one page of 32-byte stubs, one per hypercall.
 *
 * Every wrapper in include/xen-guest/hypercall.h calls stub nr at
 * xen_hypercall_page + nr * 32, so the page is the one indirection between
 * the shared Xen code and the instruction that enters Xen. The layer owns
 * the page; the backend fills it before its first hypercall: a PV guest
 * names it in the XEN_ELFNOTE_HYPERCALL_PAGE note and Xen writes its
 * syscall stubs here while building the domain; a PVH backend would write
 * its own vmcall or vmmcall stubs with the same register contract. Until
 * then it holds int3, so a hypercall before the page is filled traps at
 * once instead of running into whatever followed. The linker script puts
 * it at the start of the text, right after the entry code.
 */
#include <xen-guest/hypercall.h>

#define XEN_HYPERCALL_PAGE_SIZE 4096
#define INT3 0xcc

	.section .text.hypercall_page, "ax"
	.balign XEN_HYPERCALL_PAGE_SIZE
	.globl xen_hypercall_page
xen_hypercall_page:
	.fill XEN_HYPERCALL_PAGE_SIZE, 1, INT3

	.section .note.GNU-stack, "", @progbits
