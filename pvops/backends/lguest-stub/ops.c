// SPDX-License-Identifier: GPL-2.0
/*
 * This backend's pv_ops table: the choices a backend makes, slot by slot.
 *
 * Every required slot (see pvops/core/slots.c) is filled; core refuses a
 * backend that leaves one empty, naming the slot. The shapes to copy:
 *
 * - state the host reads is a plain store into the shared page, so the
 *   interrupt flag costs no exit. irq_disable is also an inline template:
 *   the patcher copies its one instruction into every call site, and the
 *   function body is the same bytes plus ret, so a site that is not
 *   patched runs identical code. Templates may clobber only what they
 *   declare and must use absolute addresses (they move);
 * - callee-save slots (the irq ops) need targets that preserve every
 *   register but %rax: C functions get a generated thunk with
 *   PV_CALLEE_SAVE_REGS_THUNK (the thunk calls them by name, so they
 *   cannot be static);
 * - state only the guest changes is cached, not asked for (cr0, cr3);
 * - what the host must do is a hypercall, queued in the shared ring while a
 *   lazy mode is active and issued at its end;
 * - slots with nothing to do point at pvops_nop, which the patcher turns
 *   into padding; optional slots this backend lacks stay NULL, and a call
 *   through one traps at its site instead of doing something wrong.
 *
 * The table is const: core copies it into pv_ops once, after init().
 *
 * lguest 4.13: each op below says what arch/x86/lguest/boot.c (guest),
 * arch/x86/lguest/head_32.S (its assembly) and drivers/lguest/ (host) did
 * for the same job.
 */
#include <kernel/desc.h>
#include <kernel/errno.h>
#include <kernel/sched.h>
#include <kernel/string.h>
#include <pvops/ops.h>
#include <pvops/pv_ops.h>
#include <pvops/privileged.h>
#include <pvops/template.h>

#include "lguest.h"

/*
 * lguest 4.13: uniprocessor, its spinlocks were the native ones, which
 * are unprivileged, so the stub declares those.
 */
