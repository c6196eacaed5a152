// SPDX-License-Identifier: GPL-2.0
/*
 * The features Xen offers this guest, read once.
 *
 * XENVER_get_features answers in 32-bit submaps; every flag this kernel
 * looks at (XENFEAT_dom0 today; a PVH backend would add the HVM callback
 * vector flag) is in the first, so one word is read at init and kept for
 * the rest of the boot. A failure is fatal: a guest that cannot ask Xen
 * its version cannot make any other hypercall either, and guessing the
 * flags would be worse than stopping with the reason.
 */
#define pr_fmt(fmt) "xen: " fmt

#include <kernel/printk.h>
#include <xen-guest/guest.h>
#include <xen-guest/hypercall.h>
#include <xen/features.h>

u32 xen_features;

void xen_read_features(void)
{
	struct xen_feature_info info = { .submap_idx = 0 };
	long rc = HYPERVISOR_xen_version(XENVER_get_features, &info);

	if (rc)
		xen_hypercall_failed(__func__, "xen_version(XENVER_get_features)", rc);
	xen_features = info.submap;
	pr_info("features %#x%s\n", xen_features,
		xen_features & (1U << XENFEAT_dom0) ? " (dom0)" : "");
}
