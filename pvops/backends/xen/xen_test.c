// SPDX-License-Identifier: GPL-2.0
/*
 * The Xen backend's own suite, on top of the generic ones: the state the
 * start-up code leaves behind, checked against what Xen reports now. It
 * lives in the backend's folder because it reads the backend's private
 * state; it is built only where the Xen backend is. What any Xen guest
 * shares (shared_info, features, counted hypercalls, events, CPUID) runs
 * under the PVH backend too; the rest skips there by the backend's
 * property, a kernel in ring 0, and everything skips off Xen.
 */
#include <kernel/cmdline.h>
#include <kernel/desc.h>
#include <kernel/extable.h>
#include <kernel/ktest.h>
#include <kernel/machine.h>
#include <kernel/mm.h>
#include <kernel/process.h>
#include <kernel/uvm.h>
#include <kernel/sections.h>
#include <kernel/sched.h>
#include <kernel/string.h>
#include <kernel/syscall_nr.h>
#include <kernel/traps.h>
#include <pvops/ops.h>
#include <pvops/backend.h>

#include <xen/arch-x86/cpuid.h>

#include "hypercall_pv.h"
#include "multicalls.h"
#include "p2m.h"
#include "xen.h"

/* Any Xen guest backend: it has placed shared_info, which the layer's checks read. */
static bool running_xen_guest(struct ktest *t)
{
	if (xen_shared_info)
		return true;
	ktest_skip(t, "no Xen guest backend is running");
	return false;
}

/*
 * A PV guest: the kernel is deprivileged, so its page tables, descriptor
 * tables and stack switches are Xen's to validate. A PVH guest runs in ring 0
 * and has all of them in hardware, so these cases do not apply to it.
 */
static bool running_xen_pv(struct ktest *t)
{
	if (!running_xen_guest(t))
		return false;
	if (pv_info.kernel_rpl != 0)
		return true;
	ktest_skip(t, "PV only: this Xen guest's kernel runs in ring 0 (PVH)");
	return false;
}

static void events_were_masked_at_entry(struct ktest *t)
{
	if (running_xen_pv(t))
		KTEST_EXPECT_EQ(t, xen_upcall_mask_at_entry, 1);
}

static void shared_info_is_mapped(struct ktest *t)
{
	if (!running_xen_guest(t))
		return;
	/* Xen writes the wall clock there: seconds since 1970, past 2001. */
	KTEST_EXPECT_UEQ(t, READ_ONCE(xen_shared_info->wc_version) % 2, 0);
	KTEST_EXPECT_UGE(t, READ_ONCE(xen_shared_info->wc_sec), 1000000000);
}

static void vcpu_info_moved_into_the_image(struct ktest *t)
{
	u32 version;

	if (!running_xen_pv(t))
		return;
	KTEST_EXPECT_TRUE(t, xen_vcpu == &xen_vcpu_info_area);
	/* Xen now publishes the clock there, not in shared_info. */
	version = READ_ONCE(xen_vcpu_info_area.time.version);
	KTEST_EXPECT_NE(t, version, 0);
	KTEST_EXPECT_NE(t, xen_vcpu_info_area.time.tsc_to_system_mul, 0);
}

static void features_say_dom0(struct ktest *t)
{
	struct xen_feature_info info = { .submap_idx = 0 };

	if (!running_xen_guest(t))
		return;
	if (!xen_initial_domain) {
		ktest_skip(t, "a domU: only the hardware domain has XENFEAT_dom0");
		return;
	}
	KTEST_ASSERT_EQ(t, HYPERVISOR_xen_version(XENVER_get_features, &info), 0);
	KTEST_EXPECT_UEQ(t, info.submap, xen_features);
	KTEST_EXPECT_TRUE(t, xen_features & (1U << XENFEAT_dom0));
}

/* The other side of the property dom0-only checks skip by: a domU lacks the flag. */
static void features_say_domu(struct ktest *t)
{
	if (!running_xen_guest(t))
		return;
	if (xen_initial_domain) {
		ktest_skip(t, "the hardware domain: XENFEAT_dom0 is checked above");
		return;
	}
	KTEST_EXPECT_FALSE(t, xen_features & (1U << XENFEAT_dom0));
	if (pv_info.kernel_rpl != 0) /* PV: where the property was read */
		KTEST_EXPECT_FALSE(t, xen_start_info->flags & SIF_INITDOMAIN);
}

