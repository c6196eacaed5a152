/* SPDX-License-Identifier: GPL-2.0 */
/*
 * The raw x86 instructions, one inline function each: a layer, not a backend.
 *
 * These are what every pv_ops slot means on bare hardware. Several users
 * need them: the native backend builds its table entries from them, a
 * second bare-metal backend (scripts/new-backend --bare-metal) performs its
 * own privileged ops with them, the PC device layer (pvops/platform/pc/)
 * does its port I/O with them, and with CONFIG_PVOPS=n include/pvops/ops.h
 * maps the generic names straight onto them, so the bare-metal build is
 * these instructions inline and nothing else. The native_ prefix is Linux's
 * for "the instruction itself" (asm/special_insns.h), not the backend's.
 * Generic code (kernel/, tests/, bench/) never includes this file; where the
 * privileged instructions may end up is checked on the image by
 * tools/patchcheck, which sees them at this header's lines when inlined.
 */
#ifndef X86_INSNS_H
#define X86_INSNS_H

#include <kernel/desc.h>
#include <kernel/percpu.h>
#include <kernel/types.h>
#include <pvops/pv_ops.h>

static inline unsigned long native_save_fl(void)
{
	unsigned long flags;

	__asm__ __volatile__("pushfq; popq %0" : "=rm"(flags) : : "memory");
	return flags;
}

static inline void native_restore_fl(unsigned long flags)
{
	__asm__ __volatile__("pushq %0; popfq" : : "g"(flags) : "memory", "cc");
}

static inline void native_irq_disable(void)
{
	__asm__ __volatile__("cli" : : : "memory");
}

static inline void native_irq_enable(void)
{
	__asm__ __volatile__("sti" : : : "memory");
}

static inline void native_safe_halt(void)
{
	__asm__ __volatile__("sti; hlt" : : : "memory");
}

static inline void native_halt(void)
{
	__asm__ __volatile__("hlt" : : : "memory");
}

static inline void native_cpuid(u32 *eax, u32 *ebx, u32 *ecx, u32 *edx)
{
	__asm__ __volatile__("cpuid"
			     : "=a"(*eax), "=b"(*ebx), "=c"(*ecx), "=d"(*edx)
			     : "0"(*eax), "2"(*ecx)
			     : "memory");
}

#define NATIVE_CR_OPS(n)                                                                           \
	static inline unsigned long native_read_cr##n(void)                                        \
	{                                                                                          \
		unsigned long v;                                                                   \
		__asm__ __volatile__("mov %%cr" #n ", %0" : "=r"(v) : : "memory");                 \
		return v;                                                                          \
	}                                                                                          \
	static inline void native_write_cr##n(unsigned long v)                                     \
	{                                                                                          \
		__asm__ __volatile__("mov %0, %%cr" #n : : "r"(v) : "memory");                     \
	}
NATIVE_CR_OPS(0)
NATIVE_CR_OPS(2)
NATIVE_CR_OPS(3)
NATIVE_CR_OPS(4)

static inline void native_load_gdt(const struct desc_ptr *d)
{
	__asm__ __volatile__("lgdt %0" : : "m"(*d));
}

static inline void native_load_idt(const struct desc_ptr *d)
{
	__asm__ __volatile__("lidt %0" : : "m"(*d));
}

static inline void native_load_tr(unsigned long selector)
{
	__asm__ __volatile__("ltr %w0" : : "r"(selector));
}

/* Descriptors are 8 bytes, or 16 for a system descriptor: plain stores, no memcpy. */
static inline void native_write_gdt_entry(void *gdt, unsigned long index, const void *desc,
					  unsigned long size)
{
	u64 *entry = (u64 *)gdt + index;

	entry[0] = ((const u64 *)desc)[0];
	if (size == 16)
		entry[1] = ((const u64 *)desc)[1];
}

static inline void native_write_idt_entry(void *idt, unsigned long index, const void *gate)
{
	__builtin_memcpy((char *)idt + index * 16, gate, 16);
}

/* The kernel stack for ring transitions lives in this CPU's TSS. */
static inline void native_load_sp0(unsigned long sp0)
{
	this_cpu_write(tss.sp0, sp0);
}

static inline u64 native_read_msr(unsigned long msr)
{
	u32 lo, hi;

	__asm__ __volatile__("rdmsr" : "=a"(lo), "=d"(hi) : "c"(msr));
	return ((u64)hi << 32) | lo;
}

static inline void native_write_msr(unsigned long msr, u64 value)
{
	__asm__ __volatile__("wrmsr" : : "c"(msr), "a"((u32)value), "d"((u32)(value >> 32))
			     : "memory");
}

static inline void native_wbinvd(void)
{
	__asm__ __volatile__("wbinvd" : : : "memory");
}

static inline void native_flush_tlb_user(void)
{
	native_write_cr3(native_read_cr3());
}

static inline void native_flush_tlb_kernel(void)
{
	unsigned long cr4 = native_read_cr4();

	/* Toggling CR4.PGE flushes global entries too. */
	native_write_cr4(cr4 ^ (1UL << 7));
	native_write_cr4(cr4);
}

static inline void native_flush_tlb_one_user(unsigned long addr)
{
	__asm__ __volatile__("invlpg (%0)" : : "r"(addr) : "memory");
}

/* Bare hardware takes any entry: an int only because the slot reports refusals. */
static inline int native_set_pte(pte_t *ptep, u64 value)
{
	WRITE_ONCE(ptep->pte, value);
	return 0;
}

static inline u64 native_rdtsc(void)
{
	u32 lo, hi;

	__asm__ __volatile__("rdtsc" : "=a"(lo), "=d"(hi));
	return ((u64)hi << 32) | lo;
}

static inline void native_outb(u8 value, u16 port)
{
	__asm__ __volatile__("outb %0, %1" : : "a"(value), "Nd"(port));
}

static inline u8 native_inb(u16 port)
{
	u8 v;

	__asm__ __volatile__("inb %1, %0" : "=a"(v) : "Nd"(port));
	return v;
}

#endif
