/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Hypercalls of a 64-bit PV guest.
 *
 * Arguments go in %rdi, %rsi, %rdx, %r10, %r8; the result comes back in
 * %rax; %rcx and %r11 are destroyed by the syscall instruction underneath.
 * The instruction itself is reached through one macro, XEN_HYPERCALL_CALL,
 * which today calls into the hypercall page Xen filled in: Xen has moved
 * away from that page (XSA-466), and keeping the choice in one place means
 * switching to inline syscall/vmcall stubs touches nothing else. Each
 * typed HYPERVISOR_* wrapper names its hypercall so failures can be
 * reported by name (see xen_hypercall_failed()). Every hypercall is counted,
 * in total (xen_hypercalls) and per hypercall number, which tests and
 * benchmarks read to see what an operation costs in exits to Xen (a
 * multicall counts once, whatever it carries).
 */
#ifndef XEN_HYPERCALL_H
#define XEN_HYPERCALL_H

#include <kernel/types.h>
#include <xen/xen.h>
#include <xen/sched.h>
#include <xen/physdev.h>
#include <xen/vcpu.h>
#include <xen/version.h>
#include <xen/event_channel.h>
#include <xen/callback.h>

extern char xen_hypercall_page[];
extern unsigned long xen_hypercalls;
#define XEN_NR_HYPERCALLS 64
extern unsigned long xen_hypercalls_by_op[XEN_NR_HYPERCALLS];

#define XEN_HYPERCALL_CALL "call xen_hypercall_page+%c[hc_offset]"

#define _xen_hypercall(nr, a1, a2, a3, a4, a5)                                                     \
	({                                                                                         \
		register unsigned long __a1 __asm__("rdi") = (unsigned long)(a1);                  \
		register unsigned long __a2 __asm__("rsi") = (unsigned long)(a2);                  \
		register unsigned long __a3 __asm__("rdx") = (unsigned long)(a3);                  \
		register unsigned long __a4 __asm__("r10") = (unsigned long)(a4);                  \
		register unsigned long __a5 __asm__("r8") = (unsigned long)(a5);                   \
		long __res;                                                                        \
		xen_hypercalls++;                                                                  \
		xen_hypercalls_by_op[(nr) % XEN_NR_HYPERCALLS]++;                                  \
		__asm__ __volatile__(XEN_HYPERCALL_CALL                                            \
				     : "=a"(__res), "+r"(__a1), "+r"(__a2), "+r"(__a3), "+r"(__a4), \
				       "+r"(__a5)                                                  \
				     : [hc_offset] "i"((nr)*32)                                    \
				     : "memory", "rcx", "r11");                                    \
		__res;                                                                             \
	})

#define xen_hypercall1(nr, a) _xen_hypercall(nr, a, 0, 0, 0, 0)
#define xen_hypercall2(nr, a, b) _xen_hypercall(nr, a, b, 0, 0, 0)
#define xen_hypercall3(nr, a, b, c) _xen_hypercall(nr, a, b, c, 0, 0)
#define xen_hypercall4(nr, a, b, c, d) _xen_hypercall(nr, a, b, c, d, 0)

static inline long HYPERVISOR_console_io(int cmd, int count, const char *str)
{
	return xen_hypercall3(__HYPERVISOR_console_io, cmd, count, str);
}

static inline long HYPERVISOR_sched_op(int cmd, void *arg)
{
	return xen_hypercall2(__HYPERVISOR_sched_op, cmd, arg);
}

static inline long HYPERVISOR_physdev_op(int cmd, void *arg)
{
	return xen_hypercall2(__HYPERVISOR_physdev_op, cmd, arg);
}

static inline long HYPERVISOR_update_va_mapping(unsigned long va, u64 pte, unsigned long flags)
{
	return xen_hypercall3(__HYPERVISOR_update_va_mapping, va, pte, flags);
}

static inline long HYPERVISOR_vcpu_op(int cmd, unsigned int vcpu, void *arg)
{
	return xen_hypercall3(__HYPERVISOR_vcpu_op, cmd, vcpu, arg);
}

static inline long HYPERVISOR_xen_version(int cmd, void *arg)
{
	return xen_hypercall2(__HYPERVISOR_xen_version, cmd, arg);
}

static inline long HYPERVISOR_mmuext_op(struct mmuext_op *ops, unsigned int count,
					unsigned int *done, domid_t domid)
{
	return xen_hypercall4(__HYPERVISOR_mmuext_op, ops, count, done, domid);
}

static inline long HYPERVISOR_mmu_update(struct mmu_update *req, unsigned int count,
					 unsigned int *done, domid_t domid)
{
	return xen_hypercall4(__HYPERVISOR_mmu_update, req, count, done, domid);
}

static inline long HYPERVISOR_event_channel_op(int cmd, void *arg)
{
	return xen_hypercall2(__HYPERVISOR_event_channel_op, cmd, arg);
}

#endif
