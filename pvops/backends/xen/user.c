// SPDX-License-Identifier: GPL-2.0
/*
 * User mode under Xen PV (64-bit): system calls, segment bases.
 *
 * Kernel and user both run in ring 3 here, so Xen does what the CPU would:
 * syscall lands in Xen, which switches to the kernel's page table and
 * stack (the one stack_switch registered) and bounces to the
 * CALLBACKTYPE_syscall callback, with events masked because the callback
 * is registered with CALLBACKF_mask_events (as FMASK clears IF natively).
 * The syscall32 and sysenter callbacks are not registered: there is no
 * 32-bit user code, and Xen turns a 32-bit system call without a callback
 * into a #GP for the guest, so a process that tries is killed like any
 * other that faults. The return is HYPERVISOR_iret with VGCF_in_syscall
 * (xen_sysret in user-asm.S), which tells Xen to return as sysret would.
 * Xen swaps GS itself at every crossing (user.swapgs is a nop) and keeps
 * the FS base and the user GS base for the guest, set with
 * HYPERVISOR_set_segment_base: queued as multicall entries, so in the lazy
 * CPU mode of a context switch they go with the stack and the page table
 * in one multicall.
 */
#define pr_fmt(fmt) "xen: " fmt

#include <kernel/mm.h>
#include <kernel/printk.h>
#include <kernel/string.h>
#include <xen/callback.h>

#include "hypercall_pv.h"
#include "multicalls.h"
#include "p2m.h"
#include "xen.h"

extern const char xen_syscall_entry[];

void xen_syscall_init(void)
{
	xen_int80_init();
	xen_register_callback(CALLBACKTYPE_syscall, xen_syscall_entry, "callback_op(syscall)");
}

static void xen_set_segment_base(unsigned int which, unsigned long base, const char *caller)
{
	struct multicall_space mcs;

	xen_mc_batch(caller);
	mcs = xen_mc_entry(0, caller);
	mcs.mc->op = __HYPERVISOR_set_segment_base;
	mcs.mc->args[0] = which;
	mcs.mc->args[1] = base;
	xen_mc_issue(PVOPS_LAZY_CPU);
}

void xen_load_fs_base(unsigned long base)
{
	xen_set_segment_base(SEGBASE_FS, base, __func__);
}

void xen_load_gs_base_user(unsigned long base)
{
	xen_set_segment_base(SEGBASE_GS_USER, base, __func__);
}

/* The kernel's GS base, which Xen puts back at every entry to the guest kernel. */
void xen_load_percpu_base(unsigned long base)
{
	xen_set_segment_base(SEGBASE_GS_KERNEL, base, __func__);
}

/*
 * The user page table. Kernel and user share ring 3, so page protection
 * cannot keep user mode out of kernel memory: Xen even sets the user bit
 * on the kernel's own mappings, which it must, to let the ring-3 kernel
 * reach them. What keeps user mode out is a second top-level table per
 * address space holding only the user slots (PML4 1..255: never slot 0,
 * the kernel's direct map and image, nor Xen's upper half, which Xen puts
 * into every L4 itself), which Xen loads whenever it enters user mode
 * (MMUEXT_NEW_USER_BASEPTR) and leaves for the kernel's on every entry.
 * The twin is made, pinned and released with its pgd (xen_alloc_pgd and
 * xen_release_pgd, below), shares the pgd's L3 tables, and
 * gets every user-slot update the pgd gets (xen_set_p4d); it starts empty,
 * so slots the new address space shares with the kernel stay out of it.
 * activate_mm queues the switch of user base pointer with the switch of
 * address space, so it rides in the same multicall; an address space
 * without a twin (the kernel's) gets none, so no released twin is left
 * loaded.
 */
#define XEN_USER_PGDS 16
#define USER_FIRST_SLOT 1
#define USER_LAST_SLOT 255

static struct {
	pfn_t kernel, user;
	bool used;
} xen_user_pgds[XEN_USER_PGDS];

pfn_t xen_user_pgd_of(pfn_t kernel_pgd)
{
	unsigned int i;

	for (i = 0; i < XEN_USER_PGDS; i++)
		if (xen_user_pgds[i].used && pfn_val(xen_user_pgds[i].kernel) == pfn_val(kernel_pgd))
			return xen_user_pgds[i].user;
	return __pfn(0);
}

static void xen_alloc_user_pgd(pfn_t kernel_pgd)
{
	unsigned int i;
	pfn_t user;

	for (i = 0; i < XEN_USER_PGDS && xen_user_pgds[i].used; i++)
		;
	if (i == XEN_USER_PGDS || !page_alloc(&user))
		panic("xen_alloc_user_pgd: no room for the user page table of pgd %#lx",
		      pfn_val(kernel_pgd));
	memset(pfn_to_virt(user), 0, PAGE_SIZE);
	xen_alloc_table(user, MMUEXT_PIN_L4_TABLE, __func__);
	xen_user_pgds[i].kernel = kernel_pgd;
	xen_user_pgds[i].user = user;
	xen_user_pgds[i].used = true;
}

static void xen_release_user_pgd(pfn_t kernel_pgd)
{
	unsigned int i;

	for (i = 0; i < XEN_USER_PGDS; i++) {
		if (!xen_user_pgds[i].used || pfn_val(xen_user_pgds[i].kernel) != pfn_val(kernel_pgd))
			continue;
		xen_release_table(xen_user_pgds[i].user, __func__);
		page_free(xen_user_pgds[i].user);
		xen_user_pgds[i].used = false;
	}
}

static u64 *xen_user_p4d(p4d_t *p4dp)
{
	unsigned long slot = ((unsigned long)p4dp & ~PAGE_MASK) / sizeof(*p4dp);
	pfn_t user = xen_user_pgd_of(virt_to_pfn(p4dp));

	if (!pfn_val(user) || slot < USER_FIRST_SLOT || slot > USER_LAST_SLOT)
		return NULL;
	return (u64 *)pfn_to_virt(user) + slot;
}

/*
 * The pgd-level slots are this file's, because every pgd of this backend
 * has a twin: it is pinned and released with the pgd, and a user-range
 * slot written in the pgd is written in the twin too.
 */
void xen_alloc_pgd(struct mm_struct *mm, pfn_t pfn)
{
	xen_alloc_table(pfn, MMUEXT_PIN_L4_TABLE, __func__);
	xen_alloc_user_pgd(pfn);
}

void xen_release_pgd(pfn_t pfn)
{
	xen_release_user_pgd(pfn);
	xen_release_table(pfn, __func__);
}

int xen_set_p4d(p4d_t *p4dp, u64 value)
{
	int err = xen_update_entry(p4dp, value, "xen_set_p4d");
	u64 *twin = err ? NULL : xen_user_p4d(p4dp);

	return twin ? xen_update_entry(twin, value, "xen_set_p4d(user)") : err;
}

void xen_activate_mm(struct mm_struct *prev, struct mm_struct *next)
{
	pfn_t user = xen_user_pgd_of(next->pgd_pfn);
	struct multicall_space mcs;
	struct mmuext_op *op;

	xen_mc_batch(__func__);
	mcs = xen_mc_entry(sizeof(*op), __func__);
	op = mcs.args;
	*op = (struct mmuext_op){
		.cmd = MMUEXT_NEW_USER_BASEPTR,
		.arg1.mfn = pfn_val(user) ? mfn_val(pfn_to_mfn(user)) : 0,
	};
	MULTI_mmuext_op(mcs.mc, op, 1, NULL, DOMID_SELF);
	xen_mc_issue(PVOPS_LAZY_CPU);
}
