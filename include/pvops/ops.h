/* SPDX-License-Identifier: GPL-2.0 */
/*
 * The privileged operations as the generic kernel calls them.
 *
 * Generic code (kernel/, tests/) never issues a privileged instruction and
 * never reads pv_ops itself: it calls these wrappers, which are one pv_ops
 * call site each. With CONFIG_PVOPS=n the same wrappers become the raw
 * instructions inline, from the shared raw-instruction layer
 * (include/x86/insns.h), and the clock and timer the PC layer's
 * (include/pc/pc.h): the bare-metal build has no table, no sites and no
 * indirection, which is exactly the baseline the benchmarks compare
 * against. Both are layers, not a backend, so no backend header is used.
 */
#ifndef PVOPS_OPS_H
#define PVOPS_OPS_H

#include <pvops/pv_ops.h>

#define X86_EFLAGS_IF (1UL << 9)

/*
 * Lazy-mode bookkeeping (kernel/lazy.c), the same with or without pv_ops:
 * enter and leave panic on misuse (nested, unbalanced or mismatched
 * modes); lazy_mode_misuse() is the decision, NULL when the step is legal.
 */
void lazy_mode_enter(enum pvops_lazy_mode mode);
void lazy_mode_leave(enum pvops_lazy_mode mode);
const char *lazy_mode_misuse(enum pvops_lazy_mode now, bool entering, enum pvops_lazy_mode mode);
const char *lazy_mode_name(enum pvops_lazy_mode mode);

#ifdef CONFIG_PVOPS
#include <pvops/call.h>

static inline unsigned long local_save_flags(void)
{
	return PVOP_CALLEE0(unsigned long, irq.save_fl);
}

static inline void local_irq_restore(unsigned long flags)
{
	PVOP_VCALLEE1(irq.restore_fl, flags);
}

static inline void local_irq_disable(void)
{
	PVOP_VCALLEE0(irq.irq_disable);
}

static inline void local_irq_enable(void)
{
	PVOP_VCALLEE0(irq.irq_enable);
}

static inline void safe_halt(void)
{
	PVOP_VCALL0(irq.safe_halt);
}

static inline void halt(void)
{
	PVOP_VCALL0(irq.halt);
}

static inline void cpuid_count(u32 leaf, u32 subleaf, u32 *eax, u32 *ebx, u32 *ecx, u32 *edx)
{
	*eax = leaf;
	*ecx = subleaf;
	PVOP_VCALL4(cpu.cpuid, eax, ebx, ecx, edx);
}

static inline unsigned long read_cr0(void)
{
	return PVOP_CALL0(unsigned long, cpu.read_cr0);
}

static inline void write_cr0(unsigned long v)
{
	PVOP_VCALL1(cpu.write_cr0, v);
}

static inline unsigned long read_cr4(void)
{
	return PVOP_CALL0(unsigned long, cpu.read_cr4);
}

static inline void write_cr4(unsigned long v)
{
	PVOP_VCALL1(cpu.write_cr4, v);
}

static inline void load_gdt(const struct desc_ptr *d)
{
	PVOP_VCALL1(cpu.load_gdt, d);
}

static inline void load_idt(const struct desc_ptr *d)
{
	PVOP_VCALL1(cpu.load_idt, d);
}

static inline void load_tr(unsigned long selector)
{
	PVOP_VCALL1(cpu.load_tr, selector);
}

static inline void write_gdt_entry(void *gdt, unsigned long index, const void *desc,
				   unsigned long size)
{
	PVOP_VCALL4(cpu.write_gdt_entry, gdt, index, desc, size);
}

static inline void write_idt_entry(void *idt, unsigned long index, const void *gate)
{
	PVOP_VCALL3(cpu.write_idt_entry, idt, index, gate);
}

static inline void load_sp0(unsigned long sp0)
{
	PVOP_VCALL1(cpu.load_sp0, sp0);
}

