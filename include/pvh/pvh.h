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

/*
 * Adds a RAM region (entry index of the map it came from) to bi: counted
 * always, recorded while there is room, reported otherwise. For the
 * hvm_start_info map and for a backend that asks its hypervisor instead.
 */
void pvh_add_ram(struct boot_info *bi, unsigned int index, u64 base, u64 size);

#endif
