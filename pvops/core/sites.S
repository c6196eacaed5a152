/* SPDX-License-Identifier: GPL-2.0 */
/*
 * The header of the call-site table: magic, format version, record size
 * (include/pvops/site.h). The linker script places it first in
 * .pvops.sites, immediately before the records.
 */
#include <pvops/site.h>

	.section .pvops.sites.header, "a"
	.balign 4
	.long PVOP_SITES_MAGIC
	.word PVOP_SITES_VERSION
	.word PVOP_SITE_RECORD_SIZE

	.section .note.GNU-stack, "", @progbits
