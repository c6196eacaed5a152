/* SPDX-License-Identifier: GPL-2.0 */
/*
 * What the stub's files share: the guest-host ABI (hypercall numbers, the
 * shared page) and the functions its ops are built from. A backend keeps
 * such a header private to its folder: core and the generic kernel never
 * include it, and its host tests do, to check the ABI against the code.
 *
 * lguest 4.13: the numbers and the layout below are lguest's as Linux 4.13
 * had them (arch/x86/include/asm/lguest_hcall.h, include/linux/lguest.h).
 * lguest was 32-bit only; this is a 64-bit model of it, so "unsigned
 * long" fields and hypercall arguments are 64 bits wide where lguest's
 * were 32, and the u32/int fields keep lguest's width. Nothing else
 * differs from 4.13 unless a comment says so.
 */
#ifndef LGUEST_LGUEST_H
#define LGUEST_LGUEST_H

#include <kernel/types.h>
#include <pvops/backend.h>

/* Every hypercall of the ABI, so the numbering can be checked whole. */
enum lguest_hcall {
	LHCALL_FLUSH_ASYNC = 0,
	LHCALL_LGUEST_INIT = 1,
	LHCALL_SHUTDOWN = 2,
	LHCALL_NEW_PGTABLE = 4,
	LHCALL_FLUSH_TLB = 5,
	LHCALL_LOAD_IDT_ENTRY = 6,
	LHCALL_SET_STACK = 7,
	LHCALL_TS = 8,
	LHCALL_SET_CLOCKEVENT = 9,
	LHCALL_HALT = 10,
	LHCALL_SET_PMD = 13,
	LHCALL_SET_PTE = 14,
	LHCALL_SET_PGD = 15,
	LHCALL_LOAD_TLS = 16,
	LHCALL_LOAD_GDT_ENTRY = 18,
	LHCALL_SEND_INTERRUPTS = 19,
};

#define LGUEST_TRAP_ENTRY 0x1f /* the vector of the hypercall trap */
#define LGUEST_SHUTDOWN_POWEROFF 1 /* second argument of LHCALL_SHUTDOWN */
#define LGUEST_SHUTDOWN_RESTART 2
#define LGUEST_FLUSH_KERNEL 1 /* LHCALL_FLUSH_TLB argument: kernel mappings too */
#define LGUEST_FLUSH_USER 0

#define LGUEST_IRQS 32 /* interrupt lines the shared page has bits for */
#define LGUEST_TIMER_IRQ 0
#define LGUEST_GUEST_PL 1 /* privilege level of the guest kernel */
#define LGUEST_SYSCALL_VECTOR 0x80
#define LHCALL_RING_SIZE 64
#define LHCALL_RING_READY 0x00 /* hcall_status: the guest queued a call here */
#define LHCALL_RING_DONE 0xff  /* hcall_status: the host ran it (or none yet) */
#define LG_CLOCK_MIN_DELTA 100UL /* shortest timer delta, in nanoseconds */

#define LGUEST_NSEC_PER_MSEC 1000000ULL
#define LGUEST_NSEC_PER_SEC 1000000000ULL
#define LGUEST_BITS_PER_LONG (8 * sizeof(unsigned long))

/* One hypercall: arg0 is the call number, arg1..arg4 its arguments. */
struct lguest_hcall_args {
	unsigned long arg0, arg1, arg2, arg3, arg4;
};

struct lguest_timespec {
	long tv_sec;
	long tv_nsec;
};

/*
 * The page the guest shares with its host. The guest names it in
 * LHCALL_LGUEST_INIT; from then on each side reads what the other wrote.
 */
struct lguest_data {
	u32 irq_enabled; /* X86_EFLAGS_IF or 0: the host reads it before delivering */
	unsigned long blocked_interrupts[(LGUEST_IRQS + LGUEST_BITS_PER_LONG - 1) /
					 LGUEST_BITS_PER_LONG];
	unsigned long cr2;	     /* written by the host before a page fault */
	struct lguest_timespec time; /* wall clock, written by the host */
	int irq_pending;	     /* X86_EFLAGS_IF: an interrupt waits for irq_enable */
	u8 hcall_status[LHCALL_RING_SIZE];
	struct lguest_hcall_args hcalls[LHCALL_RING_SIZE];
	unsigned long reserve_mem;   /* host: top of memory the guest must not use */
	u32 tsc_khz;		     /* host: TSC rate, 0 if the TSC is no clock */
	unsigned long noirq_iret;    /* guest: the iret no interrupt may stop at */
	unsigned long kernel_address; /* guest: where identical kernel mappings start */
	unsigned int syscall_vec;    /* guest: its system-call vector */
};

/* Where the batching of hypercalls stands (ops.c). */
struct lguest_async {
	enum pvops_lazy_mode mode;
	unsigned int next; /* ring slot the next queued call goes to */
};

extern struct lguest_data lguest_data;
extern struct lguest_async lguest_async;
extern const struct pvops_backend lguest_backend;
extern const struct pv_ops lguest_pv_ops;
extern const struct pv_info lguest_pv_info;
extern const char lguest_noirq_iret[];

/* Why detect() refuses; the host tests compare against it. */
#define LGUEST_NO_HOST "no lguest host exists (lguest left Linux in 4.14); this is a template"

/* Targets of the generated callee-save thunks (ops.c). */
unsigned long lguest_save_fl(void);
void lguest_restore_fl(unsigned long flags);
void lguest_irq_enable(void);

/* Pure pieces of the ops, kept apart so the host tests can drive them. */
bool lguest_ring_push(struct lguest_data *data, unsigned int *next,
		      const struct lguest_hcall_args *args);
u64 lguest_tsc_to_ns(u64 cycles, u32 tsc_khz);
u64 lguest_wallclock_ns(const struct lguest_data *data);
unsigned long lguest_clockevent_delta(u64 expires_ns, u64 now_ns);

unsigned long lguest_hcall(unsigned long call, unsigned long arg1, unsigned long arg2,
			   unsigned long arg3, unsigned long arg4);

#endif