static void p2m_round_trips(struct ktest *t)
{
	static char probe[PAGE_SIZE] __aligned(PAGE_SIZE);
	pfn_t pfn;

	if (!running_xen_pv(t))
		return;
	pfn = virt_to_pfn(probe);
	KTEST_EXPECT_UEQ(t, pfn_val(mfn_to_pfn(pfn_to_mfn(pfn))), pfn_val(pfn));
	KTEST_EXPECT_NE(t, mfn_val(pfn_to_mfn(pfn)), pfn_val(pfn)); /* machine != pseudo-physical */
}

static void hypercalls_are_counted(struct ktest *t)
{
	unsigned long before;

	if (!running_xen_guest(t))
		return;
	before = machine_hypercall_count();
	HYPERVISOR_xen_version(XENVER_version, NULL);
	KTEST_EXPECT_EQ(t, machine_hypercall_count(), before + 1);
}

/* The guarantee set_gdt relies on: the guest holds no writable mapping. */
static void gdt_page_is_read_only(struct ktest *t)
{
	unsigned long before = last_fixup.count;
	u64 *entry = &gdt_table[GDT_ENTRY_TLS].raw, old = *entry;

	if (!running_xen_pv(t))
		return;
	__asm__ __volatile__("1: movq $0, (%0)\n2:\n" _ASM_EXTABLE(1b, 2b)
			     : : "r"(entry) : "memory");
	KTEST_EXPECT_EQ(t, last_fixup.count, before + 1);
	KTEST_EXPECT_EQ(t, last_fixup.vector, X86_TRAP_PF);
	KTEST_EXPECT_UEQ(t, last_fixup.cr2, (unsigned long)entry);
	KTEST_EXPECT_UEQ(t, *entry, old);
}

#define WINDOW 0x80000000UL
#define USER_WINDOW 0x9000000000UL


static void bounce_back(void *arg)
{
	thread_switch(arg);
}

/* Stack, descriptor (and address space): one multicall per switch. */
static void context_switch_is_one_hypercall(struct ktest *t)
{
	static struct thread other;
	unsigned long before, multicalls;

	if (!running_xen_pv(t))
		return;
	KTEST_ASSERT_EQ(t, thread_create(&other, "bounce", bounce_back, current_thread, NULL),
			0);
	before = machine_hypercall_count();
	multicalls = xen_hypercalls_by_op[__HYPERVISOR_multicall];
	thread_switch(&other); /* there and straight back: two switches */
	KTEST_EXPECT_EQ(t, machine_hypercall_count() - before, 2);
	KTEST_EXPECT_EQ(t, xen_hypercalls_by_op[__HYPERVISOR_multicall] - multicalls, 2);
	other.finished = true; /* it never resumes: parked in bounce_back */
	thread_destroy(&other);
}

/*
 * Between two address spaces with user page tables and segment bases of
 * their own, a switch is still one multicall: the user base pointer and
 * the bases ride in it with the stack and the page table.
 */
static void process_switch_is_one_hypercall(struct ktest *t)
{
	static struct thread other;
	unsigned long before, multicalls, free = page_alloc_free_pages();
	struct mm_struct *mm;
	pfn_t pfn;

	if (!running_xen_pv(t))
		return;
	mm = mm_create();
	KTEST_ASSERT_TRUE(t, mm && page_alloc(&pfn));
	KTEST_ASSERT_EQ(t, map_page(mm, USER_WINDOW, pfn, uvm_pte_prot(PROT_READ)), 0);
	KTEST_ASSERT_EQ(t, thread_create(&other, "bounce", bounce_back, current_thread, mm), 0);
	other.fs_base = USER_WINDOW;
	other.gs_base_user = USER_WINDOW;
	before = machine_hypercall_count();
	multicalls = xen_hypercalls_by_op[__HYPERVISOR_multicall];
	thread_switch(&other);
	KTEST_EXPECT_EQ(t, machine_hypercall_count() - before, 2);
	KTEST_EXPECT_EQ(t, xen_hypercalls_by_op[__HYPERVISOR_multicall] - multicalls, 2);
	other.finished = true;
	thread_destroy(&other);
	KTEST_EXPECT_EQ(t, unmap_page(mm, USER_WINDOW), 0);
	mm_destroy(mm);
	page_free(pfn);
	KTEST_EXPECT_UEQ(t, page_alloc_free_pages(), free); /* the twin went with its pgd */
}

