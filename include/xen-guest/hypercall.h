/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Hypercalls every Xen x86-64 guest makes, over one transport.
 *
 * Arguments go in %rdi, %rsi, %rdx, %r10, %r8; the result comes back in
 * %rax. How the guest gets from there into Xen is the transport, and it
 * differs by guest type: a PV guest's syscall (which destroys %rcx and
 * %r11), a PVH guest's vmcall or vmmcall. The one indirection is
 * xen_hypercall_page (pvops/platform/xen-guest/hypercall_page.S): a page of 32-byte stubs,
 * stub nr at XEN_HYPERCALL_STUB(nr), each taking those registers, clobbering
 * at most %rcx and %r11 besides %rax, and returning. The backend fills the
 * page before its first hypercall (Xen PV: Xen writes it, named by the
 * HYPERCALL_PAGE ELF note; a PVH backend would write its own vmcall or
 * vmmcall stubs there, as Xen has moved away from a page it writes,
 * XSA-466). A wrapper is then a direct call to a constant address, the
 * same instructions for every backend and no more than PV always paid.
 * Each typed HYPERVISOR_* wrapper takes the Xen ABI's argument types, so a
 * call site cannot pass a number where a structure is meant; PV-only
 * wrappers live in the PV backend over the same _xen_hypercall().
 * Every hypercall is counted, in total and per number, which tests and
 * benchmarks read (a multicall counts once, whatever it carries).
 */
#ifndef PVOPS_XEN_HYPERCALL_H
#define PVOPS_XEN_HYPERCALL_H

/* Each stub's size in the page: the ABI of Xen's hypercall page. */
#define XEN_HYPERCALL_STUB_SIZE 32
#define XEN_HYPERCALL_STUB(nr) (xen_hypercall_page + (nr) * XEN_HYPERCALL_STUB_SIZE)

#ifndef __ASSEMBLER__

#include <kernel/types.h>
#include <xen/xen.h>
#include <xen/sched.h>
#include <xen/physdev.h>
#include <xen/vcpu.h>
#include <xen/version.h>
#include <xen/event_channel.h>
#include <xen/memory.h>

/* How many stubs the one page holds: the numbers a run-time call can reach. */
#define XEN_HYPERCALL_STUBS (PAGE_SIZE / XEN_HYPERCALL_STUB_SIZE)

extern char xen_hypercall_page[];
extern unsigned long xen_hypercalls;
#define XEN_NR_HYPERCALLS 64
extern unsigned long xen_hypercalls_by_op[XEN_NR_HYPERCALLS];

/* This kernel runs on one vCPU, the first; its number in vcpu_op calls. */
#define XEN_VCPU_SELF 0

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
				     : [hc_offset] "i"((nr) * XEN_HYPERCALL_STUB_SIZE)             \
				     : "memory", "rcx", "r11");                                    \
		__res;                                                                             \
	})

/*
 * A hypercall whose number is known only at run time: an indirect call into
 * the same page. Only the multicall buffer needs one, to issue a batch of a
 * single entry as that entry's own hypercall.
 */
static inline long xen_single_call(unsigned long nr, const unsigned long *args)
{
	register unsigned long a1 __asm__("rdi") = args[0];
	register unsigned long a2 __asm__("rsi") = args[1];
	register unsigned long a3 __asm__("rdx") = args[2];
	register unsigned long a4 __asm__("r10") = args[3];
	register unsigned long a5 __asm__("r8") = args[4];
	long res;

	xen_hypercalls++;
	xen_hypercalls_by_op[nr % XEN_NR_HYPERCALLS]++;
	__asm__ __volatile__("call *%[stub]"
			     : "=a"(res), "+r"(a1), "+r"(a2), "+r"(a3), "+r"(a4), "+r"(a5)
			     : [stub] "0"(XEN_HYPERCALL_STUB(nr))
			     : "memory", "rcx", "r11");
	return res;
}

#define xen_hypercall1(nr, a) _xen_hypercall(nr, a, 0, 0, 0, 0)
#define xen_hypercall2(nr, a, b) _xen_hypercall(nr, a, b, 0, 0, 0)
#define xen_hypercall3(nr, a, b, c) _xen_hypercall(nr, a, b, c, 0, 0)
#define xen_hypercall4(nr, a, b, c, d) _xen_hypercall(nr, a, b, c, d, 0)

static inline long HYPERVISOR_console_io(unsigned int cmd, unsigned int count, const char *buffer)
{
	return xen_hypercall3(__HYPERVISOR_console_io, cmd, count, buffer);
}

static inline long HYPERVISOR_sched_op(int cmd, void *arg)
{
	return xen_hypercall2(__HYPERVISOR_sched_op, cmd, arg);
}

static inline long HYPERVISOR_physdev_op(int cmd, void *arg)
{
	return xen_hypercall2(__HYPERVISOR_physdev_op, cmd, arg);
}

static inline long HYPERVISOR_vcpu_op(int cmd, unsigned int vcpu, void *arg)
{
	return xen_hypercall3(__HYPERVISOR_vcpu_op, cmd, vcpu, arg);
}

static inline long HYPERVISOR_xen_version(int cmd, void *arg)
{
	return xen_hypercall2(__HYPERVISOR_xen_version, cmd, arg);
}

static inline long HYPERVISOR_event_channel_op(int cmd, void *arg)
{
	return xen_hypercall2(__HYPERVISOR_event_channel_op, cmd, arg);
}

static inline long HYPERVISOR_memory_op(unsigned int cmd, void *arg)
{
	return xen_hypercall2(__HYPERVISOR_memory_op, cmd, arg);
}

/* timeout: absolute Xen system time in ns (s_time_t), 0 to cancel. */
static inline long HYPERVISOR_set_timer_op(u64 timeout)
{
	return xen_hypercall1(__HYPERVISOR_set_timer_op, timeout);
}

/* Report a failed hypercall with the caller's name, then panic. */
void xen_hypercall_failed(const char *caller, const char *hypercall, long rc) __noreturn;

/* The backend's machine_backend.hypercalls: every hypercall made so far. */
unsigned long xen_hypercall_count(void);

#endif /* __ASSEMBLER__ */
#endif