#define X86_LOCK_TEMPLATE(slot, name, clobbers)                                                    \
	PVOP_TEMPLATE(lguest_backend, slot, lguest_asm_##name, X86_LOCK_INSN_##slot, clobbers)
#include <x86/lock_templates.h>

PVOPS_ALLOW_PRIVILEGED(PVOPS_PRIV_IRET);

#define LGUEST_IF_BIT 9
#define LGUEST_IRET_SAVED_FLAGS 24 /* rip, cs, then rflags, above the pushed %rax */
#define LGUEST_GATE_WORDS 2	   /* a 64-bit gate or system descriptor is 16 bytes */
#define LGUEST_CR0_TS (1UL << 3)

_Static_assert(offsetof(struct lguest_data, irq_enabled) == 0,
	       "the irq templates address lguest_data itself");
_Static_assert((1UL << LGUEST_IF_BIT) == X86_EFLAGS_IF, "LGUEST_IF_BIT is the IF bit");

struct lguest_async lguest_async;

/*
 * lguest 4.13: boot.c inlined cli as a store of 0 to irq_enabled (and
 * pushf as a load of it, which the stub leaves as a call).
 */
PVOP_TEMPLATE(lguest_backend, IRQ_DISABLE, lguest_irq_disable_direct, "movl $0, lguest_data",
	      CLBR_NONE);

/*
 * Returning from a trap must copy the interrupt bit of the frame's flags
 * into irq_enabled, since iret cannot change the real flag at this
 * privilege level; the iret itself is published in noirq_iret, so that an
 * interrupt due exactly there is taken as if the iret had run instead of
 * stacking a second frame.
 *
 * lguest 4.13: head_32.S's lguest_iret copied the frame's flags into
 * irq_enabled and ended on the iret at lguest_noirq_iret, whose address
 * boot.c put in lguest_data.noirq_iret; the host emulated that iret when
 * an interrupt found the guest there (drivers/lguest/interrupts_and_traps.c).
 * The stub stores only the interrupt bit, the value irq_enabled has
 * everywhere else, and uses %rax where lguest used a push and pop.
 */
__asm__(".pushsection .text, \"ax\"\n\t"
	".globl lguest_iret\n\t"
	".type lguest_iret, @function\n"
	"lguest_iret:\n\t"
	"pushq %rax\n\t"
	"movq " __stringify(LGUEST_IRET_SAVED_FLAGS) "(%rsp), %rax\n\t"
	"andl $(1 << " __stringify(LGUEST_IF_BIT) "), %eax\n\t"
	"movl %eax, lguest_data\n\t"
	"popq %rax\n"
	".globl lguest_noirq_iret\n"
	"lguest_noirq_iret:\n\t"
	"iretq\n\t"
	".size lguest_iret, . - lguest_iret\n\t"
	".popsection");
void lguest_iret(void);

/*
 * The page's initial contents: every ring slot free, the timer line blocked
 * until irq_init() unblocks it, and the addresses the host needs.
 */
struct lguest_data lguest_data = {
	.hcall_status = { [0 ... LHCALL_RING_SIZE - 1] = LHCALL_RING_DONE },
	.blocked_interrupts = { 1UL << LGUEST_TIMER_IRQ },
	.noirq_iret = (unsigned long)lguest_noirq_iret,
	.syscall_vec = LGUEST_SYSCALL_VECTOR,
};

/*
 * Queue one call in the ring, or say it is full. A slot is the guest's to
 * fill only once the host has marked it done; the arguments must be
 * visible before the status says "ready".
 *
 * lguest 4.13: boot.c's async_hcall, ring size and status values as above.
 */
bool lguest_ring_push(struct lguest_data *data, unsigned int *next,
		      const struct lguest_hcall_args *args)
{
	unsigned int slot = *next;

	if (READ_ONCE(data->hcall_status[slot]) != LHCALL_RING_DONE)
		return false;
	data->hcalls[slot] = *args;
	barrier();
	WRITE_ONCE(data->hcall_status[slot], LHCALL_RING_READY);
	*next = (slot + 1) % LHCALL_RING_SIZE;
	return true;
}

/*
 * In a lazy mode, calls go to the ring, with interrupts off so a handler's
 * hypercall cannot land in the middle; when the ring is full, a direct
 * call makes the host run the ring first, then this one, in order.
 *
 * lguest 4.13: boot.c's lazy_hcall1..4 and async_hcall.
 */
static void lguest_lazy_hcall(unsigned long call, unsigned long arg1, unsigned long arg2,
			      unsigned long arg3)
{
	struct lguest_hcall_args args = { call, arg1, arg2, arg3, 0 };
	unsigned long flags;

	if (lguest_async.mode == PVOPS_LAZY_NONE) {
		lguest_hcall(call, arg1, arg2, arg3, 0);
		return;
	}
	flags = lguest_save_fl();
	WRITE_ONCE(lguest_data.irq_enabled, 0);
	if (!lguest_ring_push(&lguest_data, &lguest_async.next, &args))
		lguest_hcall(call, arg1, arg2, arg3, 0);
	lguest_restore_fl(flags);
}

static void lguest_lazy_enter(enum pvops_lazy_mode mode)
{
	lguest_async.mode = mode;
}

/* Any hypercall makes the host run the ring; this one does nothing else. */
static void lguest_lazy_flush(void)
{
	lguest_hcall(LHCALL_FLUSH_ASYNC, 0, 0, 0, 0);
}

/* lguest 4.13: the host never refused an entry, so there is no error to return. */
static int lguest_lazy_leave(enum pvops_lazy_mode mode)
{
	lguest_async.mode = PVOPS_LAZY_NONE;
	lguest_lazy_flush();
	return 0;
}

unsigned long lguest_save_fl(void)
{
	return READ_ONCE(lguest_data.irq_enabled);
}
PV_CALLEE_SAVE_REGS_THUNK(lguest_save_fl);

/*
 * Enabling must tell the host if it held an interrupt back meanwhile
 * (irq_pending); otherwise it costs nothing.
 *
 * lguest 4.13: head_32.S's lg_restore_fl and lg_irq_enable, which made
 * LHCALL_SEND_INTERRUPTS when both irq_enabled and irq_pending were set.
 */
void lguest_restore_fl(unsigned long flags)
{
	WRITE_ONCE(lguest_data.irq_enabled, flags & X86_EFLAGS_IF);
	if (flags & READ_ONCE(lguest_data.irq_pending) & X86_EFLAGS_IF)
		lguest_hcall(LHCALL_SEND_INTERRUPTS, 0, 0, 0, 0);
}
PV_CALLEE_SAVE_REGS_THUNK(lguest_restore_fl);

void lguest_irq_enable(void)
{
	lguest_restore_fl(X86_EFLAGS_IF);
}
PV_CALLEE_SAVE_REGS_THUNK(lguest_irq_enable);

/*
 * lguest 4.13: boot.c's lguest_cpuid ran the instruction and then edited
 * the answers (feature bits the host could not virtualise masked, PGE
 * forced on, family 5, no KVM signature); the stub reports them as is.
 */
static void lguest_cpuid(u32 *eax, u32 *ebx, u32 *ecx, u32 *edx)
{
	__asm__ __volatile__("cpuid"
			     : "=a"(*eax), "=b"(*ebx), "=c"(*ecx), "=d"(*edx)
			     : "0"(*eax), "2"(*ecx));
}

/*
 * Only the guest changes cr0, so it is cached; the host needs only TS.
 *
 * lguest 4.13: boot.c's current_cr0 and lazy LHCALL_TS.
 */
static unsigned long lguest_cr0;

static unsigned long lguest_read_cr0(void)
{
	return lguest_cr0;
}

static void lguest_write_cr0(unsigned long value)
{
	lguest_lazy_hcall(LHCALL_TS, value & LGUEST_CR0_TS, 0, 0);
	lguest_cr0 = value;
}

/*
 * lguest 4.13: the host saved the guest's FPU state lazily, on the #NM
 * that its TS caused (LHCALL_TS), and boot.c's lguest_cpuid masked XSAVE
 * out of leaf 1; a kernel that switches state eagerly clears TS once and
 * is refused XSAVE.
 */
static int lguest_enable_fpu(u64 xcr0)
{
	if (xcr0)
		return -EINVAL;
	lguest_write_cr0(lguest_cr0 & ~LGUEST_CR0_TS);
	return 0;
}

/*
 * The descriptor tables live with the host; the guest keeps its copy in
 * step and hands the host each entry it writes, one word per argument.
 *
 * lguest 4.13: boot.c's LHCALL_LOAD_IDT_ENTRY and LHCALL_LOAD_GDT_ENTRY
 * took (index, low half, high half) of an 8-byte descriptor. 64-bit gates
 * and system descriptors are 16 bytes, so the stub passes (index, low 8
 * bytes, high 8 bytes), and 0 as the high word of an 8-byte descriptor.
 */
static void lguest_write_idt_entry(void *idt, unsigned long index, const void *gate)
{
	const u64 *words = gate;

	memcpy((u64 *)idt + LGUEST_GATE_WORDS * index, gate, LGUEST_GATE_WORDS * sizeof(u64));
	lguest_hcall(LHCALL_LOAD_IDT_ENTRY, index, words[0], words[1], 0);
}

static void lguest_load_idt(const struct desc_ptr *desc)
{
	const u64 *words = (const u64 *)desc->address;
	unsigned long i;

	for (i = 0; i < (desc->size + 1UL) / (LGUEST_GATE_WORDS * sizeof(u64)); i++)
		lguest_hcall(LHCALL_LOAD_IDT_ENTRY, i, words[LGUEST_GATE_WORDS * i],
			     words[LGUEST_GATE_WORDS * i + 1], 0);
}

static void lguest_write_gdt_entry(void *gdt, unsigned long index, const void *desc,
				   unsigned long size)
{
	const u64 *words = desc;

	memcpy((u64 *)gdt + index, desc, size);
	lguest_hcall(LHCALL_LOAD_GDT_ENTRY, index, words[0],
		     size > sizeof(u64) ? words[1] : 0, 0);
}

static void lguest_load_gdt(const struct desc_ptr *desc)
{
	const u64 *words = (const u64 *)desc->address;
	unsigned long i;

	for (i = 0; i < (desc->size + 1UL) / sizeof(u64); i++)
		lguest_hcall(LHCALL_LOAD_GDT_ENTRY, i, words[i], 0, 0);
}

/*
 * Where traps switch stacks is the host's business: segment, stack top and
 * the stack's size in pages.
 *
 * lguest 4.13: boot.c's lguest_load_sp0, lazy LHCALL_SET_STACK with the
 * kernel data segment at privilege level 1; the host refused more than two
 * pages or a level-0 segment (drivers/lguest/interrupts_and_traps.c).
 */
static void lguest_load_sp0(unsigned long sp0)
{
	lguest_lazy_hcall(LHCALL_SET_STACK, GDT_SELECTOR(GDT_ENTRY_KERNEL_DS, LGUEST_GUEST_PL),
			  sp0, THREAD_STACK_PAGES);
}

/*
 * safe_halt waits with interrupts enabled, which is what the host's halt
 * does: it wakes the guest with irq_enabled set. halt keeps the flag as it
 * is, so with interrupts off it must never return: there is no such
 * hypercall, and the guest asks to be powered off instead.
 *
 * lguest 4.13: boot.c's lguest_safe_halt made LHCALL_HALT, and the host
 * set irq_enabled when it woke the guest (interrupts_and_traps.c); lguest
 * left halt native. The masked-halt shutdown is the stub's choice.
 */
static void lguest_safe_halt(void)
{
	lguest_hcall(LHCALL_HALT, 0, 0, 0, 0);
}

/* This kernel maps itself 1:1: the address is the physical one the host reads. */
static void lguest_halt(void)
{
	static const char why[] = "halted with interrupts disabled";

	if (lguest_save_fl() & X86_EFLAGS_IF)
		lguest_safe_halt();
	else
		lguest_hcall(LHCALL_SHUTDOWN, (unsigned long)why, LGUEST_SHUTDOWN_POWEROFF, 0, 0);
}

/* lguest 4.13: the host wrote cr2 into the page before reflecting a fault. */
static unsigned long lguest_read_cr2(void)
{
	return READ_ONCE(lguest_data.cr2);
}

/*
 * Only the guest switches page tables, so cr3 is cached and read without
 * an exit.
 *
 * lguest 4.13: boot.c's current_cr3, set by lguest_write_cr3 next to a lazy
 * LHCALL_NEW_PGTABLE.
 */
static unsigned long lguest_cr3;

static unsigned long lguest_read_cr3(void)
{
	return lguest_cr3;
}

static void lguest_write_cr3(unsigned long value)
{
	lguest_lazy_hcall(LHCALL_NEW_PGTABLE, value, 0, 0);
	lguest_cr3 = value;
}

/*
 * The host shadows the guest's page tables, so flushing means telling it
 * which of its copies to drop.
 *
 * lguest 4.13: LHCALL_FLUSH_TLB with 0 dropped user mappings, with 1 all
 * of them (drivers/lguest/hypercalls.c); one page was flushed by setting
 * its shadow entry to 0 with LHCALL_SET_PTE, to fault back in.
 */
static void lguest_flush_tlb_user(void)
{
	lguest_lazy_hcall(LHCALL_FLUSH_TLB, LGUEST_FLUSH_USER, 0, 0);
}

static void lguest_flush_tlb_kernel(void)
{
	lguest_lazy_hcall(LHCALL_FLUSH_TLB, LGUEST_FLUSH_KERNEL, 0, 0);
}

static void lguest_flush_tlb_one_user(unsigned long addr)
{
	lguest_lazy_hcall(LHCALL_SET_PTE, lguest_cr3, addr, 0);
}

/*
 * A changed entry makes the host's shadow stale; without the entry's
 * address the only safe message is to drop every shadow.
 *
 * lguest 4.13: boot.c's lguest_set_pte did this (after the first real
 * page-table switch); entries set with their address went as LHCALL_SET_PTE.
 */
static int lguest_drop_shadows(void)
{
	lguest_lazy_hcall(LHCALL_FLUSH_TLB, LGUEST_FLUSH_KERNEL, 0, 0);
	return 0;
}

static int lguest_set_pte(pte_t *ptep, u64 value)
{
	WRITE_ONCE(ptep->pte, value);
	return lguest_drop_shadows();
}

/*
 * The levels above: the generic page-table walk writes them, so the slots
 * are required; the stub sends the same message as for an entry.
 */
static int lguest_set_pmd(pmd_t *pmdp, u64 value)
{
	WRITE_ONCE(pmdp->pmd, value);
	return lguest_drop_shadows();
}

static int lguest_set_pud(pud_t *pudp, u64 value)
{
	WRITE_ONCE(pudp->pud, value);
	return lguest_drop_shadows();
}

static int lguest_set_p4d(p4d_t *p4dp, u64 value)
{
	WRITE_ONCE(p4dp->p4d, value);
	return lguest_drop_shadows();
}

/* The guest's clock, in nanoseconds, and the timer armed against it. */
static u64 lguest_rdtsc(void)
{
	u32 lo, hi;

	__asm__ __volatile__("rdtsc" : "=a"(lo), "=d"(hi));
	return ((u64)hi << 32) | lo;
}

/* Whole milliseconds, then the rest: exact, and no product overflows 64 bits. */
u64 lguest_tsc_to_ns(u64 cycles, u32 tsc_khz)
{
	return cycles / tsc_khz * LGUEST_NSEC_PER_MSEC +
	       cycles % tsc_khz * LGUEST_NSEC_PER_MSEC / tsc_khz;
}

/* The host may rewrite the time between the two reads: retry until stable. */
u64 lguest_wallclock_ns(const struct lguest_data *data)
{
	long sec, nsec;

	do {
		sec = READ_ONCE(data->time.tv_sec);
		barrier();
		nsec = READ_ONCE(data->time.tv_nsec);
		barrier();
	} while (sec != READ_ONCE(data->time.tv_sec));
	return (u64)sec * LGUEST_NSEC_PER_SEC + (u64)nsec;
}

/*
 * lguest 4.13: the host wrote tsc_khz at LHCALL_LGUEST_INIT (0 unless its
 * TSC was constant and stable, drivers/lguest/x86/core.c) and boot.c gave
 * it to the kernel's TSC clock; without one, boot.c's "lguest" clocksource
 * read lguest_data.time, which the host rewrote at each interrupt.
 */
static u64 lguest_sched_clock(void)
{
	u32 khz = READ_ONCE(lguest_data.tsc_khz);

	return khz ? lguest_tsc_to_ns(lguest_rdtsc(), khz) : lguest_wallclock_ns(&lguest_data);
}

static unsigned long lguest_clock_khz(void)
{
	u32 khz = READ_ONCE(lguest_data.tsc_khz);

	return khz ? khz : LGUEST_NSEC_PER_MSEC;
}

/*
 * The host's timer takes a delay, and a delay of 0 cancels it: a deadline
 * already passed becomes the shortest delay instead.
 *
 * lguest 4.13: LHCALL_SET_CLOCKEVENT(delta ns), 0 to shut down, with
 * LG_CLOCK_MIN_DELTA the clockevent's minimum (include/linux/lguest.h).
 */
unsigned long lguest_clockevent_delta(u64 expires_ns, u64 now_ns)
{
	if (expires_ns < now_ns + LG_CLOCK_MIN_DELTA)
		return LG_CLOCK_MIN_DELTA;
	return expires_ns - now_ns;
}

static void lguest_set_timer(u64 expires_ns)
{
	lguest_hcall(LHCALL_SET_CLOCKEVENT, lguest_clockevent_delta(expires_ns, lguest_sched_clock()),
		     0, 0, 0);
}

/* lguest 4.13: cr4 read as 0 and its writes were dropped (boot.c). */
static unsigned long lguest_read_cr4(void)
{
	return 0;
}

/*
 * lguest 4.13: user segment bases were TLS descriptors, loaded with
 * LHCALL_LOAD_TLS (boot.c's lguest_load_tls); a 64-bit guest's bases are
 * not descriptors, so the stub asks its host for the base itself.
 */
static void lguest_load_fs_base(unsigned long base)
{
	lguest_hcall(LHCALL_LOAD_TLS, base, 0, 0, 0);
}

/* lguest 4.13: no GS base of the user's own existed (32-bit, %gs unused). */
static void lguest_load_gs_base_user(unsigned long base)
{
	lguest_hcall(LHCALL_LOAD_TLS, base, 1, 0, 0);
}

/*
 * lguest 4.13: guests had one CPU, and the kernel's segment bases were the
 * host's to set, as the user's TLS was; the stub passes the per-CPU base in
 * LHCALL_LOAD_TLS with 0 for "the kernel's" where the user's passes 1.
 */
static void lguest_load_percpu_base(unsigned long base)
{
	lguest_hcall(LHCALL_LOAD_TLS, base, 0, 0, 0);
}

/*
 * lguest 4.13: boot.c emptied load_tr and wbinvd, kept Linux's defaults
 * for the page-table lifecycle (no-ops) and the page-table format (the
 * native one), and left the MSR accesses native, which its host did not
 * emulate; the stub leaves those two slots empty.
 */
const struct pv_ops lguest_pv_ops = {
	.cpu = {
		.cpuid = lguest_cpuid,
		.read_cr0 = lguest_read_cr0,
		.write_cr0 = lguest_write_cr0,
		.read_cr4 = lguest_read_cr4,
		.write_cr4 = (void *)pvops_nop,
		.load_gdt = lguest_load_gdt,
		.load_idt = lguest_load_idt,
		.load_tr = (void *)pvops_nop,
		.write_gdt_entry = lguest_write_gdt_entry,
		.write_idt_entry = lguest_write_idt_entry,
		.load_sp0 = lguest_load_sp0,
		.wbinvd = (void *)pvops_nop,
		.iret = lguest_iret,
	},
	.irq = {
		.save_fl = PV_CALLEE_SAVE(lguest_save_fl),
		.restore_fl = PV_CALLEE_SAVE(lguest_restore_fl),
		.irq_disable = { .func = (void *)lguest_irq_disable_direct },
		.irq_enable = PV_CALLEE_SAVE(lguest_irq_enable),
		.safe_halt = lguest_safe_halt,
		.halt = lguest_halt,
	},
	.mmu = {
		.read_cr2 = lguest_read_cr2,
		.read_cr3 = lguest_read_cr3,
		.write_cr3 = lguest_write_cr3,
		.flush_tlb_user = lguest_flush_tlb_user,
		.flush_tlb_kernel = lguest_flush_tlb_kernel,
		.flush_tlb_one_user = lguest_flush_tlb_one_user,
		.set_pte = lguest_set_pte,
		.set_pmd = lguest_set_pmd,
		.set_pud = lguest_set_pud,
		.set_p4d = lguest_set_p4d,
		.make_pte = pvops_ident,
		.pte_val = pvops_ident,
		.alloc_pte = (void *)pvops_nop,
		.alloc_pmd = (void *)pvops_nop,
		.alloc_pud = (void *)pvops_nop,
		.alloc_pgd = (void *)pvops_nop,
		.release_pte = (void *)pvops_nop,
		.release_pmd = (void *)pvops_nop,
		.release_pud = (void *)pvops_nop,
		.release_pgd = (void *)pvops_nop,
		.activate_mm = (void *)pvops_nop,
		.exit_mmap = (void *)pvops_nop,
		.lazy_mode = {
			.enter = lguest_lazy_enter,
			.leave = lguest_lazy_leave,
			.flush = lguest_lazy_flush,
		},
	},
	.time = {
		.sched_clock = lguest_sched_clock,
		.clock_khz = lguest_clock_khz,
		.set_timer = lguest_set_timer,
		.steal_clock = (void *)lguest_asm_steal_clock,
	},
	/*
	 * lguest 4.13: system calls came through int 0x80, a trap gate the host
	 * let the guest take directly, and left through iret; there were no
	 * syscall MSRs and no GS base to swap (head_32.S, 32-bit only).
	 */
	.user = {
		.syscall_init = pvops_nop,
		.swapgs = pvops_nop,
		.sysret = lguest_iret,
		.load_fs_base = lguest_load_fs_base,
		.load_gs_base_user = lguest_load_gs_base_user,
		.enable_fpu = lguest_enable_fpu,
	},
	.lock = X86_LOCK_PV_OPS(lguest_asm),
	.smp = PVOPS_UP_SMP_OPS(lguest_load_percpu_base),
};

/* lguest 4.13: boot.c set kernel_rpl 1, the level its guest kernel ran at. */
const struct pv_info lguest_pv_info = {
	.kernel_rpl = LGUEST_GUEST_PL,
	.kernel_cs = GDT_SELECTOR(GDT_ENTRY_KERNEL_CS, LGUEST_GUEST_PL),
	.user_cs = USER_CS_SELECTOR,
	.user_ss = USER_DS_SELECTOR,
	.flags = PV_INFO_HYPERVISOR,
};
