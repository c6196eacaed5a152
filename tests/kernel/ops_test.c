// SPDX-License-Identifier: GPL-2.0
/*
 * Ops suite: the generic operations behave the same through every backend,
 * patched or not, and with pv_ops compiled out. These are the cheap,
 * always-safe checks (the interrupt flag and its nesting, CR3, CPUID, the
 * clock, TLB flushes); they are also what gives the patcher real call
 * sites to rewrite in every build.
 */
#include <kernel/bootinfo.h>
#include <kernel/ktest.h>
#include <kernel/string.h>
#include <pvops/backend.h>
#include <pvops/ops.h>

static void irq_flag_follows_disable_enable(struct ktest *t)
{
	unsigned long saved = local_save_flags();

	local_irq_disable();
	KTEST_EXPECT_TRUE(t, irqs_disabled());
	local_irq_enable();
	KTEST_EXPECT_FALSE(t, irqs_disabled());
	local_irq_disable();
	KTEST_EXPECT_TRUE(t, irqs_disabled());
	local_irq_restore(saved);
}

static void irq_save_restore_nests(struct ktest *t)
{
	unsigned long outer, inner, saved = local_save_flags();

	local_irq_enable();
	local_irq_save(outer);
	KTEST_EXPECT_TRUE(t, outer & X86_EFLAGS_IF);
	KTEST_EXPECT_TRUE(t, irqs_disabled());
	local_irq_save(inner);
	KTEST_EXPECT_FALSE(t, inner & X86_EFLAGS_IF);
	local_irq_restore(inner);
	KTEST_EXPECT_TRUE(t, irqs_disabled());
	local_irq_restore(outer);
	KTEST_EXPECT_FALSE(t, irqs_disabled());
	local_irq_restore(saved);
	KTEST_EXPECT_EQ(t, local_save_flags() & X86_EFLAGS_IF, saved & X86_EFLAGS_IF);
}

static void cr3_points_into_ram(struct ktest *t)
{
	unsigned long cr3 = read_cr3() & ~0xfffUL;
	unsigned int i;
	bool in_ram = false;

	KTEST_EXPECT_NE(t, cr3, 0);
	for (i = 0; i < boot_info->nr_mem_regions; i++) {
		const struct boot_mem_region *r = &boot_info->mem_regions[i];

		if (cr3 >= r->base && cr3 + PAGE_SIZE <= r->base + r->size)
			in_ram = true;
	}
	KTEST_EXPECT_TRUE(t, in_ram);
	KTEST_EXPECT_EQ(t, read_cr3(), read_cr3());
}

static void cpuid_vendor_is_sane(struct ktest *t)
{
	u32 eax, ebx, ecx, edx, family;
	char vendor[13];
	unsigned int i;

	cpuid(0, &eax, &ebx, &ecx, &edx);
	KTEST_EXPECT_GE(t, eax, 1);
	memcpy(vendor, &ebx, 4);
	memcpy(vendor + 4, &edx, 4);
	memcpy(vendor + 8, &ecx, 4);
	vendor[12] = '\0';
	for (i = 0; i < 12; i++)
		KTEST_EXPECT_TRUE(t, vendor[i] >= 0x20 && vendor[i] < 0x7f);
	cpuid(1, &eax, &ebx, &ecx, &edx);
	family = (eax >> 8) & 0xf;
	if (family == 0xf)
		family += (eax >> 20) & 0xff;
	KTEST_EXPECT_GE(t, family, 6);
}

/* Under Xen, CPUID goes through Xen, which adds its own leaves. */
static void cpuid_hypervisor_leaves(struct ktest *t)
{
	u32 eax, ebx, ecx, edx;
	char sig[13];

	if (strcmp(pvops_backend->name, "xen")) {
		ktest_skip(t, "only under Xen");
		return;
	}
	cpuid(0x40000000, &eax, &ebx, &ecx, &edx);
	memcpy(sig, &ebx, 4);
	memcpy(sig + 4, &ecx, 4);
	memcpy(sig + 8, &edx, 4);
	sig[12] = '\0';
	KTEST_EXPECT_STREQ(t, sig, "XenVMMXenVMM");
	KTEST_EXPECT_GE(t, eax, 0x40000002);
	cpuid(1, &eax, &ebx, &ecx, &edx);
	KTEST_EXPECT_TRUE(t, ecx & (1U << 31)); /* "running under a hypervisor" */
}

static void sched_clock_is_monotonic(struct ktest *t)
{
	u64 prev = sched_clock(), now;
	unsigned int i;

	for (i = 0; i < 1000; i++) {
		now = sched_clock();
		KTEST_ASSERT_TRUE(t, now >= prev);
		prev = now;
	}
	KTEST_EXPECT_GT(t, clock_khz(), 0);
}

static void tlb_flushes_keep_memory_intact(struct ktest *t)
{
	static volatile unsigned long probe = 0x5a5a;

	flush_tlb_one_user((unsigned long)&probe);
	flush_tlb_user();
	KTEST_EXPECT_EQ(t, probe, 0x5a5a);
}

static const struct ktest_case ops_cases[] = {
	KTEST_CASE(irq_flag_follows_disable_enable),
	KTEST_CASE(irq_save_restore_nests),
	KTEST_CASE(cr3_points_into_ram),
	KTEST_CASE(cpuid_vendor_is_sane),
	KTEST_CASE(cpuid_hypervisor_leaves),
	KTEST_CASE(sched_clock_is_monotonic),
	KTEST_CASE(tlb_flushes_keep_memory_intact),
};
KTEST_SUITE(ops, "ops", ops_cases);
