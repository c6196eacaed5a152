/* SPDX-License-Identifier: GPL-2.0 */
/*
 * The hardware user-mode layer: syscall/sysret, swapgs, the segment-base
 * MSRs and the FPU's enabling bits (CR0, CR4, XCR0) as bare hardware (or
 * a hypervisor that leaves them to the guest, as Xen PVH does) has them.
 *
 * A backend whose kernel runs in ring 0 with the real MMU and interrupt
 * flag uses these as its user-mode pv_ops, so native and any such backend
 * share one implementation without one reaching into the other's folder:
 * pvops/platform/x86-user/ (CONFIG_X86_HW_USER, selected by each backend
 * that wants it) holds the code, this header its interface, and a backend
 * table names them with X86_HW_USER_OPS(). With CONFIG_PVOPS=n the kernel
 * calls them directly (include/pvops/ops.h). The entry stub finds the
 * kernel's per-CPU area, and the TSS's sp0 in it, through GS
 * (include/kernel/smp.h; the offsets come from generated/asm-offsets.h).
 */
#ifndef X86_USER_H
#define X86_USER_H

#ifndef __ASSEMBLY__
#include <kernel/types.h>

void x86_syscall_init(void);
void x86_load_fs_base(unsigned long base);
void x86_load_gs_base_user(unsigned long base);
/* The kernel's GS base (GS_BASE; KERNEL_GS_BASE is the user's while the kernel runs). */
void x86_load_percpu_base(unsigned long base);
int x86_enable_fpu(u64 xcr0);
/* The syscall entry (LSTAR) and the return to user mode (the user.sysret slot). */
void x86_syscall_entry(void);
void x86_sysret(void);

/*
 * The user group of a backend's table; swapgs is the backend's own
 * template (a template names its backend), so the caller passes it.
 */
#define X86_HW_USER_OPS(swapgs_fn) X86_HW_USER_OPS_FPU(swapgs_fn, x86_enable_fpu)
/* The same with a backend's own enable_fpu, which may refuse what its host mishandles. */
#define X86_HW_USER_OPS_FPU(swapgs_fn, enable_fpu_fn)                                              \
	{ .syscall_init = x86_syscall_init, .swapgs = (swapgs_fn), .sysret = x86_sysret,          \
	  .load_fs_base = x86_load_fs_base, .load_gs_base_user = x86_load_gs_base_user,           \
	  .enable_fpu = (enable_fpu_fn) }
#endif

#endif
