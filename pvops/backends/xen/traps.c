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
 */
#define pr_fmt(fmt) "xen: " fmt

#include <kernel/desc.h>
#include <kernel/printk.h>
#include <kernel/segments.h>
#include <kernel/syscall_nr.h>
#include <kernel/traps.h>
#include <pvops/pv_ops.h>

#include "hypercall.h"
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

void xen_failsafe(const u64 *frame);
void xen_failsafe(const u64 *frame)
{
	panic("failsafe callback: Xen could not load the segment registers for the return "
	      "to %#llx", (unsigned long long)frame[4]);
}
