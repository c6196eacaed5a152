// SPDX-License-Identifier: GPL-2.0
/*
 * The trap table and do_trap().
 *
 * traps_init() describes the stubs of kernel/entry.S as an ordinary IDT
 * and hands it over with load_idt(): the native backend loads it as is,
 * the Xen backend turns the exception gates into Xen's trap table. Gates
 * for interrupt vectors are added later, one at a time, with
 * write_idt_entry(), when a driver asks for one. The code selector is the
 * one the backend says the kernel runs on (pv_info.kernel_cs), which
 * differs between bare hardware and Xen. do_trap() recovers an
 * exception only through the fixup table, recording what happened for the
 * tests; otherwise it panics with everything a reader of the log needs.
 */
#define pr_fmt(fmt) "traps: " fmt

#include <kernel/desc.h>
#include <kernel/extable.h>
#include <kernel/kallsyms.h>
#include <kernel/printk.h>
#include <kernel/syscall_nr.h>
#include <kernel/traps.h>
#include <kernel/uaccess.h>
#include <pvops/ops.h>

static struct idt_gate idt_table[NR_VECTORS] __aligned(16);
static irq_handler_t irq_handlers[NR_VECTORS];
struct fixup_record last_fixup;

static bool no_process_fault(struct pt_regs *regs)
{
	return false;
}

static void no_process_irq_exit(struct pt_regs *regs)
{
}

/* Called, never tested: an interrupt's exit costs the call it did when it called up directly. */
static struct trap_user_hooks user_hooks = {
	.fault = no_process_fault,
	.irq_exit = no_process_irq_exit,
};

void traps_set_user_hooks(const struct trap_user_hooks *hooks)
{
	if (!hooks->fault || !hooks->irq_exit)
		panic("traps_set_user_hooks: both hooks are needed");
	user_hooks = *hooks;
}

static const char *const exception_names[NR_EXCEPTIONS] = {
	"#DE divide error", "#DB debug", "NMI", "#BP breakpoint", "#OF overflow",
	"#BR bound range", "#UD invalid opcode", "#NM device not available",
	"#DF double fault", "coprocessor overrun", "#TS invalid TSS", "#NP segment not present",
	"#SS stack fault", "#GP general protection", "#PF page fault", "reserved",
	"#MF x87 error", "#AC alignment check", "#MC machine check", "#XM SIMD error",
	"#VE virtualization", "#CP control protection",
};

static struct idt_gate make_gate(unsigned int vector)
{
	return make_idt_gate((u64)(uintptr_t)exception_stubs + (u64)vector * TRAP_STUB_SIZE,
			     pv_info.kernel_cs);
}

const char *exception_name(unsigned int vector)
{
	return vector < NR_EXCEPTIONS && exception_names[vector] ? exception_names[vector] :
								       "unexpected interrupt";
}

/* Every CPU runs on the one IDT: the gates are the same, only the stacks differ (TSS). */
void traps_load_idt(void)
{
	struct desc_ptr desc = { .size = sizeof(idt_table) - 1,
				 .address = (u64)(uintptr_t)idt_table };

	load_idt(&desc);
}

void traps_init(void)
{
	unsigned int v;

	for (v = 0; v < NR_EXCEPTIONS; v++)
		idt_table[v] = make_gate(v);
	traps_load_idt();
}

void request_irq_vector(unsigned int vector, irq_handler_t handler)
{
	struct idt_gate gate;

	if (vector < NR_EXCEPTIONS || vector >= NR_VECTORS)
		panic("request_irq_vector: vector %u is not an interrupt vector", vector);
	if (irq_handlers[vector])
		panic("request_irq_vector: vector %u is taken", vector);
	irq_handlers[vector] = handler;
	gate = make_gate(vector);
	write_idt_entry(idt_table, vector, &gate);
}

void request_user_vector(unsigned int vector, irq_handler_t handler)
{
	struct idt_gate gate;

	request_irq_vector(vector, handler);
	gate = make_gate(vector);
	gate.dpl = pv_info.user_cs & 3;
	write_idt_entry(idt_table, vector, &gate);
}

const struct exception_table_entry *search_exception_table(unsigned long addr)
{
	const struct exception_table_entry *e;

	for (e = __ex_table_start; e < __ex_table_end; e++)
		if (e->insn == addr)
			return e;
	return NULL;
}

static void __noreturn die(struct pt_regs *regs)
{
	const char *name = exception_name(regs->vector);
	unsigned long offset = 0;
	const char *sym = kallsyms_lookup(regs->rip, &offset);

	pr_emerg("%s (vector %llu, error code %#llx) at %#llx (%s+%#lx)\n", name,
		 (unsigned long long)regs->vector, (unsigned long long)regs->error,
		 (unsigned long long)regs->rip, sym ? sym : "?", offset);
	pr_emerg("rax %016llx rbx %016llx rcx %016llx rdx %016llx\n",
		 (unsigned long long)regs->rax, (unsigned long long)regs->rbx,
		 (unsigned long long)regs->rcx, (unsigned long long)regs->rdx);
	pr_emerg("rsi %016llx rdi %016llx rbp %016llx rsp %016llx\n",
		 (unsigned long long)regs->rsi, (unsigned long long)regs->rdi,
		 (unsigned long long)regs->rbp, (unsigned long long)regs->rsp);
	if (regs->vector == X86_TRAP_PF)
		panic("page fault at address %#lx", read_cr2());
	panic("%s in kernel", name);
}

void entry_flags_bad(const struct pt_regs *regs)
{
	if (regs->vector == SYSCALL_FRAME_VECTOR)
		panic("syscall entry reached C with DF set (from rip %#llx)",
		      (unsigned long long)regs->rip);
	panic("trap entry (vector %llu, %s) reached C with DF set (from rip %#llx)",
	      (unsigned long long)regs->vector,
	      regs->vector == SYSCALL_VECTOR ? "int 0x80" : exception_name(regs->vector),
	      (unsigned long long)regs->rip);
}

void do_trap(struct pt_regs *regs)
{
	const struct exception_table_entry *fixup;

	check_entry_flags(regs);
	if (regs->vector >= NR_EXCEPTIONS) {
		if (regs->vector >= NR_VECTORS || !irq_handlers[regs->vector])
			die(regs);
		irq_handlers[regs->vector](regs);
		user_hooks.irq_exit(regs);
		return;
	}
	/* Demand paging (from user mode or a uaccess copy), or a process killed. */
	if ((user_mode(regs) || regs->vector == X86_TRAP_PF) && user_hooks.fault(regs))
		return;
	fixup = search_exception_table(regs->rip);
	if (!fixup)
		die(regs);
	last_fixup = (struct fixup_record){
		.vector = regs->vector,
		.error = regs->error,
		.rip = regs->rip,
		.cr2 = regs->vector == X86_TRAP_PF ? read_cr2() : 0,
		.irqs_disabled = irqs_disabled(),
		.count = last_fixup.count + 1,
	};
	regs->rip = fixup->fixup;
}
