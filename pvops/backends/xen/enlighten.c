// SPDX-License-Identifier: GPL-2.0
/*
 * Xen PV start-up: from the ELF-note entry to the generic boot.
 *
 * Xen enters with %rsi pointing at start_info, which is all the guest
 * knows about itself: its page count, its page tables, where shared_info
 * lives, its command line. start_info.c checks it before anything is
 * believed; a problem is a panic naming the field (the console works from
 * the first line, through a hypercall, so the reason is always seen).
 * Then shared_info, which Xen gives as a machine address, is mapped over a
 * page of the image so that vcpu_info, the home of the virtual interrupt
 * flag and the clock, is reachable before the irq ops that use it are
 * installed.
 */
#define pr_fmt(fmt) "xen: " fmt

#include <kernel/boot.h>
#include <kernel/machine.h>
#include <kernel/printk.h>
#include <kernel/string.h>
#include <pvops/backend.h>

#include "hypercall_pv.h"
#include "p2m.h"
#include "start_info.h"
#include "xen.h"

#define XEN_PTE_SHARED_INFO (PAGE_KERNEL | _PAGE_USER)

const start_info_t *xen_start_info;
/* vcpu_info's final home; the irq templates address it directly. */
struct vcpu_info xen_vcpu_info_area __aligned(64);
u8 xen_upcall_mask_at_entry;

static char xen_shared_info_page[PAGE_SIZE] __aligned(PAGE_SIZE);
static struct boot_info xen_boot_info;

void xen_setup_shared_info(void)
{
	long rc = HYPERVISOR_update_va_mapping((unsigned long)xen_shared_info_page,
					       xen_start_info->shared_info | XEN_PTE_SHARED_INFO,
					       UVMF_INVLPG);

	if (rc)
		xen_hypercall_failed(__func__, "update_va_mapping(shared_info)", rc);
	xen_shared_info = (shared_info_t *)xen_shared_info_page;
	xen_vcpu = &xen_shared_info->vcpu_info[0];
	xen_upcall_mask_at_entry = xen_vcpu->evtchn_upcall_mask;
}

/*
 * Moves vcpu_info out of shared_info into the image, where the irq
 * templates expect it. Xen copies the current contents (mask, pending,
 * time) across. Without it the templates would address nothing Xen
 * updates, so failure is fatal rather than quietly keeping the old place.
 */
void xen_place_vcpu_info(void)
{
	struct vcpu_register_vcpu_info info = {
		.mfn = mfn_val(virt_to_mfn(&xen_vcpu_info_area)),
		.offset = (unsigned long)&xen_vcpu_info_area & (PAGE_SIZE - 1),
	};
	long rc = HYPERVISOR_vcpu_op(VCPUOP_register_vcpu_info, XEN_VCPU_SELF, &info);

	if (rc)
		xen_hypercall_failed(__func__, "vcpu_op(VCPUOP_register_vcpu_info)", rc);
	xen_vcpu = &xen_vcpu_info_area;
}

void xen_start_pv(const start_info_t *si);
void xen_start_pv(const start_info_t *si)
{
	struct boot_info *bi = &xen_boot_info;
	char why[160];

	xen_pv_console_init(si);
	machine_entered_by(&xen_backend);
	if (xen_parse_start_info(si, bi, why, sizeof(why)))
		panic("%s", why);
	xen_start_info = si;
	xen_p2m_init(si);
	xen_setup_shared_info();
	boot_kernel(bi);
}
