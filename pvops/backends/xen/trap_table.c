// SPDX-License-Identifier: GPL-2.0
/*
 * The IDT, as Xen wants it: a trap table.
 *
 * A PV guest has no IDT; it registers, per exception vector, an entry
 * point and who may raise the vector with `int`, through set_trap_table.
 * The generic kernel still builds an IDT, so load_idt walks its gates and
 * registers, for each exception whose gate points at the generic stub, the
 * Xen stub of the same vector (xen-asm.S), which undoes Xen's extra %rcx
 * and %r11 first. An interrupt gate becomes an entry with TI_SET_IF, which
 * makes Xen mask events on entry as the gate clears IF; a trap gate does
 * not. Gates for interrupt vectors have no meaning here (Xen
 * delivers events, not interrupts) and are skipped, except the system-call
 * vector's DPL-3 gate (int 0x80): it becomes a DPL-3 entry, which Xen
 * bounces straight to the kernel without emulating anything (its direct
 * trap path), through a stub like the exceptions' (user-asm.S).
 *
 * That entry is not only reached by int $0x80. Any other int $n from user
 * mode meets a DPL-0 gate in Xen's IDT and is a #GP to Xen, which takes
 * the vector from the error code (bits 3..10: vector * 8 + 2) and, if the
 * guest's entry for it has DPL 3, bounces it there as if it had been
 * raised. QEMU's TCG, which runs every Xen environment here, pushes
 * vector * 16 + 2 in long mode, so Xen reads vector 2n mod 256: int $0x40
 * and int $0xc0 arrive as int 0x80, and would be system calls. Xen's own
 * DPL-3 gates forward #BP and #OF (int $3, int $4) whatever the guest's
 * entry says. So the int 0x80 entry comes here first (XEN_INT80_VECTOR):
 * the two bytes before the return address must be int $0x80, or the
 * process gets the #GP that int $n names on any CPU, and is killed like
 * every other vector the trap table does not grant to user mode.
 */
#define pr_fmt(fmt) "xen: " fmt

#include <kernel/desc.h>
#include <kernel/printk.h>
#include <kernel/segments.h>
#include <kernel/syscall_nr.h>
#include <kernel/traps.h>
#include <kernel/uaccess.h>
#include <pvops/pv_ops.h>

#include "hypercall_pv.h"
#include "xen-vectors.h"
#include "xen.h"

extern const char xen_exception_stubs[], xen_int80_stub[];

/* Fills ti for vector; false if the gate is not an exception stub. */
static bool gate_to_trap_info(unsigned int vector, const struct idt_gate *g,
			      struct trap_info *ti)
{
	unsigned long target = idt_gate_target(g);
	unsigned long stub = (unsigned long)exception_stubs + (unsigned long)vector * TRAP_STUB_SIZE;
	bool user_vector = vector == SYSCALL_VECTOR && g->dpl == USER_RPL;

	if ((vector >= XEN_NR_EXCEPTIONS && !user_vector) || !g->present || target != stub)
		return false;
	*ti = (struct trap_info){
		.vector = vector,
		.cs = FLAT_KERNEL_CS,
		.address = user_vector ? (unsigned long)xen_int80_stub :
			   (unsigned long)xen_exception_stubs + vector * TRAP_STUB_SIZE,
	};
	TI_SET_DPL(ti, g->dpl);
	TI_SET_IF(ti, g->type == GATE_TYPE_INTERRUPT);
	return true;
}

void xen_load_idt(const struct desc_ptr *desc)
{
	static struct trap_info table[XEN_NR_EXCEPTIONS + 1];
	const struct idt_gate *gates = (const void *)desc->address;
	unsigned int v, n = 0, nr = (desc->size + 1) / sizeof(*gates);
	long rc;

	for (v = 0; v < nr && v < XEN_NR_EXCEPTIONS; v++)
		if (gate_to_trap_info(v, &gates[v], &table[n]))
			n++;
	table[n] = (struct trap_info){ 0 };
	rc = HYPERVISOR_set_trap_table(table);
	if (rc)
		xen_hypercall_failed(__func__, "set_trap_table", rc);
}

void xen_write_idt_entry(void *idt, unsigned long index, const void *gate)
{
	struct trap_info ti[2] = { 0 };
	long rc;

	__builtin_memcpy((char *)idt + index * sizeof(struct idt_gate), gate,
			 sizeof(struct idt_gate));
	if (!gate_to_trap_info(index, gate, &ti[0]))
		return;
	rc = HYPERVISOR_set_trap_table(ti);
	if (rc)
		xen_hypercall_failed(__func__, "set_trap_table", rc);
}

#define INT_IMM8_OPCODE 0xcd
#define INT_IMM8_LEN 2
#define GP_ERROR_IDT (1U << 1) /* a #GP error code naming an IDT entry: vector << 3 | this */
#define GP_ERROR_VECTOR_SHIFT 3

static void xen_int80(struct pt_regs *regs)
{
	u8 insn[INT_IMM8_LEN] = { 0 };
	unsigned long at = regs->rip - INT_IMM8_LEN;

	if (user_mode(regs) && !copy_from_user(insn, at, sizeof(insn)) &&
	    insn[0] == INT_IMM8_OPCODE && insn[1] == SYSCALL_VECTOR) {
		regs->vector = SYSCALL_VECTOR;
	} else {
		regs->vector = X86_TRAP_GP;
		regs->error = (u64)insn[1] << GP_ERROR_VECTOR_SHIFT | GP_ERROR_IDT;
		regs->rip = at; /* a #GP leaves rip at the instruction */
	}
	do_trap(regs);
}

void xen_int80_init(void)
{
	request_irq_vector(XEN_INT80_VECTOR, xen_int80);
}

void xen_failsafe(const u64 *frame);
void xen_failsafe(const u64 *frame)
{
	panic("failsafe callback: Xen could not load the segment registers for the return "
	      "to %#llx", (unsigned long long)frame[4]);
}