/*
 * Kernel and user share ring 3, and Xen gives the kernel's own mappings
 * the user bit (so the ring-3 kernel can use them): page protection alone
 * would let user mode read the kernel. What does not is the user page
 * table: a twin of each process pgd with its user slots and nothing else,
 * which is what Xen runs user mode on. The user suite shows the effect (a
 * read of kernel text from user mode is a not-present fault); this shows
 * the cause.
 */
static void user_page_table_isolates_the_kernel(struct ktest *t)
{
	unsigned int slot = PT_INDEX(USER_WINDOW, 4), i;
	u64 *kernel_pte, *twin;
	struct mm_struct *mm;
	pfn_t pfn;

	if (!running_xen_pv(t))
		return;
	mm = mm_create();
	kernel_pte = xen_find_entry((u64 *)xen_read_cr3(), (unsigned long)__text_start, 1);
	KTEST_ASSERT_TRUE(t, kernel_pte);
	KTEST_EXPECT_TRUE(t, *kernel_pte & _PAGE_USER);
	KTEST_ASSERT_TRUE(t, mm && page_alloc(&pfn));
	KTEST_ASSERT_TRUE(t, pfn_val(xen_user_pgd_of(mm->pgd_pfn)));
	KTEST_ASSERT_EQ(t, map_page(mm, USER_WINDOW, pfn, uvm_pte_prot(PROT_READ)), 0);
	twin = pfn_to_virt(xen_user_pgd_of(mm->pgd_pfn));
	KTEST_EXPECT_TRUE(t, mm->pgd[0] & _PAGE_PRESENT);
	KTEST_EXPECT_UEQ(t, twin[0], 0); /* no direct map, no image */
	KTEST_EXPECT_UEQ(t, twin[slot], mm->pgd[slot]);
	for (i = 1; i < 256; i++)
		if (i != slot && twin[i])
			KTEST_FAIL(t, "user page table slot %u is %#llx", i, (unsigned long long)twin[i]);
	KTEST_EXPECT_EQ(t, unmap_page(mm, USER_WINDOW), 0);
	mm_destroy(mm);
	page_free(pfn);
}

static void lazy_mmu_batch_is_one_hypercall(struct ktest *t)
{
	unsigned long before, i;
	pfn_t pfn;

	if (!running_xen_pv(t))
		return;
	KTEST_ASSERT_TRUE(t, page_alloc(&pfn));
	for (i = 0; i < 64; i++) /* the tables exist before the batch is measured */
		KTEST_ASSERT_EQ(t, map_page(current_mm(), WINDOW + i * PAGE_SIZE, pfn, PAGE_KERNEL),
				0);
	before = machine_hypercall_count();
	arch_enter_lazy_mode(PVOPS_LAZY_MMU);
	for (i = 0; i < 64; i++)
		set_pte(lookup_pte(current_mm(), WINDOW + i * PAGE_SIZE),
			(pte_t){ make_pte((pfn_val(pfn) << PAGE_SHIFT) | PAGE_KERNEL_RO) });
	arch_leave_lazy_mode(PVOPS_LAZY_MMU);
	KTEST_EXPECT_EQ(t, machine_hypercall_count() - before, 1);
	for (i = 0; i < 64; i++) {
		KTEST_EXPECT_UEQ(t, lookup_page(current_mm(), WINDOW + i * PAGE_SIZE) & _PAGE_RW, 0);
		KTEST_EXPECT_EQ(t, unmap_page(current_mm(), WINDOW + i * PAGE_SIZE), 0);
	}
	page_free(pfn);
}

/*
 * Xen's guarantee behind pinning: the guest cannot write its page tables.
 * The L2 table above the window is one this kernel allocated and pinned;
 * writing even its current value straight into it must fault. (Xen does
 * emulate a guest's direct writes to L1 tables, validating them like an
 * mmu_update, so the demonstration uses a higher level.)
 */
