// SPDX-License-Identifier: GPL-2.0
/*
 * Traps suite: faults provoked on purpose and recovered through the fixup
 * table, on every backend. Each case runs one faulting instruction with a
 * fixup entry that skips it, then checks what do_trap() recorded against
 * what the case knows independently: the vector the instruction must
 * raise, the address of the instruction (taken with lea, not from the
 * trap), and for page faults the address that was touched and the
 * direction of the access. The frozen kernel is checked the same way: a
 * store to the text or to pv_ops, of the byte or slot already there (so
 * that a kernel that failed to freeze is not also corrupted), must be a
 * write fault on a present page.
 */
#include <kernel/extable.h>
#include <kernel/ktest.h>
#include <kernel/sections.h>
#include <kernel/traps.h>
#include <pvops/ops.h>
#include <pvops/pv_ops.h>

/* Above the first GiB, which is all either entry path maps. */
#define UNMAPPED_ADDR 0x40001234UL
#define NON_CANONICAL_ADDR 0x8000000000001000UL
#define PF_PRESENT 0x1
#define PF_WRITE 0x2

static void ud2_is_recovered(struct ktest *t)
{
	unsigned long before = last_fixup.count, insn;

	__asm__ __volatile__("lea 1f(%%rip), %0\n"
			     "1: ud2\n"
			     "2:\n" _ASM_EXTABLE(1b, 2b)
			     : "=r"(insn)
			     :
			     : "memory");
	KTEST_EXPECT_EQ(t, last_fixup.count, before + 1);
	KTEST_EXPECT_EQ(t, last_fixup.vector, X86_TRAP_UD);
	KTEST_EXPECT_UEQ(t, last_fixup.rip, insn);
}

static void page_fault_read_is_recovered(struct ktest *t)
{
	unsigned long before = last_fixup.count, insn, value = 0x77;

	__asm__ __volatile__("lea 1f(%%rip), %0\n"
			     "1: mov (%2), %1\n"
			     "2:\n" _ASM_EXTABLE(1b, 2b)
			     : "=&r"(insn), "+r"(value)
			     : "r"(UNMAPPED_ADDR)
			     : "memory");
	KTEST_EXPECT_EQ(t, last_fixup.count, before + 1);
	KTEST_EXPECT_EQ(t, last_fixup.vector, X86_TRAP_PF);
	KTEST_EXPECT_UEQ(t, last_fixup.rip, insn);
	KTEST_EXPECT_UEQ(t, last_fixup.cr2, UNMAPPED_ADDR);
	KTEST_EXPECT_EQ(t, last_fixup.error & (PF_PRESENT | PF_WRITE), 0);
	KTEST_EXPECT_EQ(t, value, 0x77); /* the load never happened */
}

static void page_fault_write_is_recovered(struct ktest *t)
{
	unsigned long before = last_fixup.count, insn;

	__asm__ __volatile__("lea 1f(%%rip), %0\n"
			     "1: movq $1, (%1)\n"
			     "2:\n" _ASM_EXTABLE(1b, 2b)
			     : "=&r"(insn)
			     : "r"(UNMAPPED_ADDR + 8)
			     : "memory");
	KTEST_EXPECT_EQ(t, last_fixup.count, before + 1);
	KTEST_EXPECT_EQ(t, last_fixup.vector, X86_TRAP_PF);
	KTEST_EXPECT_UEQ(t, last_fixup.cr2, UNMAPPED_ADDR + 8);
	KTEST_EXPECT_EQ(t, last_fixup.error & (PF_PRESENT | PF_WRITE), PF_WRITE);
	KTEST_EXPECT_UEQ(t, last_fixup.rip, insn);
}

