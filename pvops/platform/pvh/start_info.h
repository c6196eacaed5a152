/* SPDX-License-Identifier: GPL-2.0 */
/*
 * hvm_start_info parsing (start_info.c), shared by the PVH entry and the
 * host unit tests.
 */
#ifndef PVH_START_INFO_H
#define PVH_START_INFO_H

#include <kernel/bootinfo.h>

/* Returns a pointer to size bytes at paddr, or NULL if they are not mapped. */
typedef const void *(*pvh_map_fn)(u64 paddr, u64 size);

/*
 * 0 on success; otherwise -1 and why holds the reason. silent_cut: the size
 * of the field a loader cuts a longer command line to without a word (0 if
 * it passes any length).
 */
int pvh_parse_start_info(u64 paddr, pvh_map_fn map_phys, size_t silent_cut, struct boot_info *bi,
			 char *why, size_t len);

#endif
