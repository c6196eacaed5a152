// SPDX-License-Identifier: GPL-2.0
/*
 * Checking start_info and reading it into a struct boot_info.
 *
 * The magic must name the 64-bit PV ABI ("xen-3.0-x86_64"), the guest must
 * own some pages, shared_info must exist (the virtual interrupt flag and
 * the clock live there), and the command line must end within its field.
 * Xen copies a longer one cut to fit, without a word, so a line that fills
 * the field loses its last word (possibly half a value) with a warning.
 * A PV guest's memory is one contiguous pseudo-physical range of nr_pages
 * pages from 0, which is the single region reported. Pure apart from
 * formatting the reason, so the host unit tests check each refusal.
 */
#define pr_fmt(fmt) "xen: " fmt

#include <kernel/cmdline.h>
#include <kernel/printk.h>
#include <kernel/string.h>

#include "start_info.h"

int xen_parse_start_info(const start_info_t *si, struct boot_info *bi, char *why, size_t len)
{
	*bi = (struct boot_info){ .protocol = BOOT_PROTOCOL_XEN_PV };
	if (!si) {
		snprintf(why, len, "entered with no start_info");
		return -1;
	}
	if (strncmp(si->magic, XEN_START_INFO_MAGIC, strlen(XEN_START_INFO_MAGIC))) {
		snprintf(why, len, "start_info magic is '%.31s', expected '%s*'", si->magic,
			 XEN_START_INFO_MAGIC);
		return -1;
	}
	if (!si->nr_pages) {
		snprintf(why, len, "start_info reports zero pages of memory");
		return -1;
	}
	if (!si->shared_info) {
		snprintf(why, len, "start_info has no shared_info frame");
		return -1;
	}
	if (strnlen((const char *)si->cmd_line, MAX_GUEST_CMDLINE) == MAX_GUEST_CMDLINE) {
		snprintf(why, len, "start_info command line is not terminated within %d bytes",
			 MAX_GUEST_CMDLINE);
		return -1;
	}
	bi->protocol_data = si;
	strlcpy(bi->cmdline, (const char *)si->cmd_line, sizeof(bi->cmdline));
	if (strlen(bi->cmdline) == MAX_GUEST_CMDLINE - 1) {
		size_t cut = cmdline_split_word(bi->cmdline, false);

		pr_warn("command line fills start_info's %d bytes; Xen may have truncated it\n",
			MAX_GUEST_CMDLINE);
		if (bi->cmdline[cut])
			pr_warn("command line: word '%pE' may have been cut; dropped\n",
				bi->cmdline + cut);
		bi->cmdline[cut] = '\0';
	}
	bi->ram_bytes = (u64)si->nr_pages << PAGE_SHIFT;
	bi->mem_regions[0] = (struct boot_mem_region){ 0, bi->ram_bytes };
	bi->nr_mem_regions = 1;
	return 0;
}
