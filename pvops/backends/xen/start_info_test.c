// SPDX-License-Identifier: GPL-2.0
/*
 * start_info checking against a good structure and one broken in each way
 * the entry path must refuse, each refusal checked word for word. Pure, so
 * it runs in the host unit tests and in the kernel alike.
 */
#include <kernel/ktest.h>
#include <kernel/string.h>

#include "start_info.h"

static start_info_t si;
static struct boot_info bi;
static char why[160];

static void build_good(void)
{
	memset(&si, 0, sizeof(si));
	strlcpy(si.magic, "xen-3.0-x86_64", sizeof(si.magic));
	si.nr_pages = 16384;
	si.shared_info = 0x12345000;
	strlcpy((char *)si.cmd_line, "ktest=all", sizeof(si.cmd_line));
}

static int parse(void)
{
	why[0] = '\0';
	return xen_parse_start_info(&si, &bi, why, sizeof(why));
}

static void good_structure_is_read(struct ktest *t)
{
	build_good();
	KTEST_ASSERT_EQ(t, parse(), 0);
	KTEST_EXPECT_EQ(t, bi.protocol, BOOT_PROTOCOL_XEN_PV);
	KTEST_EXPECT_UEQ(t, bi.ram_bytes, 64ULL << 20);
	KTEST_EXPECT_EQ(t, bi.nr_mem_regions, 1);
	KTEST_EXPECT_STREQ(t, bi.cmdline, "ktest=all");
}

static void refusals(struct ktest *t)
{
	build_good();
	strlcpy(si.magic, "xen-3.0-x86_32p", sizeof(si.magic));
	KTEST_EXPECT_EQ(t, parse(), -1);
	KTEST_EXPECT_STREQ(t, why, "start_info magic is 'xen-3.0-x86_32p', expected "
				   "'xen-3.0-x86_64*'");
	build_good();
	si.nr_pages = 0;
	KTEST_EXPECT_EQ(t, parse(), -1);
	KTEST_EXPECT_STREQ(t, why, "start_info reports zero pages of memory");
	build_good();
	si.shared_info = 0;
	KTEST_EXPECT_EQ(t, parse(), -1);
	KTEST_EXPECT_STREQ(t, why, "start_info has no shared_info frame");
	build_good();
	memset(si.cmd_line, 'x', sizeof(si.cmd_line));
	KTEST_EXPECT_EQ(t, parse(), -1);
	KTEST_EXPECT_STREQ(t, why, "start_info command line is not terminated within 1024 bytes");
	KTEST_EXPECT_EQ(t, xen_parse_start_info(NULL, &bi, why, sizeof(why)), -1);
	KTEST_EXPECT_STREQ(t, why, "entered with no start_info");
}

/* Xen cuts a long line to 1023 bytes without a word: the split word goes. */
static void full_command_line_loses_its_last_word(struct ktest *t)
{
	char *line = (char *)si.cmd_line;

	build_good();
	memset(line, 'x', MAX_GUEST_CMDLINE - 1);
	line[MAX_GUEST_CMDLINE - 1] = '\0';
	memcpy(line + MAX_GUEST_CMDLINE - 20, " bench.min_ticks=12", 19);
	KTEST_ASSERT_EQ(t, parse(), 0);
	KTEST_EXPECT_EQ(t, strlen(bi.cmdline), MAX_GUEST_CMDLINE - 19);
	KTEST_EXPECT_EQ(t, strstr(bi.cmdline, "bench"), NULL);
	line[MAX_GUEST_CMDLINE - 2] = ' ';
	KTEST_ASSERT_EQ(t, parse(), 0);
	KTEST_EXPECT_EQ(t, strlen(bi.cmdline), MAX_GUEST_CMDLINE - 1);
}

static const struct ktest_case xen_start_info_cases[] = {
	KTEST_CASE(good_structure_is_read),
	KTEST_CASE(full_command_line_loses_its_last_word),
	KTEST_CASE(refusals),
};
KTEST_SUITE(xen_start_info, "xen_start_info", xen_start_info_cases);
