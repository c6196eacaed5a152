// SPDX-License-Identifier: GPL-2.0
/*
 * The shared RAM-map rule (memmap.c) on both layouts it serves: the 24-byte
 * hvm_start_info entry and the packed 20-byte E820 entry XENMEM_memory_map
 * returns, each in an array exactly as long as its reader's room, with
 * hostile counts (none, one past the room, the largest u32) that must be
 * refused word for word before an entry is read (ASan, in the host tests,
 * would catch a read past the array), and a wrapping region. Pure, so it
 * runs in the host unit tests and in the kernel alike.
 */
#include <kernel/ktest.h>
#include <kernel/string.h>
#include <pvh/pvh.h>
#include <xen/xen.h>
#include <xen/arch-x86/hvm/start_info.h>

#define TEST_ROOM 4

struct test_e820_entry {
	u64 addr;
	u64 size;
	u32 type;
} __packed;

static struct hvm_memmap_table_entry hvm_map[TEST_ROOM];
static struct test_e820_entry e820_map[TEST_ROOM];
static struct boot_info bi;
static char why[160];

/* Both arrays: two RAM regions around a reserved one, then more RAM. */
static void fill(void)
{
	static const u64 addr[TEST_ROOM] = { 0, 0xf0000, 0x100000, 0x40000000 };
	static const u64 size[TEST_ROOM] = { 0xa0000, 0x10000, 0x1ff00000, 0x1000 };
	unsigned int i;

	for (i = 0; i < TEST_ROOM; i++) {
		u32 type = i == 1 ? XEN_HVM_MEMMAP_TYPE_RESERVED : XEN_HVM_MEMMAP_TYPE_RAM;

		hvm_map[i] = (struct hvm_memmap_table_entry){ addr[i], size[i], type, 0 };
		e820_map[i] = (struct test_e820_entry){ addr[i], size[i], type };
	}
	bi = (struct boot_info){ 0 };
	why[0] = '\0';
}

static struct pvh_memmap hvm(u32 nr)
{
	return (struct pvh_memmap){ .source = "hvm_start_info", .count_field = "memmap_entries",
				    .entries = hvm_map, .stride = sizeof(hvm_map[0]), .nr = nr,
				    .max = TEST_ROOM };
}

static struct pvh_memmap e820(u32 nr)
{
	return (struct pvh_memmap){ .source = "XENMEM_memory_map", .count_field = "nr_entries",
				    .entries = e820_map, .stride = sizeof(e820_map[0]), .nr = nr,
				    .max = TEST_ROOM };
}

static void both_layouts_are_read(struct ktest *t)
{
	struct pvh_memmap m[2] = { hvm(TEST_ROOM), e820(TEST_ROOM) };
	unsigned int i;

	for (i = 0; i < ARRAY_SIZE(m); i++) {
		fill();
		KTEST_ASSERT_EQ(t, pvh_memmap_add(&bi, &m[i], why, sizeof(why)), 0);
		KTEST_EXPECT_EQ(t, bi.nr_mem_regions, 3);
		KTEST_EXPECT_UEQ(t, bi.ram_bytes, 0xa0000ULL + 0x1ff00000ULL + 0x1000ULL);
		KTEST_EXPECT_UEQ(t, bi.mem_regions[2].base, 0x40000000);
	}
}

/* A refused count leaves bi as it was: nothing was read. */
static void expect_refused(struct ktest *t, struct pvh_memmap m, const char *want)
{
	fill();
	KTEST_EXPECT_EQ(t, pvh_memmap_add(&bi, &m, why, sizeof(why)), -1);
	KTEST_EXPECT_STREQ(t, why, want);
	KTEST_EXPECT_UEQ(t, bi.ram_bytes, 0);
	KTEST_EXPECT_EQ(t, bi.nr_mem_regions, 0);
}

static void hostile_counts_are_refused(struct ktest *t)
{
	expect_refused(t, hvm(0), "hvm_start_info memmap_entries is 0 (expected 1..4)");
	expect_refused(t, hvm(TEST_ROOM + 1), "hvm_start_info memmap_entries is 5 (expected 1..4)");
	expect_refused(t, e820(0), "XENMEM_memory_map nr_entries is 0 (expected 1..4)");
	expect_refused(t, e820(TEST_ROOM + 1), "XENMEM_memory_map nr_entries is 5 (expected 1..4)");
	expect_refused(t, e820(~0U), "XENMEM_memory_map nr_entries is 4294967295 (expected 1..4)");
}

static void wrapping_region_is_refused(struct ktest *t)
{
	struct pvh_memmap m = e820(TEST_ROOM);

	fill();
	e820_map[3].size = ~0ULL - 0x1000;
	KTEST_EXPECT_EQ(t, pvh_memmap_add(&bi, &m, why, sizeof(why)), -1);
	KTEST_EXPECT_STREQ(t, why, "XENMEM_memory_map memory map entry 3 wraps: addr 0x40000000 "
				   "size 0xffffffffffffefff");
	fill();
	m = hvm(TEST_ROOM);
	hvm_map[0].size = ~0ULL;
	hvm_map[0].addr = 1;
	KTEST_EXPECT_EQ(t, pvh_memmap_add(&bi, &m, why, sizeof(why)), -1);
	KTEST_EXPECT_STREQ(t, why, "hvm_start_info memory map entry 0 wraps: addr 0x1 "
				   "size 0xffffffffffffffff");
}

static const struct ktest_case pvh_memmap_cases[] = {
	KTEST_CASE(both_layouts_are_read),
	KTEST_CASE(hostile_counts_are_refused),
	KTEST_CASE(wrapping_region_is_refused),
};
KTEST_SUITE(pvh_memmap, "pvh_memmap", pvh_memmap_cases);
