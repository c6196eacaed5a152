// SPDX-License-Identifier: GPL-2.0
/*
 * hvm_start_info parsing against structures built in a buffer that stands
 * for physical memory: a good one, and one broken in each way the parser
 * must refuse, each refusal checked word for word. Pure, so it runs in the
 * host unit tests and in the kernel alike.
 */
#include <kernel/ktest.h>
#include <kernel/string.h>
#include <xen/xen.h>
#include <xen/arch-x86/hvm/start_info.h>

#include "start_info.h"

#define FAKE_MEM_SIZE 0x4000
#define SI_PADDR 0x100
#define MAP_PADDR 0x400
#define CMDLINE_PADDR 0x1000

static u8 fake_mem[FAKE_MEM_SIZE] __aligned(16);
static struct boot_info bi;
static char why[160];

static const void *fake_map(u64 paddr, u64 size)
{
	if (paddr >= FAKE_MEM_SIZE || size > FAKE_MEM_SIZE - paddr)
		return NULL;
	return fake_mem + paddr;
}

static struct hvm_start_info *si(void)
{
	return (struct hvm_start_info *)(fake_mem + SI_PADDR);
}

static struct hvm_memmap_table_entry *map(void)
{
	return (struct hvm_memmap_table_entry *)(fake_mem + MAP_PADDR);
}

/* A good structure: 640 KiB + 511 MiB of RAM around a reserved hole. */
static void build_good(void)
{
	memset(fake_mem, 0, sizeof(fake_mem));
	*si() = (struct hvm_start_info){
		.magic = XEN_HVM_START_MAGIC_VALUE,
		.version = 1,
		.cmdline_paddr = CMDLINE_PADDR,
		.memmap_paddr = MAP_PADDR,
		.memmap_entries = 3,
	};
	map()[0] = (struct hvm_memmap_table_entry){ .addr = 0, .size = 0xa0000,
						    .type = XEN_HVM_MEMMAP_TYPE_RAM };
	map()[1] = (struct hvm_memmap_table_entry){ .addr = 0xf0000, .size = 0x10000,
						    .type = XEN_HVM_MEMMAP_TYPE_RESERVED };
	map()[2] = (struct hvm_memmap_table_entry){ .addr = 0x100000, .size = 0x1ff00000,
						    .type = XEN_HVM_MEMMAP_TYPE_RAM };
	strlcpy((char *)fake_mem + CMDLINE_PADDR, "ktest=all", COMMAND_LINE_SIZE);
}

static int parse(void)
{
	why[0] = '\0';
	return pvh_parse_start_info(SI_PADDR, fake_map, 0, &bi, why, sizeof(why));
}

static void good_structure_is_read(struct ktest *t)
{
	build_good();
	KTEST_ASSERT_EQ(t, parse(), 0);
	KTEST_EXPECT_EQ(t, bi.protocol, BOOT_PROTOCOL_PVH);
	KTEST_EXPECT_UEQ(t, bi.ram_bytes, 0xa0000ULL + 0x1ff00000ULL);
	KTEST_EXPECT_EQ(t, bi.nr_mem_regions, 2);
	KTEST_EXPECT_UEQ(t, bi.mem_regions[1].base, 0x100000);
	KTEST_EXPECT_STREQ(t, bi.cmdline, "ktest=all");
}

static void bad_magic(struct ktest *t)
{
	build_good();
	si()->magic = 0x1badb002;
	KTEST_EXPECT_EQ(t, parse(), -1);
	KTEST_EXPECT_STREQ(t, why, "hvm_start_info at 0x100 has magic 0x1badb002, expected 0x336ec578");
}

static void pointer_outside_memory(struct ktest *t)
{
	build_good();
	KTEST_EXPECT_EQ(t, pvh_parse_start_info(FAKE_MEM_SIZE - 8, fake_map, 0, &bi, why,
						sizeof(why)), -1);
	KTEST_EXPECT_STREQ(t, why, "hvm_start_info pointer 0x3ff8 is outside mapped memory");
	KTEST_EXPECT_EQ(t, pvh_parse_start_info(0, fake_map, 0, &bi, why, sizeof(why)), -1);
	KTEST_EXPECT_STREQ(t, why, "hvm_start_info pointer 0 is outside mapped memory");
}

static void entry_counts(struct ktest *t)
{
	build_good();
	si()->memmap_entries = 0;
	KTEST_EXPECT_EQ(t, parse(), -1);
	KTEST_EXPECT_STREQ(t, why, "hvm_start_info memmap_entries is 0 (expected 1..128)");
	si()->memmap_entries = 129;
	KTEST_EXPECT_EQ(t, parse(), -1);
	KTEST_EXPECT_STREQ(t, why, "hvm_start_info memmap_entries is 129 (expected 1..128)");
	si()->memmap_entries = 128; /* 128 entries from 0x400 run past the buffer */
	si()->memmap_paddr = FAKE_MEM_SIZE - 0x100;
	KTEST_EXPECT_EQ(t, parse(), -1);
	KTEST_EXPECT_STREQ(t, why, "hvm_start_info memory map at 0x3f00 is outside mapped memory");
}

