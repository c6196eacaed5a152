/* SPDX-License-Identifier: GPL-2.0 */
/*
 * The PVH entry layer (pvops/platform/pvh/): one entry, several guests.
 *
 * XEN_ELFNOTE_PHYS32_ENTRY is how QEMU's -kernel loader enters the image on
 * emulated hardware and how Xen enters a PVH guest, so two backends share
 * the entry: native and xen-pvh. What differs before the generic boot is
 * who may print and who leaves the machine if the boot fails this early:
 * COM1 and isa-debug-exit on a PC, console_io and SCHEDOP_shutdown under
 * Xen, where COM1 belongs to the hypervisor. The entry chooses as the
 * boot will: by every backend's detect() (which is CPUID-only for that
 * reason) and priority, among the backends with an early_init() (those
 * that can own the entry), and that one gets the boot until selection.
 * The layer names no backend: it only walks the table.
 */
#ifndef PVH_PVH_H
#define PVH_PVH_H

#include <kernel/bootinfo.h>
#include <kernel/types.h>
#include <pvops/backend.h>

/*
 * The CPUID leaf base (0x40000000 + n * 0x100) at which Xen's signature
 * "XenVMMXenVMM" sits, or 0 when no Xen is underneath. Xen moves its
 * leaves up when it also offers another hypervisor's (Viridian) at the
 * first base, so every base below 0x40010000 is tried, as Linux does.
 */
u32 pvh_xen_cpuid_base(void);

/* hvm_start_info's rsdp_paddr (0: none given, or not a PVH boot). */
u64 pvh_rsdp_paddr(const struct boot_info *bi);

/*
 * A RAM map handed to the guest (memmap.c): nr entries stride bytes apart at
 * entries, each beginning with hvm_memmap_table_entry's addr, size and type;
 * source and count_field name where it and nr came from in a refusal, max is
 * how many entries the reader has room for. For the hvm_start_info map and
 * for a backend that asks its hypervisor instead.
 */
struct pvh_memmap {
	const char *source;
	const char *count_field;
	const void *entries;
	size_t stride;
	u32 nr, max;
};

/*
 * Every refusal of a boot structure here is a sentence in the caller's why
 * buffer and -1, for the caller to return (memmap.c).
 */
int pvh_refuse(char *why, size_t len, const char *fmt, ...) __printf(3, 4);

/* 0 if nr is 1..max; otherwise -1 and the sentence in why. */
int pvh_memmap_check_count(const struct pvh_memmap *m, char *why, size_t len);
/*
 * Checks the count, then adds every RAM region to bi (counted always,
 * recorded while there is room); -1 and why on a bad count or a region that
 * wraps.
 */
int pvh_memmap_add(struct boot_info *bi, const struct pvh_memmap *m, char *why, size_t len);

#endif