/* Stores the byte at addr back to it; true if that faulted and was recovered. */
static void expect_write_fault(struct ktest *t, const char *what, volatile u8 *addr)
{
	unsigned long before = last_fixup.count, insn;
	u8 value = *addr;

	__asm__ __volatile__("lea 1f(%%rip), %0\n"
			     "1: movb %b2, (%1)\n"
			     "2:\n" _ASM_EXTABLE(1b, 2b)
			     : "=&r"(insn)
			     : "r"(addr), "q"(value)
			     : "memory");
	if (last_fixup.count != before + 1) {
		KTEST_FAIL(t, "a store to %s at %p did not fault: it is writable", what, addr);
		return;
	}
	KTEST_EXPECT_EQ(t, last_fixup.vector, X86_TRAP_PF);
	KTEST_EXPECT_UEQ(t, last_fixup.rip, insn);
	KTEST_EXPECT_UEQ(t, last_fixup.cr2, (unsigned long)addr);
	KTEST_EXPECT_EQ(t, last_fixup.error & (PF_PRESENT | PF_WRITE), PF_PRESENT | PF_WRITE);
}

static void text_is_read_only(struct ktest *t)
{
	expect_write_fault(t, "the first byte of text", (volatile u8 *)__text_start);
	expect_write_fault(t, "the last byte of text", (volatile u8 *)((uintptr_t)__text_end - 1));
	expect_write_fault(t, "this test's own code", (volatile u8 *)(uintptr_t)text_is_read_only);
}

static void pv_ops_is_read_only(struct ktest *t)
{
#ifdef CONFIG_PVOPS
	expect_write_fault(t, "pv_ops", (volatile u8 *)&pv_ops);
	expect_write_fault(t, "the last slot of pv_ops", (volatile u8 *)(&pv_ops + 1) - 1);
	expect_write_fault(t, "pv_info", (volatile u8 *)&pv_info);
#else
	ktest_skip(t, "no pv_ops table without CONFIG_PVOPS");
#endif
}

static void general_protection_is_recovered(struct ktest *t)
{
	unsigned long before = last_fixup.count, insn, value = 0;

	__asm__ __volatile__("lea 1f(%%rip), %0\n"
			     "1: mov (%2), %1\n"
			     "2:\n" _ASM_EXTABLE(1b, 2b)
			     : "=&r"(insn), "+r"(value)
			     : "r"(NON_CANONICAL_ADDR)
			     : "memory");
	KTEST_EXPECT_EQ(t, last_fixup.count, before + 1);
	KTEST_EXPECT_EQ(t, last_fixup.vector, X86_TRAP_GP);
	KTEST_EXPECT_UEQ(t, last_fixup.rip, insn);
}

static void registers_survive_a_fault(struct ktest *t)
{
	register unsigned long r12 __asm__("r12") = 0x1212;
	register unsigned long r15 __asm__("r15") = 0x1515;

	__asm__ __volatile__("1: ud2\n2:\n" _ASM_EXTABLE(1b, 2b)
			     : "+r"(r12), "+r"(r15)
			     :
			     : "memory");
	KTEST_EXPECT_UEQ(t, r12, 0x1212);
	KTEST_EXPECT_UEQ(t, r15, 0x1515);
}

/*
 * An exception gate is an interrupt gate: the handler runs with interrupts
 * off even when the faulting code had them on, and the return restores them.
 */
static void exception_masks_interrupts(struct ktest *t)
{
	unsigned long flags, before = last_fixup.count;

	local_irq_save(flags);
	local_irq_enable();
	__asm__ __volatile__("1: ud2\n2:\n" _ASM_EXTABLE(1b, 2b) ::: "memory");
	KTEST_EXPECT_FALSE(t, irqs_disabled());
	local_irq_restore(flags);
	KTEST_EXPECT_EQ(t, last_fixup.count, before + 1);
	KTEST_EXPECT_TRUE(t, last_fixup.irqs_disabled);
}

static const struct ktest_case traps_cases[] = {
	KTEST_CASE(ud2_is_recovered),
	KTEST_CASE(page_fault_read_is_recovered),
	KTEST_CASE(page_fault_write_is_recovered),
	KTEST_CASE(general_protection_is_recovered),
	KTEST_CASE(text_is_read_only),
	KTEST_CASE(pv_ops_is_read_only),
	KTEST_CASE(registers_survive_a_fault),
	KTEST_CASE(exception_masks_interrupts),
};
KTEST_SUITE(traps, "traps", traps_cases);