static inline u64 read_msr(unsigned long msr)
{
	return PVOP_CALL1(u64, cpu.read_msr, msr);
}

static inline void write_msr(unsigned long msr, u64 value)
{
	PVOP_VCALL2(cpu.write_msr, msr, value);
}

static inline void wbinvd(void)
{
	PVOP_VCALL0(cpu.wbinvd);
}

static inline unsigned long read_cr2(void)
{
	return PVOP_CALL0(unsigned long, mmu.read_cr2);
}

static inline unsigned long read_cr3(void)
{
	return PVOP_CALL0(unsigned long, mmu.read_cr3);
}

static inline void write_cr3(unsigned long v)
{
	PVOP_VCALL1(mmu.write_cr3, v);
}

static inline void flush_tlb_user(void)
{
	PVOP_VCALL0(mmu.flush_tlb_user);
}

static inline void flush_tlb_kernel(void)
{
	PVOP_VCALL0(mmu.flush_tlb_kernel);
}

static inline void flush_tlb_one_user(unsigned long addr)
{
	PVOP_VCALL1(mmu.flush_tlb_one_user, addr);
}

static inline int set_pte(pte_t *ptep, pte_t pte)
{
	return PVOP_CALL2(int, mmu.set_pte, ptep, pte.pte);
}

static inline int set_pmd(pmd_t *pmdp, pmd_t pmd)
{
	return PVOP_CALL2(int, mmu.set_pmd, pmdp, pmd.pmd);
}

static inline int set_pud(pud_t *pudp, pud_t pud)
{
	return PVOP_CALL2(int, mmu.set_pud, pudp, pud.pud);
}

static inline int set_p4d(p4d_t *p4dp, p4d_t p4d)
{
	return PVOP_CALL2(int, mmu.set_p4d, p4dp, p4d.p4d);
}

/* Page-table entry values: what the kernel means to what the hardware holds. */
static inline u64 make_pte(u64 value)
{
	return PVOP_CALL1(u64, mmu.make_pte, value);
}

static inline u64 pte_val(u64 entry)
{
	return PVOP_CALL1(u64, mmu.pte_val, entry);
}

static inline void paravirt_alloc_pte(struct mm_struct *mm, pfn_t pfn)
{
	PVOP_VCALL2(mmu.alloc_pte, mm, pfn_val(pfn));
}

static inline void paravirt_alloc_pmd(struct mm_struct *mm, pfn_t pfn)
{
	PVOP_VCALL2(mmu.alloc_pmd, mm, pfn_val(pfn));
}

static inline void paravirt_alloc_pud(struct mm_struct *mm, pfn_t pfn)
{
	PVOP_VCALL2(mmu.alloc_pud, mm, pfn_val(pfn));
}

static inline void paravirt_alloc_pgd(struct mm_struct *mm, pfn_t pfn)
{
	PVOP_VCALL2(mmu.alloc_pgd, mm, pfn_val(pfn));
}

static inline void paravirt_release_pte(pfn_t pfn)
{
	PVOP_VCALL1(mmu.release_pte, pfn_val(pfn));
}

static inline void paravirt_release_pmd(pfn_t pfn)
{
	PVOP_VCALL1(mmu.release_pmd, pfn_val(pfn));
}

static inline void paravirt_release_pud(pfn_t pfn)
{
	PVOP_VCALL1(mmu.release_pud, pfn_val(pfn));
}

static inline void paravirt_release_pgd(pfn_t pfn)
{
	PVOP_VCALL1(mmu.release_pgd, pfn_val(pfn));
}

static inline void activate_mm(struct mm_struct *prev, struct mm_struct *next)
{
	PVOP_VCALL2(mmu.activate_mm, prev, next);
}

static inline void paravirt_exit_mmap(struct mm_struct *mm)
{
	PVOP_VCALL1(mmu.exit_mmap, mm);
}

static inline void arch_enter_lazy_mode(enum pvops_lazy_mode mode)
{
	lazy_mode_enter(mode);
	PVOP_VCALL1(mmu.lazy_mode.enter, mode);
}