static void wrapping_region(struct ktest *t)
{
	build_good();
	map()[2].size = ~0ULL - 0x1000;
	KTEST_EXPECT_EQ(t, parse(), -1);
	KTEST_EXPECT_STREQ(t, why, "hvm_start_info memory map entry 2 wraps: "
				   "addr 0x100000 size 0xffffffffffffefff");
}

static void cmdline_outside_memory(struct ktest *t)
{
	build_good();
	si()->cmdline_paddr = FAKE_MEM_SIZE + 0x10;
	KTEST_EXPECT_EQ(t, parse(), -1);
	KTEST_EXPECT_STREQ(t, why, "hvm_start_info cmdline at 0x4010 is outside mapped memory");
}

static void version_0_has_no_map(struct ktest *t)
{
	build_good();
	si()->version = 0;
	KTEST_EXPECT_EQ(t, parse(), 0);
	KTEST_EXPECT_UEQ(t, bi.ram_bytes, 0);
	KTEST_EXPECT_EQ(t, bi.nr_mem_regions, 0);
}

static void too_many_regions_still_counted(struct ktest *t)
{
	unsigned int i;

	build_good();
	si()->memmap_entries = BOOT_MEM_REGIONS_MAX + 4;
	for (i = 0; i < BOOT_MEM_REGIONS_MAX + 4; i++)
		map()[i] = (struct hvm_memmap_table_entry){ .addr = (u64)i << 20, .size = 0x1000,
							    .type = XEN_HVM_MEMMAP_TYPE_RAM };
	KTEST_EXPECT_EQ(t, parse(), 0);
	KTEST_EXPECT_EQ(t, bi.nr_mem_regions, BOOT_MEM_REGIONS_MAX);
	KTEST_EXPECT_UEQ(t, bi.ram_bytes, 0x1000ULL * (BOOT_MEM_REGIONS_MAX + 4));
}

/* Longer than the kernel keeps: cut, and the word the cut split dropped. */
static void long_command_line_is_cut_between_words(struct ktest *t)
{
	char *line = (char *)fake_mem + CMDLINE_PADDR;

	build_good();
	memset(line, 'x', COMMAND_LINE_SIZE + 8);
	line[COMMAND_LINE_SIZE + 8] = '\0';
	memcpy(line + COMMAND_LINE_SIZE - 10, " t.num=123456", 13);
	KTEST_ASSERT_EQ(t, parse(), 0);
	KTEST_EXPECT_EQ(t, strlen(bi.cmdline), COMMAND_LINE_SIZE - 9);
	line[COMMAND_LINE_SIZE - 1] = ' '; /* the cut falls on a blank: nothing split */
	KTEST_ASSERT_EQ(t, parse(), 0);
	KTEST_EXPECT_EQ(t, strlen(bi.cmdline), COMMAND_LINE_SIZE - 1);
}

/* A loader that cuts at a field's size without a word: a line filling it loses its last word. */
#define SILENT_CUT 64

static void line_filling_a_silent_field_drops_its_last_word(struct ktest *t)
{
	char *line = (char *)fake_mem + CMDLINE_PADDR;

	build_good();
	memset(line, 'x', SILENT_CUT - 1);
	line[SILENT_CUT - 1] = '\0';
	memcpy(line + SILENT_CUT - 10, " t.num=12", 9);
	KTEST_ASSERT_EQ(t, pvh_parse_start_info(SI_PADDR, fake_map, SILENT_CUT, &bi, why,
						sizeof(why)), 0);
	KTEST_EXPECT_EQ(t, strlen(bi.cmdline), SILENT_CUT - 9);
	line[SILENT_CUT - 2] = '\0'; /* one byte short of the field: nothing was cut */
	KTEST_ASSERT_EQ(t, pvh_parse_start_info(SI_PADDR, fake_map, SILENT_CUT, &bi, why,
						sizeof(why)), 0);
	KTEST_EXPECT_EQ(t, strlen(bi.cmdline), SILENT_CUT - 2);
}

static const struct ktest_case pvh_start_info_cases[] = {
	KTEST_CASE(good_structure_is_read),
	KTEST_CASE(bad_magic),
	KTEST_CASE(pointer_outside_memory),
	KTEST_CASE(entry_counts),
	KTEST_CASE(wrapping_region),
	KTEST_CASE(cmdline_outside_memory),
	KTEST_CASE(long_command_line_is_cut_between_words),
	KTEST_CASE(line_filling_a_silent_field_drops_its_last_word),
	KTEST_CASE(version_0_has_no_map),
	KTEST_CASE(too_many_regions_still_counted),
};
KTEST_SUITE(pvh_start_info, "pvh_start_info", pvh_start_info_cases);
