// SPDX-License-Identifier: GPL-2.0
/*
 * The Xen backend's own suite, on top of the generic ones: the state the
 * start-up code leaves behind, checked against what Xen reports now. It
 * lives in the backend's folder because it reads the backend's private
 * state; it is built and run only where the Xen backend is, and it skips
 * itself when another backend booted.
 */
#include <kernel/desc.h>
#include <kernel/extable.h>
#include <kernel/ktest.h>
#include <kernel/traps.h>
#include <pvops/backend.h>

#include "hypercall.h"
#include "p2m.h"
#include "xen.h"

static bool running_xen(struct ktest *t)
{
	if (pvops_backend == &xen_backend)
		return true;
	ktest_skip(t, "the xen backend is not running");
	return false;
}

static void events_were_masked_at_entry(struct ktest *t)
{
	if (running_xen(t))
		KTEST_EXPECT_EQ(t, xen_upcall_mask_at_entry, 1);
}

static void shared_info_is_mapped(struct ktest *t)
{
	if (!running_xen(t))
		return;
	/* Xen writes the wall clock there: seconds since 1970, past 2001. */
	KTEST_EXPECT_UEQ(t, READ_ONCE(xen_shared_info->wc_version) % 2, 0);
	KTEST_EXPECT_UGE(t, READ_ONCE(xen_shared_info->wc_sec), 1000000000);
}

static void vcpu_info_moved_into_the_image(struct ktest *t)
{
	u32 version;

	if (!running_xen(t))
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

	if (!running_xen(t))
		return;
	KTEST_ASSERT_EQ(t, HYPERVISOR_xen_version(XENVER_get_features, &info), 0);
	KTEST_EXPECT_UEQ(t, info.submap, xen_features);
	KTEST_EXPECT_TRUE(t, xen_features & (1U << XENFEAT_dom0));
}

static void p2m_round_trips(struct ktest *t)
{
	static char probe[PAGE_SIZE] __aligned(PAGE_SIZE);
	pfn_t pfn;

	if (!running_xen(t))
		return;
	pfn = virt_to_pfn(probe);
	KTEST_EXPECT_UEQ(t, pfn_val(mfn_to_pfn(pfn_to_mfn(pfn))), pfn_val(pfn));
	KTEST_EXPECT_NE(t, mfn_val(pfn_to_mfn(pfn)), pfn_val(pfn)); /* machine != pseudo-physical */
}

static void hypercalls_are_counted(struct ktest *t)
{
	unsigned long before;

	if (!running_xen(t))
		return;
	before = pvops_hypercall_count();
	HYPERVISOR_xen_version(XENVER_version, NULL);
	KTEST_EXPECT_EQ(t, pvops_hypercall_count(), before + 1);
}

/* The guarantee set_gdt relies on: the guest holds no writable mapping. */
static void gdt_page_is_read_only(struct ktest *t)
{
	unsigned long before = last_fixup.count;
	u64 *entry = &gdt_table[GDT_ENTRY_TLS], old = *entry;

	if (!running_xen(t))
		return;
	__asm__ __volatile__("1: movq $0, (%0)\n2:\n" _ASM_EXTABLE(1b, 2b)
			     : : "r"(entry) : "memory");
	KTEST_EXPECT_EQ(t, last_fixup.count, before + 1);
	KTEST_EXPECT_EQ(t, last_fixup.vector, X86_TRAP_PF);
	KTEST_EXPECT_UEQ(t, last_fixup.cr2, (unsigned long)entry);
	KTEST_EXPECT_UEQ(t, *entry, old);
}

static void no_unhandled_events(struct ktest *t)
{
	if (running_xen(t))
		KTEST_EXPECT_EQ(t, xen_unhandled_events, 0);
}

static const struct ktest_case xen_cases[] = {
	KTEST_CASE(events_were_masked_at_entry),
	KTEST_CASE(shared_info_is_mapped),
	KTEST_CASE(vcpu_info_moved_into_the_image),
	KTEST_CASE(features_say_dom0),
	KTEST_CASE(p2m_round_trips),
	KTEST_CASE(hypercalls_are_counted),
	KTEST_CASE(gdt_page_is_read_only),
	KTEST_CASE(no_unhandled_events),
};
KTEST_SUITE(xen, "xen", xen_cases);