static void pinned_table_write_faults(struct ktest *t)
{
	unsigned long before = last_fixup.count;
	u64 *l1, *l2e, old;
	pfn_t pfn;

	if (!running_xen_pv(t))
		return;
	KTEST_ASSERT_TRUE(t, page_alloc(&pfn));
	KTEST_ASSERT_EQ(t, map_page(current_mm(), WINDOW, pfn, PAGE_KERNEL), 0);
	l1 = (u64 *)((unsigned long)lookup_pte(current_mm(), WINDOW) & ~(PAGE_SIZE - 1));
	l2e = xen_find_entry(current_mm()->pgd, WINDOW, 2);
	KTEST_ASSERT_TRUE(t, l2e != NULL);
	KTEST_EXPECT_UEQ(t, xen_pte_val(*l2e) & PTE_PFN_MASK, (unsigned long)l1);
	old = *l2e;
	__asm__ __volatile__("1: mov %1, (%0)\n2:\n" _ASM_EXTABLE(1b, 2b)
			     : : "r"(l2e), "r"(old) : "memory");
	KTEST_EXPECT_EQ(t, last_fixup.count, before + 1);
	KTEST_EXPECT_EQ(t, last_fixup.vector, X86_TRAP_PF);
	KTEST_EXPECT_UEQ(t, last_fixup.cr2, (unsigned long)l2e);
	KTEST_EXPECT_UEQ(t, *l2e, old);
	KTEST_EXPECT_EQ(t, unmap_page(current_mm(), WINDOW), 0);
	page_free(pfn);
}

/* Callbacks run once the batch is issued: the loaded cr3 changes at the flush. */
static void cr3_follows_the_flush(struct ktest *t)
{
	struct mm_struct *mm, *prev = current_mm();
	unsigned long old = xen_current_cr3, new;

	if (!running_xen_pv(t))
		return;
	mm = mm_create();
	KTEST_ASSERT_TRUE(t, mm != NULL);
	new = pfn_val(mm->pgd_pfn) << PAGE_SHIFT;
	arch_enter_lazy_mode(PVOPS_LAZY_CPU);
	switch_mm(prev, mm);
	KTEST_EXPECT_UEQ(t, read_cr3(), new); /* the kernel's view: at once */
	KTEST_EXPECT_UEQ(t, xen_current_cr3, old); /* Xen's: still queued */
	arch_leave_lazy_mode(PVOPS_LAZY_CPU);
	KTEST_EXPECT_UEQ(t, xen_current_cr3, new);
	switch_mm(mm, prev);
	KTEST_EXPECT_UEQ(t, xen_current_cr3, old);
	mm_destroy(mm);
}

static void xen_test_bad_multicall(void)
{
	struct multicall_space mcs;

	xen_mc_batch(__func__);
	mcs = xen_mc_entry(0, __func__);
	/* A descriptor update at machine address 0: a frame the guest does not own. */
	MULTI_update_descriptor(mcs.mc, 0, 0);
	xen_mc_issue(PVOPS_LAZY_CPU); /* not in lazy CPU mode: at once */
}

static void failed_multicall_is_reported(struct ktest *t)
{
	unsigned long failures = xen_mc_last_failure.count;

	if (!running_xen_pv(t))
		return;
	xen_test_bad_multicall();
	KTEST_EXPECT_EQ(t, xen_mc_last_failure.count, failures + 1);
	KTEST_EXPECT_STREQ(t, xen_mc_last_failure.caller, "xen_test_bad_multicall");
	KTEST_EXPECT_UEQ(t, xen_mc_last_failure.op, __HYPERVISOR_update_descriptor);
	KTEST_EXPECT_LT(t, xen_mc_last_failure.result, 0);
}

/* A page-table frame: Xen refuses any writable mapping of it. */
static pfn_t pinned_table_under(unsigned long addr)
{
	return virt_to_pfn(lookup_pte(current_mm(), addr));
}

