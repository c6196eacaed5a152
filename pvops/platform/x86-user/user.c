// SPDX-License-Identifier: GPL-2.0
/*
 * System-call MSRs and segment bases on bare hardware.
 *
 * syscall needs four MSRs: EFER.SCE to exist at all, STAR for the
 * selectors (the kernel's for entry, the user base of kernel/segments.h
 * for sysret), LSTAR for the entry point and FMASK for the flags cleared on
 * entry: IF, so the entry runs with interrupts off until it is on the
 * kernel stack, and TF, DF, AC, NT, which user mode must not hand the
 * kernel. The kernel runs with its own GS base (its per-CPU area, which
 * the kernel sets through x86_load_percpu_base() before this runs, and
 * whose scratch word the entry needs) and keeps the user's in KERNEL_GS_BASE, which swapgs
 * exchanges at every crossing: that is why the user's GS base is written
 * to KERNEL_GS_BASE here, and why the user's FS base, which no crossing
 * touches, is a plain FS_BASE write.
 */
#include <kernel/desc.h>
#include <kernel/segments.h>
#include <pvops/privileged.h>
#include <x86/insns.h>
#include <x86/user.h>

PVOPS_ALLOW_PRIVILEGED(PVOPS_PRIV_RING0);

#define MSR_EFER 0xc0000080
#define EFER_SCE (1ULL << 0)
#define MSR_STAR 0xc0000081
#define MSR_LSTAR 0xc0000082
#define MSR_FMASK 0xc0000084
#define MSR_FS_BASE 0xc0000100
#define MSR_GS_BASE 0xc0000101
#define MSR_KERNEL_GS_BASE 0xc0000102
#define STAR_KERNEL_SHIFT 32
#define STAR_USER_SHIFT 48
#define STAR_LEGACY_EIP_MASK 0xffffffffULL /* the 32-bit syscall target, unused in long mode */

#define X86_EFLAGS_TF (1ULL << 8)
#define X86_EFLAGS_IF_BIT (1ULL << 9)
#define X86_EFLAGS_DF (1ULL << 10)
#define X86_EFLAGS_NT (1ULL << 14)
#define X86_EFLAGS_AC (1ULL << 18)

void x86_syscall_init(void)
{
	native_write_msr(MSR_EFER, native_read_msr(MSR_EFER) | EFER_SCE);
	native_write_msr(MSR_STAR,
			 (native_read_msr(MSR_STAR) & STAR_LEGACY_EIP_MASK) |
				 ((u64)USER32_CS_SELECTOR << STAR_USER_SHIFT) |
				 ((u64)GDT_SELECTOR(GDT_ENTRY_KERNEL_CS, 0) << STAR_KERNEL_SHIFT));
	native_write_msr(MSR_LSTAR, (u64)(uintptr_t)x86_syscall_entry);
	native_write_msr(MSR_FMASK, X86_EFLAGS_IF_BIT | X86_EFLAGS_TF | X86_EFLAGS_DF |
					    X86_EFLAGS_NT | X86_EFLAGS_AC);
	native_write_msr(MSR_KERNEL_GS_BASE, 0);
}

void x86_load_fs_base(unsigned long base)
{
	native_write_msr(MSR_FS_BASE, base);
}

void x86_load_gs_base_user(unsigned long base)
{
	native_write_msr(MSR_KERNEL_GS_BASE, base);
}

void x86_load_percpu_base(unsigned long base)
{
	native_write_msr(MSR_GS_BASE, base);
}
