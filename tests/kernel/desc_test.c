// SPDX-License-Identifier: GPL-2.0
/*
 * Descriptor suite: a GDT entry written through write_gdt_entry() must be
 * the one the CPU uses, on every backend. The check reads it back the way
 * only the CPU can, with lsl and lar (unprivileged, and answering from the
 * GDT actually loaded: Xen's copy, under Xen), and by loading %fs with it.
 * load_sp0 must reach whatever holds the ring-transition stack: the TSS on
 * bare hardware, the hypervisor (one counted hypercall, where the backend
 * counts them) under one. The cases ask pv_info, never the backend's name.
 */
#include <kernel/desc.h>
#include <kernel/ktest.h>
#include <kernel/machine.h>
#include <kernel/smp.h>
#include <pvops/backend.h>
#include <pvops/ops.h>

#define TEST_LIMIT 0x12345

extern char boot_stack_top[];

static u16 install_test_entry(void)
{
	u64 desc = make_data_descriptor(pv_info.kernel_rpl, TEST_LIMIT);

	write_gdt_entry(gdt_table, GDT_ENTRY_TLS, &desc, sizeof(desc));
	return GDT_SELECTOR(GDT_ENTRY_TLS, pv_info.kernel_rpl);
}

static void gdt_entry_is_what_the_cpu_sees(struct ktest *t)
{
	u16 sel = install_test_entry();
	u32 limit = 0, rights = 0;
	bool limit_ok, rights_ok;

	__asm__ __volatile__("lsl %2, %0; setz %1" : "=r"(limit), "=q"(limit_ok) : "rm"((u32)sel));
	__asm__ __volatile__("lar %2, %0; setz %1" : "=r"(rights), "=q"(rights_ok) : "rm"((u32)sel));
	KTEST_ASSERT_TRUE(t, limit_ok);
	KTEST_EXPECT_UEQ(t, limit, ((u32)TEST_LIMIT << 12) | 0xfff);
	KTEST_ASSERT_TRUE(t, rights_ok);
	KTEST_EXPECT_UEQ(t, (rights >> 8) & 0x9f, 0x92);       /* present, data, writable */
	KTEST_EXPECT_UEQ(t, (rights >> 13) & 3, pv_info.kernel_rpl);
}

static void segment_register_loads_entry(struct ktest *t)
{
	u16 sel = install_test_entry(), fs = 0;

	__asm__ __volatile__("mov %1, %%fs; mov %%fs, %0" : "=r"(fs) : "r"(sel));
	KTEST_EXPECT_UEQ(t, fs, sel);
	__asm__ __volatile__("mov %0, %%fs" : : "r"(0));
}

static void load_sp0_reaches_backend(struct ktest *t)
{
	static u8 stack[256] __aligned(16);
	unsigned long top = (unsigned long)(stack + sizeof(stack));
	unsigned long hypercalls = machine_hypercall_count();

	load_sp0(top);
	/* A ring-0 kernel (bare metal, PVH) owns its TSS; a deprivileged one asks. */
	if (pv_info.kernel_rpl == 0) {
		KTEST_EXPECT_UEQ(t, this_cpu()->tss.sp0, top);
		KTEST_EXPECT_EQ(t, machine_hypercall_count(), hypercalls);
	} else if (pv_info.flags & PV_INFO_COUNTS_HYPERCALLS) {
		KTEST_EXPECT_EQ(t, machine_hypercall_count(), hypercalls + 1);
	} else {
		ktest_skip(t, "on a hypervisor whose backend counts no hypercalls");
	}
	load_sp0((unsigned long)boot_stack_top);
}

static const struct ktest_case desc_cases[] = {
	KTEST_CASE(gdt_entry_is_what_the_cpu_sees),
	KTEST_CASE(segment_register_loads_entry),
	KTEST_CASE(load_sp0_reaches_backend),
};
KTEST_SUITE(desc, "desc", desc_cases);
