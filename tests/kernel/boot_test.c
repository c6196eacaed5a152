// SPDX-License-Identifier: GPL-2.0
/*
 * Boot-information suite: what the loader handed over, as the kernel read
 * it, against what the host runner told QEMU or Xen to hand over. The
 * runner passes its own settings as ktest.expect_* words, so these cases
 * compare two independent sources instead of the kernel with itself; a
 * case whose expectation is missing is skipped, saying which word to add.
 */
#include <kernel/bootinfo.h>
#include <kernel/cmdline.h>
#include <kernel/ktest.h>
#include <kernel/string.h>
#include <pvops/backend.h>

static unsigned long expect_mem_mib;
static bool expect_mem_given;
KERNEL_PARAM_ULONG(expect_mem, "ktest.expect_mem_mib", &expect_mem_mib, &expect_mem_given);

static char expect_protocol[16];
KERNEL_PARAM_STRING(expect_protocol, "ktest.expect_protocol", expect_protocol);

static unsigned long expect_cmdline_errors;
KERNEL_PARAM_ULONG(expect_errors, "ktest.expect_cmdline_errors", &expect_cmdline_errors, NULL);

extern const char __image_start[], __image_end[];

/*
 * Firmware keeps some of what QEMU is given (the legacy hole below 1 MiB,
 * ACPI tables at the top), so PVH reports slightly less than -m; Xen's dom0
 * gets exactly dom0_mem. A shortfall above 1% means the map was misread.
 */
static void ram_matches_loader(struct ktest *t)
{
	u64 given, seen = boot_info->ram_bytes;

	if (!expect_mem_given) {
		ktest_skip(t, "no ktest.expect_mem_mib= on the command line");
		return;
	}
	given = (u64)expect_mem_mib << 20;
	KTEST_EXPECT_ULE(t, seen, given);
	KTEST_EXPECT_UGE(t, seen, given - given / 100);
}

static void regions_are_consistent(struct ktest *t)
{
	u64 sum = 0;
	unsigned int i, j;
	bool image_in_ram = false;

	KTEST_ASSERT_TRUE(t, boot_info->nr_mem_regions > 0);
	for (i = 0; i < boot_info->nr_mem_regions; i++) {
		const struct boot_mem_region *r = &boot_info->mem_regions[i];

		KTEST_EXPECT_TRUE(t, r->size > 0);
		sum += r->size;
		for (j = 0; j < i; j++) {
			const struct boot_mem_region *o = &boot_info->mem_regions[j];

			KTEST_EXPECT_TRUE(t, r->base >= o->base + o->size ||
						     o->base >= r->base + r->size);
		}
		if ((u64)(uintptr_t)__image_start >= r->base &&
		    (u64)(uintptr_t)__image_end <= r->base + r->size)
			image_in_ram = true;
	}
	if (boot_info->nr_mem_regions < BOOT_MEM_REGIONS_MAX)
		KTEST_EXPECT_UEQ(t, sum, boot_info->ram_bytes);
	KTEST_EXPECT_TRUE(t, image_in_ram);
}

static void protocol_matches_environment(struct ktest *t)
{
	if (!expect_protocol[0]) {
		ktest_skip(t, "no ktest.expect_protocol= on the command line");
		return;
	}
	KTEST_EXPECT_STREQ(t, boot_protocol_name(boot_info->protocol),
			   !strcmp(expect_protocol, "pvh") ? "PVH" : "Xen PV");
}

static void command_line_arrived(struct ktest *t)
{
	/* The runner always passes ktest=; seeing it proves the line came through. */
	KTEST_EXPECT_TRUE(t, strstr(boot_command_line, "ktest=") != NULL);
	KTEST_EXPECT_STREQ(t, boot_command_line, boot_info->cmdline);
}

static void command_line_errors_as_expected(struct ktest *t)
{
	KTEST_EXPECT_EQ(t, boot_cmdline_errors, expect_cmdline_errors);
}

static const struct ktest_case boot_cases[] = {
	KTEST_CASE(ram_matches_loader),
	KTEST_CASE(regions_are_consistent),
	KTEST_CASE(protocol_matches_environment),
	KTEST_CASE(command_line_arrived),
	KTEST_CASE(command_line_errors_as_expected),
};
KTEST_SUITE(boot, "boot", boot_cases);