/* The first error of an update deferred in the mode (the batch), or 0. */
static inline int arch_leave_lazy_mode(enum pvops_lazy_mode mode)
{
	lazy_mode_leave(mode);
	return PVOP_CALL1(int, mmu.lazy_mode.leave, mode);
}

static inline void arch_flush_lazy_mode(void)
{
	PVOP_VCALL0(mmu.lazy_mode.flush);
}

static inline u64 sched_clock(void)
{
	return PVOP_CALL0(u64, time.sched_clock);
}

static inline unsigned long clock_khz(void)
{
	return PVOP_CALL0(unsigned long, time.clock_khz);
}

static inline void set_timer(u64 expires_ns)
{
	PVOP_VCALL1(time.set_timer, expires_ns);
}

static inline u64 steal_clock(unsigned int cpu)
{
	return PVOP_CALL1(u64, time.steal_clock, cpu);
}

/* The holder's release of a ticket lock (include/kernel/spinlock.h). */
static inline void arch_spin_unlock(arch_spinlock_t *lock)
{
	PVOP_VCALLEE1_SHORT(lock.unlock, lock);
}

static inline void lock_wait(const u16 *ptr, u16 value)
{
	PVOP_VCALL2(lock.wait, ptr, value);
}

static inline void lock_kick(unsigned int cpu)
{
	PVOP_VCALL1(lock.kick, cpu);
}

static inline bool vcpu_is_preempted(unsigned int cpu)
{
	return PVOP_CALL1(bool, lock.vcpu_is_preempted, cpu);
}

static inline void load_percpu_base(unsigned long base)
{
	PVOP_VCALL1(smp.load_percpu_base, base);
}

static inline void send_ipi(unsigned int cpu)
{
	PVOP_VCALL1(smp.send_ipi, cpu);
}

static inline void send_ipi_mask(const struct cpumask *mask)
{
	PVOP_VCALL1(smp.send_ipi_mask, mask);
}

static inline int start_cpu(unsigned int cpu, const struct smp_ap_boot *boot)
{
	return PVOP_CALL2(int, smp.start_cpu, cpu, boot);
}

static inline void flush_tlb_multi(const struct cpumask *mask, const struct flush_tlb_info *info)
{
	PVOP_VCALL2(smp.flush_tlb_multi, mask, info);
}

static inline void syscall_init(void)
{
	PVOP_VCALL0(user.syscall_init);
}

static inline void load_fs_base(unsigned long base)
{
	PVOP_VCALL1(user.load_fs_base, base);
}

static inline void load_gs_base_user(unsigned long base)
{
	PVOP_VCALL1(user.load_gs_base_user, base);
}

static inline int enable_fpu(u64 xcr0)
{
	return PVOP_CALL1(int, user.enable_fpu, xcr0);
}

#else /* !CONFIG_PVOPS: bare metal, the native instructions inline */
#include <pc/pc.h>
#include <pc/apic.h>
#include <x86/insns.h>
#include <x86/user.h>

#define syscall_init x86_syscall_init
#define load_fs_base x86_load_fs_base
#define load_gs_base_user x86_load_gs_base_user
#define enable_fpu x86_enable_fpu

