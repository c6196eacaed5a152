/* SPDX-License-Identifier: GPL-2.0 */
/*
 * The header of the call-site table: magic, format version, record size
 * (include/pvops/site.h). The linker script places it first in
 * .pvops.sites, immediately before the records. The two sizes are also
 * published as absolute symbols, so that kernel/pvops.lds can size the
 * outcome array from the number of records without a copy of them.
 */
#include <pvops/site.h>

	.section .pvops.sites.header, "a"
	.balign 4
	.long PVOP_SITES_MAGIC
	.word PVOP_SITES_VERSION
	.word PVOP_SITE_RECORD_SIZE

	.globl __pvops_site_record_size, __pvops_site_outcome_size
	.set __pvops_site_record_size, PVOP_SITE_RECORD_SIZE
	.set __pvops_site_outcome_size, PVOP_SITE_OUTCOME_SIZE

	.section .note.GNU-stack, "", @progbits
