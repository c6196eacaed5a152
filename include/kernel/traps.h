/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Exceptions and interrupts as the generic kernel sees them.
 *
 * Every vector enters through one assembly stub (kernel/entry.S) that saves
 * the registers as a struct pt_regs and calls do_trap(); the way back is
 * the cpu.iret pv op. The table of stubs is described to the CPU (or the
 * hypervisor) through the ordinary descriptor-table ops, so a backend sees
 * an IDT whatever it has to turn it into. Exceptions are recoverable only
 * through the fixup table (include/kernel/extable.h); anything else that
 * faults is a panic naming the vector, the address and the function.
 * Interrupt vectors get a handler with request_irq_vector().
 */
#ifndef KERNEL_TRAPS_H
#define KERNEL_TRAPS_H

#include <kernel/trap_stubs.h>
#include <kernel/types.h>

struct pt_regs {
	u64 r15, r14, r13, r12, r11, r10, r9, r8;
	u64 rbp, rdi, rsi, rdx, rcx, rbx, rax;
	u64 vector, error;
	u64 rip, cs, rflags, rsp, ss; /* the iret frame */
};

_Static_assert(offsetof(struct pt_regs, vector) == PT_REGS_VECTOR &&
		       offsetof(struct pt_regs, rip) == PT_REGS_RIP &&
		       offsetof(struct pt_regs, cs) == PT_REGS_CS &&
		       offsetof(struct pt_regs, rflags) == PT_REGS_RFLAGS &&
		       offsetof(struct pt_regs, rsp) == PT_REGS_RSP,
	       "the pt_regs offsets of include/kernel/trap_stubs.h");

#define X86_TRAP_UD 6
#define X86_TRAP_GP 13
#define X86_TRAP_PF 14

extern const char exception_stubs[]; /* NR_VECTORS stubs, TRAP_STUB_SIZE bytes apart */

/*
 * What the last fixed-up exception was, for the tests that provoke one;
 * irqs_disabled is the interrupt flag the handler ran with.
 */
struct fixup_record {
	u64 vector, error, rip, cr2;
	bool irqs_disabled;
	unsigned long count;
};
extern struct fixup_record last_fixup;

typedef void (*irq_handler_t)(struct pt_regs *regs);

void traps_init(void);
/* Load the kernel's IDT on this CPU (an AP, once traps_init() has filled it). */
void traps_load_idt(void);
/* "#PF page fault" and the like, for messages. */
const char *exception_name(unsigned int vector);
void request_irq_vector(unsigned int vector, irq_handler_t handler);
/* The same, through a gate user mode may raise with int (int 0x80). */
void request_user_vector(unsigned int vector, irq_handler_t handler);
void do_trap(struct pt_regs *regs);

/*
 * What a trap means to a process belongs to the process layers above
 * this one; user_init() registers it, so traps never call up. Until then
 * no process exists, and the defaults say so.
 */
struct trap_user_hooks {
	/* A user-mode exception or a fault on user memory; false if the kernel must handle it. */
	bool (*fault)(struct pt_regs *regs);
	/* After an interrupt's handler, before its frame is restored. */
	void (*irq_exit)(struct pt_regs *regs);
};
void traps_set_user_hooks(const struct trap_user_hooks *hooks);

/*
 * The C ABI wants the direction flag clear at every call, and ring 3 can
 * enter with it set: each entry path clears it before its first C call
 * (cld in exception_common and the Xen callbacks, FMASK for a hardware
 * syscall). The C entries (do_trap(), do_syscall()) check it, so an entry
 * that forgets panics naming itself instead of running every rep movs
 * backwards over kernel memory. lodsb reads DF through the step it takes
 * (pushf is PV-sensitive and kept out of generic code): one load and a
 * compare on every entry.
 */
void entry_flags_bad(const struct pt_regs *regs) __noreturn;

static inline void check_entry_flags(const struct pt_regs *regs)
{
	static const char probe;
	const char *p = &probe;
	char byte;

	__asm__ __volatile__("lodsb" : "+S"(p), "=a"(byte) : : "memory");
	if (p != &probe + 1)
		entry_flags_bad(regs);
}

#endif