/* map_page() returns what Xen said, and the kernel's tables stay as they were. */
static void refused_map_returns_the_error(struct ktest *t)
{
	unsigned long free, multicalls, failures = xen_mc_last_failure.count;
	pfn_t pfn, table;

	if (!running_xen_pv(t))
		return;
	KTEST_ASSERT_TRUE(t, page_alloc(&pfn));
	KTEST_ASSERT_EQ(t, map_page(current_mm(), WINDOW, pfn, PAGE_KERNEL), 0);
	table = pinned_table_under(WINDOW);
	free = page_alloc_free_pages();
	KTEST_EXPECT_LT(t, map_page(current_mm(), WINDOW + PAGE_SIZE, table, PAGE_KERNEL), 0);
	KTEST_EXPECT_EQ(t, xen_mc_last_failure.count, failures + 1);
	KTEST_EXPECT_STREQ(t, xen_mc_last_failure.caller, "xen_set_pte");
	KTEST_EXPECT_UEQ(t, lookup_page(current_mm(), WINDOW + PAGE_SIZE), 0);
	KTEST_EXPECT_EQ(t, page_alloc_free_pages(), free);
	/*
	 * Read-only is allowed; outside lazy mode protect_page() reports at once,
	 * its update its own hypercall (no multicall), refused as a flushed entry is.
	 */
	KTEST_EXPECT_EQ(t, map_page(current_mm(), WINDOW + PAGE_SIZE, table, PAGE_KERNEL_RO), 0);
	failures = xen_mc_last_failure.count;
	multicalls = xen_hypercalls_by_op[__HYPERVISOR_multicall];
	KTEST_EXPECT_LT(t, protect_page(current_mm(), WINDOW + PAGE_SIZE, PAGE_KERNEL), 0);
	KTEST_EXPECT_EQ(t, xen_mc_last_failure.count, failures + 1);
	KTEST_EXPECT_STREQ(t, xen_mc_last_failure.caller, "xen_set_pte");
	KTEST_EXPECT_UEQ(t, xen_mc_last_failure.op, __HYPERVISOR_mmu_update);
	KTEST_EXPECT_EQ(t, xen_hypercalls_by_op[__HYPERVISOR_multicall], multicalls);
	KTEST_EXPECT_UEQ(t, lookup_page(current_mm(), WINDOW + PAGE_SIZE) & _PAGE_RW, 0);
	KTEST_EXPECT_EQ(t, unmap_page(current_mm(), WINDOW + PAGE_SIZE), 0);
	KTEST_EXPECT_EQ(t, unmap_page(current_mm(), WINDOW), 0);
	page_free(pfn);
}

/*
 * Xen refuses the leaf (a writable mapping of a pinned table) after
 * map_page() made an L3, an L2 and an L1 for an empty slot of a new
 * address space: all three go back with the error, none left hooked in.
 */
static void refused_map_returns_its_tables(struct ktest *t)
{
	unsigned long free = page_alloc_free_pages(), tables;
	unsigned long slot_end = (USER_WINDOW | ((1UL << PT_LEVEL_SHIFT(4)) - 1)) + 1;
	struct mm_struct *mm;

	if (!running_xen_pv(t))
		return;
	mm = mm_create();
	KTEST_ASSERT_TRUE(t, mm != NULL);
	tables = mm->table_pages;
	KTEST_ASSERT_TRUE(t, mm_hole_end(mm, USER_WINDOW) == slot_end);
	KTEST_EXPECT_LT(t, map_page(mm, USER_WINDOW, mm->pgd_pfn, PAGE_KERNEL), 0);
	KTEST_EXPECT_UEQ(t, mm->table_pages, tables);
	KTEST_EXPECT_UEQ(t, mm_hole_end(mm, USER_WINDOW), slot_end);
	mm_destroy(mm);
	KTEST_EXPECT_UEQ(t, page_alloc_free_pages(), free);
}

#define BATCH 10
#define BAD_UPDATE 3