#define local_save_flags native_save_fl
#define local_irq_restore native_restore_fl
#define local_irq_disable native_irq_disable
#define local_irq_enable native_irq_enable
#define safe_halt native_safe_halt
#define halt native_halt
#define read_cr0 native_read_cr0
#define write_cr0 native_write_cr0
#define read_cr4 native_read_cr4
#define write_cr4 native_write_cr4
#define load_gdt native_load_gdt
#define load_idt native_load_idt
#define load_tr native_load_tr
#define write_gdt_entry native_write_gdt_entry
#define write_idt_entry native_write_idt_entry
#define load_sp0 native_load_sp0
#define read_msr native_read_msr
#define write_msr native_write_msr
#define wbinvd native_wbinvd
#define read_cr2 native_read_cr2
#define read_cr3 native_read_cr3
#define write_cr3 native_write_cr3
#define flush_tlb_user native_flush_tlb_user
#define flush_tlb_kernel native_flush_tlb_kernel
#define flush_tlb_one_user native_flush_tlb_one_user
#define sched_clock pc_sched_clock
#define clock_khz pc_clock_khz
#define set_timer pc_apic_timer_set
#define make_pte(v) (v)
#define pte_val(v) (v)
#define paravirt_alloc_pte(mm, pfn) ((void)(mm), (void)(pfn))
#define paravirt_alloc_pmd(mm, pfn) ((void)(mm), (void)(pfn))
#define paravirt_alloc_pud(mm, pfn) ((void)(mm), (void)(pfn))
#define paravirt_alloc_pgd(mm, pfn) ((void)(mm), (void)(pfn))
#define paravirt_release_pte(pfn) ((void)(pfn))
#define paravirt_release_pmd(pfn) ((void)(pfn))
#define paravirt_release_pud(pfn) ((void)(pfn))
#define paravirt_release_pgd(pfn) ((void)(pfn))
#define activate_mm(prev, next) ((void)(prev), (void)(next))
#define paravirt_exit_mmap(mm) ((void)(mm))
#define arch_enter_lazy_mode(mode) lazy_mode_enter(mode)
/* Nothing is batched, so nothing is refused; a function, so an unused 0 draws no warning. */
static inline int arch_leave_lazy_mode(enum pvops_lazy_mode mode)
{
	lazy_mode_leave(mode);
	return 0;
}
#define arch_flush_lazy_mode() ((void)0)
#define steal_clock(cpu) ((void)(cpu), 0ULL)
#define lock_wait(ptr, value) ((void)(ptr), (void)(value), __builtin_ia32_pause())
#define lock_kick(cpu) ((void)(cpu))
#define vcpu_is_preempted(cpu) ((void)(cpu), false)
#define load_percpu_base x86_load_percpu_base
#define send_ipi pc_apic_send_ipi
#define send_ipi_mask pc_apic_send_ipi_mask
#define start_cpu pc_smp_start_cpu
#define flush_tlb_multi tlb_flush_multi_by_ipi

static inline void arch_spin_unlock(arch_spinlock_t *lock)
{
	__asm__ __volatile__("addw %[inc], %[head]"
			     : [head] "+m"(lock->head)
			     : [inc] "i"(SPIN_TICKET_INC)
			     : "memory", "cc");
}

static inline void cpuid_count(u32 leaf, u32 subleaf, u32 *eax, u32 *ebx, u32 *ecx, u32 *edx)
{
	*eax = leaf;
	*ecx = subleaf;
	native_cpuid(eax, ebx, ecx, edx);
}

static inline int set_pte(pte_t *ptep, pte_t pte)
{
	return native_set_pte(ptep, pte.pte);
}

static inline int set_pmd(pmd_t *pmdp, pmd_t pmd)
{
	return native_set_pte((pte_t *)pmdp, pmd.pmd);
}

static inline int set_pud(pud_t *pudp, pud_t pud)
{
	return native_set_pte((pte_t *)pudp, pud.pud);
}

static inline int set_p4d(p4d_t *p4dp, p4d_t p4d)
{
	return native_set_pte((pte_t *)p4dp, p4d.p4d);
}
#endif /* CONFIG_PVOPS */

#define local_irq_save(flags)                                                                      \
	do {                                                                                       \
		(flags) = local_save_flags();                                                      \
		local_irq_disable();                                                               \
	} while (0)

static inline bool irqs_disabled(void)
{
	return !(local_save_flags() & X86_EFLAGS_IF);
}

static inline void cpuid(u32 leaf, u32 *eax, u32 *ebx, u32 *ecx, u32 *edx)
{
	cpuid_count(leaf, 0, eax, ebx, ecx, edx);
}

#endif
