// SPDX-License-Identifier: GPL-2.0
/*
 * Xen PVH start-up: from the shared PVH entry to a guest that talks to Xen.
 *
 * The PVH entry (pvops/platform/pvh/) hands the boot to this backend when
 * CPUID names Xen. Before the first printk the guest must be able to make
 * hypercalls, so the early step writes its own vmcall or vmmcall stubs (by
 * CPUID's vendor) into the transport page and registers the console_io
 * console (COM1 is Xen's under PVH), then reads Xen's features and stops
 * the boot, naming it, if one it needs is missing (native refuses under
 * Xen, so no other backend could run). init() then places
 * what the ops need: shared_info added to the physmap over a page of the
 * image (XENMEM_add_to_physmap), vcpu_info registered in the image
 * (VCPUOP_register_vcpu_info), as Linux's PVH does, and, when
 * hvm_start_info carries no memory map (Xen 4.17 gives a PVH dom0 version
 * 0), the RAM map from XENMEM_memory_map.
 */
#define pr_fmt(fmt) "xen-pvh: " fmt

#include <kernel/mm.h>
#include <kernel/printk.h>
#include <pvh/pvh.h>
#include <xen-guest/hypercall.h>
#include <x86/insns.h>
#include <xen/arch-x86/hvm/start_info.h>

#include "xen_pvh.h"

#define XEN_PVH_E820_MAX 32

#define CPUID_VENDOR_LEAF 0
/* "AuthenticAMD" and "HygonGenuine" begin so in CPUID 0's %ebx. */
#define CPUID_VENDOR_AMD_EBX 0x68747541
#define CPUID_VENDOR_HYGON_EBX 0x6f677948

/* The BIOS E820 layout XENMEM_memory_map returns; its types are hvm_start_info's. */
struct xen_pvh_e820_entry {
	u64 addr;
	u64 size;
	u32 type;
} __packed;
_Static_assert(offsetof(struct xen_pvh_e820_entry, type) ==
	       offsetof(struct hvm_memmap_table_entry, type), "E820 and PVH map share a prefix");

static u8 xen_pvh_shared_info_page[PAGE_SIZE] __aligned(PAGE_SIZE);
struct vcpu_info xen_pvh_vcpu_info_area __aligned(64);

/* Intel's VT-x enters Xen with vmcall, AMD's SVM (and Hygon's) with vmmcall. */
static bool xen_pvh_uses_vmmcall(void)
{
	u32 eax = CPUID_VENDOR_LEAF, ebx, ecx = 0, edx;

	native_cpuid(&eax, &ebx, &ecx, &edx);
	return ebx == CPUID_VENDOR_AMD_EBX || ebx == CPUID_VENDOR_HYGON_EBX;
}

void xen_pvh_early_init(void)
{
	const char *missing;

	xen_pvh_debugcon_init();
	xen_hvm_fill_hypercall_page(xen_pvh_uses_vmmcall());
	xen_pvh_console_init();
	xen_read_features();
	missing = xen_pvh_missing_feature(xen_features);
	if (missing)
		panic("%s: no backend can run in this PVH container", missing);
}

void xen_pvh_setup_shared_info(void)
{
	struct xen_add_to_physmap xatp = {
		.domid = DOMID_SELF,
		.space = XENMAPSPACE_shared_info,
		.idx = 0,
		.gpfn = (unsigned long)xen_pvh_shared_info_page >> PAGE_SHIFT,
	};
	long rc = HYPERVISOR_memory_op(XENMEM_add_to_physmap, &xatp);

	if (rc)
		xen_hypercall_failed(__func__, "memory_op(XENMEM_add_to_physmap, shared_info)", rc);
	xen_shared_info = (shared_info_t *)xen_pvh_shared_info_page;
	xen_vcpu = &xen_shared_info->vcpu_info[XEN_VCPU_SELF];
}

/* A PVH guest's frame numbers are its physical ones: the image is identity-mapped. */
void xen_pvh_place_vcpu_info(void)
{
	struct vcpu_register_vcpu_info info = {
		.mfn = (unsigned long)&xen_pvh_vcpu_info_area >> PAGE_SHIFT,
		.offset = (unsigned long)&xen_pvh_vcpu_info_area & (PAGE_SIZE - 1),
	};
	long rc = HYPERVISOR_vcpu_op(VCPUOP_register_vcpu_info, XEN_VCPU_SELF, &info);

	if (rc)
		xen_hypercall_failed(__func__, "vcpu_op(VCPUOP_register_vcpu_info)", rc);
	xen_vcpu = &xen_pvh_vcpu_info_area;
}

/* Checked as hvm_start_info's map is (pvops/platform/pvh/memmap.c): Xen's count is not trusted. */
void xen_pvh_read_memory_map(struct boot_info *bi)
{
	static struct xen_pvh_e820_entry map[XEN_PVH_E820_MAX];
	struct xen_memory_map memmap = { .nr_entries = XEN_PVH_E820_MAX };
	struct pvh_memmap m = { .source = "XENMEM_memory_map", .count_field = "nr_entries",
				.entries = map, .stride = sizeof(map[0]), .max = XEN_PVH_E820_MAX };
	char why[160];
	long rc;

	if (bi->nr_mem_regions)
		return;
	set_xen_guest_handle(memmap.buffer, map);
	rc = HYPERVISOR_memory_op(XENMEM_memory_map, &memmap);
	if (rc)
		xen_hypercall_failed(__func__, "memory_op(XENMEM_memory_map)", rc);
	m.nr = memmap.nr_entries;
	if (pvh_memmap_add(bi, &m, why, sizeof(why)))
		panic("%s", why);
	pr_info("memory map from XENMEM_memory_map: %u entries, %llu KiB of RAM\n",
		memmap.nr_entries, (unsigned long long)(bi->ram_bytes >> 10));
}