/* One refused update in a merged mmu_update: reported by index, the others applied. */
static void refused_update_spares_the_rest_of_the_batch(struct ktest *t)
{
	unsigned long failures = xen_mc_last_failure.count, multicalls, updates;
	pfn_t pfn, table;
	unsigned int i;
	int err;

	if (!running_xen_pv(t))
		return;
	KTEST_ASSERT_TRUE(t, page_alloc(&pfn));
	KTEST_ASSERT_EQ(t, map_page(current_mm(), WINDOW, pfn, PAGE_KERNEL), 0);
	KTEST_ASSERT_EQ(t, unmap_page(current_mm(), WINDOW), 0);
	table = pinned_table_under(WINDOW);
	multicalls = xen_hypercalls_by_op[__HYPERVISOR_multicall];
	updates = xen_hypercalls_by_op[__HYPERVISOR_mmu_update];
	arch_enter_lazy_mode(PVOPS_LAZY_MMU);
	for (i = 0; i < BATCH; i++) {
		pfn_t target = i == BAD_UPDATE ? table : pfn;

		KTEST_EXPECT_EQ(t, set_pte(lookup_pte(current_mm(), WINDOW + i * PAGE_SIZE),
					   (pte_t){ make_pte((pfn_val(target) << PAGE_SHIFT) |
							     PAGE_KERNEL) }), 0);
	}
	err = arch_leave_lazy_mode(PVOPS_LAZY_MMU);
	KTEST_EXPECT_LT(t, err, 0);
	KTEST_EXPECT_EQ(t, xen_mc_last_failure.count, failures + 1);
	KTEST_EXPECT_EQ(t, xen_mc_last_failure.result, err);
	KTEST_EXPECT_UEQ(t, xen_mc_last_failure.index, BAD_UPDATE);
	KTEST_EXPECT_STREQ(t, xen_mc_last_failure.caller, "xen_set_pte");
	/*
	 * The batch (one merged entry, so its own mmu_update, no multicall), then
	 * the rest of it re-issued (the report itself is console_io).
	 */
	KTEST_EXPECT_EQ(t, xen_hypercalls_by_op[__HYPERVISOR_multicall] - multicalls, 0);
	KTEST_EXPECT_EQ(t, xen_hypercalls_by_op[__HYPERVISOR_mmu_update] - updates, 2);
	for (i = 0; i < BATCH; i++) {
		unsigned long addr = WINDOW + i * PAGE_SIZE;

		if (i == BAD_UPDATE) {
			KTEST_EXPECT_UEQ(t, lookup_page(current_mm(), addr), 0);
			continue;
		}
		KTEST_EXPECT_UEQ(t, lookup_page(current_mm(), addr) & PTE_PFN_MASK,
				 pfn_val(pfn) << PAGE_SHIFT);
		KTEST_EXPECT_EQ(t, unmap_page(current_mm(), addr), 0);
	}
	page_free(pfn);
}

static void no_unhandled_events(struct ktest *t)
{
	if (running_xen_guest(t))
		KTEST_EXPECT_EQ(t, xen_unhandled_events, 0);
}

/* CPUID goes through Xen, which names itself in its leaves. */
static void cpuid_names_xen(struct ktest *t)
{
	u32 eax, ebx, ecx, edx;

	if (!running_xen_guest(t))
		return;
	cpuid(XEN_CPUID_FIRST_LEAF, &eax, &ebx, &ecx, &edx);
	KTEST_EXPECT_UEQ(t, ebx, XEN_CPUID_SIGNATURE_EBX);
	KTEST_EXPECT_UEQ(t, ecx, XEN_CPUID_SIGNATURE_ECX);
	KTEST_EXPECT_UEQ(t, edx, XEN_CPUID_SIGNATURE_EDX);
	KTEST_EXPECT_GE(t, eax, XEN_CPUID_LEAF(2));
}

/*
 * ktest.xen_refuse=SLOT[-lazy]: the last case has Xen refuse the hypercall
 * behind one void slot, at once or queued in lazy CPU mode, which must stop
 * the kernel naming this file's function that called the slot; the runner's
 * refuse-* boots (environments.toml) check the panic line. Without it the
 * case skips, since a panic ends the boot. load_sp0 has no such boot: Xen
 * 4.17's stack_switch refuses nothing.
 */
static char xen_refuse[32];
KERNEL_PARAM_STRING(xen_refuse, "ktest.xen_refuse", xen_refuse);

/* A page the kernel maps writable: Xen makes no L4 table of it. */
static noinline void xen_test_refuse_write_cr3(bool lazy)
{
	pfn_t pfn;

	if (!page_alloc(&pfn))
		return;
	if (lazy)
		arch_enter_lazy_mode(PVOPS_LAZY_CPU);
	write_cr3(pfn_val(pfn) << PAGE_SHIFT);
	if (lazy)
		arch_leave_lazy_mode(PVOPS_LAZY_CPU);
}

