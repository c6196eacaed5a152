/* SPDX-License-Identifier: GPL-2.0 */
/*
 * The two hypercall stubs an HVM or PVH guest copies into the transport page.
 *
 * A guest in a hardware container enters Xen with the vendor's own
 * instruction, vmcall on Intel VT-x and vmmcall on AMD SVM, the hypercall
 * number in %eax and the arguments where the PV ABI has them. These are
 * the stubs as data: hypercall_hvm.c copies one into every 32-byte slot
 * of xen_hypercall_page and writes the slot's number over the immediate,
 * so the wrappers call the same addresses with the same register contract
 * as a PV guest, and neither instruction ever runs from here (.rodata).
 * The assembler encodes them (gas always gives "movl $imm, %eax" its
 * 32-bit immediate); the immediate's offset comes from a label. Both stubs
 * have the same length, which the C side checks.
 */
	.section .rodata, "a"

	.globl xen_hvm_stub_vmcall, xen_hvm_stub_vmcall_end, xen_hvm_stub_vmmcall
	.globl xen_hvm_stub_vmmcall_end, xen_hvm_stub_nr_offset
#define IMM32_SIZE 4

xen_hvm_stub_vmcall:
	movl	$0, %eax			/* b8 imm32: the immediate ends the insn */
.Lvmcall_nr_end:
	vmcall
	ret
xen_hvm_stub_vmcall_end:

xen_hvm_stub_vmmcall:
	movl	$0, %eax
	vmmcall
	ret
xen_hvm_stub_vmmcall_end:

	.balign 4
xen_hvm_stub_nr_offset:
	.long .Lvmcall_nr_end - IMM32_SIZE - xen_hvm_stub_vmcall

	.section .note.GNU-stack, "", @progbits
