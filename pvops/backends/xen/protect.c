// SPDX-License-Identifier: GPL-2.0
/*
 * Read-only kernel text and pv_ops table under Xen PV.
 *
 * A PV guest cannot write its own page tables: they are pinned and Xen
 * validates every change. Xen built the image's mapping with 4 KiB pages,
 * so freezing a page is one update_va_mapping of its virtual address to
 * the same machine frame without the RW bit, with UVMF_INVLPG to drop the
 * old translation. It is issued directly, not queued: core freezes once,
 * at boot, outside any lazy mode, and wants each failure at once, reported
 * with the page and Xen's answer and returned, so that core can say which
 * part of the kernel stayed writable.
 */
#define pr_fmt(fmt) "xen: " fmt

#include <kernel/mm.h>
#include <kernel/printk.h>

#include "hypercall_pv.h"
#include "p2m.h"
#include "xen.h"

int xen_protect_kernel(unsigned long start, unsigned long end)
{
	unsigned long va;
	long rc;

	for (va = start; va < end; va += PAGE_SIZE) {
		u64 pte = (mfn_val(virt_to_mfn((const void *)va)) << PAGE_SHIFT) | XEN_PTE_RO;

		rc = HYPERVISOR_update_va_mapping(va, pte, UVMF_INVLPG);
		if (rc) {
			pr_err("xen_protect_kernel: update_va_mapping(%#lx, read-only) failed: %ld\n",
			       va, rc);
			return (int)rc;
		}
	}
	return 0;
}