/* An available TSS in an 8-byte slot: Xen's check_descriptor() allows only call gates. */
static const union gdt_entry xen_test_bad_desc = { .seg = {
	.type = SYS_TYPE_TSS_AVAIL,
	.s = 0,
	.dpl = SEG_DPL_USER,
	.p = 1,
} };

static noinline void xen_test_refuse_write_gdt_entry(bool lazy)
{
	if (lazy)
		arch_enter_lazy_mode(PVOPS_LAZY_CPU);
	write_gdt_entry(gdt_table, GDT_ENTRY_TLS, &xen_test_bad_desc, sizeof(xen_test_bad_desc));
	if (lazy)
		arch_leave_lazy_mode(PVOPS_LAZY_CPU);
}

/* A GDT page holding that descriptor: set_gdt validates every entry of its frames. */
static noinline void xen_test_refuse_load_gdt(bool lazy)
{
	struct desc_ptr gdt;
	union gdt_entry *page;
	pfn_t pfn;

	if (!page_alloc(&pfn))
		return;
	page = pfn_to_virt(pfn);
	memset(page, 0, PAGE_SIZE);
	page[1] = xen_test_bad_desc;
	gdt = (struct desc_ptr){ .size = 2 * sizeof(*page) - 1, .address = (unsigned long)page };
	load_gdt(&gdt); /* not batched: lazy mode does not apply */
}

static const struct {
	const char *name;
	void (*refuse)(bool lazy);
	bool lazy;
} xen_refusals[] = {
	{ "write_cr3", xen_test_refuse_write_cr3, false },
	{ "write_cr3-lazy", xen_test_refuse_write_cr3, true },
	{ "write_gdt_entry", xen_test_refuse_write_gdt_entry, false },
	{ "write_gdt_entry-lazy", xen_test_refuse_write_gdt_entry, true },
	{ "load_gdt", xen_test_refuse_load_gdt, false },
};

static void refused_void_slot_stops(struct ktest *t)
{
	unsigned int i;

	if (!xen_refuse[0]) {
		ktest_skip(t, "only with ktest.xen_refuse=SLOT (it panics)");
		return;
	}
	if (!running_xen_pv(t))
		return;
	for (i = 0; i < ARRAY_SIZE(xen_refusals); i++) {
		if (strcmp(xen_refuse, xen_refusals[i].name))
			continue;
		xen_refusals[i].refuse(xen_refusals[i].lazy);
		KTEST_FAIL(t, "Xen refused %s and the kernel went on", xen_refuse);
		return;
	}
	KTEST_FAIL(t, "ktest.xen_refuse=%s names no slot this case can refuse", xen_refuse);
}

static const struct ktest_case xen_cases[] = {
	KTEST_CASE(events_were_masked_at_entry),
	KTEST_CASE(shared_info_is_mapped),
	KTEST_CASE(vcpu_info_moved_into_the_image),
	KTEST_CASE(features_say_dom0),
	KTEST_CASE(features_say_domu),
	KTEST_CASE(p2m_round_trips),
	KTEST_CASE(hypercalls_are_counted),
	KTEST_CASE(gdt_page_is_read_only),
	KTEST_CASE(context_switch_is_one_hypercall),
	KTEST_CASE(process_switch_is_one_hypercall),
	KTEST_CASE(user_page_table_isolates_the_kernel),
	KTEST_CASE(lazy_mmu_batch_is_one_hypercall),
	KTEST_CASE(pinned_table_write_faults),
	KTEST_CASE(cr3_follows_the_flush),
	KTEST_CASE(failed_multicall_is_reported),
	KTEST_CASE(refused_map_returns_the_error),
	KTEST_CASE(refused_map_returns_its_tables),
	KTEST_CASE(refused_update_spares_the_rest_of_the_batch),
	KTEST_CASE(no_unhandled_events),
	KTEST_CASE(cpuid_names_xen),
	KTEST_CASE(refused_void_slot_stops),
};
KTEST_SUITE(xen, "xen", xen_cases);
