// SPDX-License-Identifier: GPL-2.0
/*
 * The hypercall transport of a guest in a hardware container (HVM, PVH).
 *
 * A PV guest's transport page is written by Xen from the HYPERCALL_PAGE
 * note. A PVH guest writes its own, because Xen's advice since XSA-466 is
 * that new guests make no use of a page Xen writes into guest memory: the
 * guest chooses the instruction itself, vmcall on Intel and vmmcall on AMD
 * and Hygon (the backend asks CPUID's vendor string), as Linux does, and
 * this file fills every
 * 32-byte slot with "mov $nr, %eax; vmcall-or-vmmcall; ret" from the
 * templates in hypercall_hvm_stubs.S. The wrappers of hypercall.h then
 * work unchanged, at the same cost as under PV. It runs once, before the
 * first hypercall, while the text is still writable (the kernel is frozen
 * read-only only after patching), and leaves unused bytes as int3.
 */
#include <kernel/printk.h>
#include <kernel/string.h>
#include <xen-guest/guest.h>
#include <xen-guest/hypercall.h>

extern const u8 xen_hvm_stub_vmcall[], xen_hvm_stub_vmcall_end[];
extern const u8 xen_hvm_stub_vmmcall[], xen_hvm_stub_vmmcall_end[];
extern const u32 xen_hvm_stub_nr_offset;

void xen_hvm_fill_hypercall_page(bool vmmcall)
{
	const u8 *stub = vmmcall ? xen_hvm_stub_vmmcall : xen_hvm_stub_vmcall;
	size_t len = vmmcall ? xen_hvm_stub_vmmcall_end - xen_hvm_stub_vmmcall
			     : xen_hvm_stub_vmcall_end - xen_hvm_stub_vmcall;
	u32 nr;

	if (len != (size_t)(xen_hvm_stub_vmcall_end - xen_hvm_stub_vmcall) ||
	    len > XEN_HYPERCALL_STUB_SIZE)
		panic("xen: hypercall stub templates of %zu bytes do not fit the %u-byte slots",
		      len, XEN_HYPERCALL_STUB_SIZE);
	for (nr = 0; nr < XEN_HYPERCALL_STUBS; nr++) {
		u8 *slot = (u8 *)XEN_HYPERCALL_STUB(nr);

		memcpy(slot, stub, len);
		memcpy(slot + xen_hvm_stub_nr_offset, &nr, sizeof(nr));
	}
}
