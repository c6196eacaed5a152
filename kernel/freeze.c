// SPDX-License-Identifier: GPL-2.0
/*
 * Enforcing the freeze: once the call sites are patched, the kernel's text
 * and the pv_ops table are mapped read-only.
 *
 * Until now "the table is frozen after boot" was a promise kept by review
 * (and a Coccinelle rule); a stray store through a bad pointer could still
 * redirect every privileged operation or rewrite code. The kernel owns the
 * decision of what to freeze and when; how a page becomes read-only is the
 * backend's (protect_kernel() in the backend contract): page-table bits and
 * CR0.WP natively, update_va_mapping under Xen. The linker script gives the
 * text and .data..ro_after_init pages of their own, so freezing them
 * freezes no other data. A backend that cannot do it is warned about; one
 * that fails has already said why, and the boot stops there, because a
 * kernel that believes itself frozen and is not is worse than none.
 */
#define pr_fmt(fmt) "pvops: " fmt

#include <kernel/machine.h>
#include <kernel/printk.h>
#include <kernel/sections.h>
#include <pvops/backend.h>

bool kernel_frozen;

static bool freeze_range(const char *what, const char *start, const char *end)
{
	const struct pvops_backend *b = machine_backend;
	unsigned long from = (unsigned long)start & PAGE_MASK;
	unsigned long to = PAGE_ALIGN((unsigned long)end);
	int err;

	if (from == to)
		return true;
	if (!b->protect_kernel) {
		pr_warn("backend %s cannot map pages read-only: %s %#lx..%#lx stays writable\n",
			b->name, what, from, to);
		return false;
	}
	err = b->protect_kernel(from, to);
	if (err)
		panic("backend %s could not map %s %#lx..%#lx read-only (error %d)", b->name, what,
		      from, to, err);
	pr_info("%s %#lx..%#lx is read-only\n", what, from, to);
	return true;
}

void freeze_kernel(void)
{
	bool text = freeze_range("kernel text", __text_start, __text_end);
	bool table = freeze_range("pv_ops (.data..ro_after_init)", __ro_after_init_start,
				  __ro_after_init_end);

	WRITE_ONCE(kernel_frozen, text && table);
}
