/* SPDX-License-Identifier: GPL-2.0 */
/*
 * What the kernel learns from the loader, in one generic form.
 *
 * Each boot protocol hands over its own structure: PVH passes
 * hvm_start_info with a memory map, Xen PV passes start_info with a page
 * count and the pfn-to-mfn list. The entry code of the backend that owns the
 * protocol validates that structure and fills a struct boot_info; everything
 * after the entry (backend selection, start_kernel, the tests) reads only
 * this. The original structure stays reachable through protocol_data for the
 * backend that knows its type.
 */
#ifndef KERNEL_BOOTINFO_H
#define KERNEL_BOOTINFO_H

#include <kernel/cmdline.h>
#include <kernel/types.h>

/* How the image was entered: one value per ELF-note entry point. */
enum boot_protocol {
	BOOT_PROTOCOL_PVH,    /* XEN_ELFNOTE_PHYS32_ENTRY: 32-bit, paging off */
	BOOT_PROTOCOL_XEN_PV, /* XEN_ELFNOTE_ENTRY: long mode, %rsi = start_info */
};

#define BOOT_MEM_REGIONS_MAX 32
#define BOOT_RESERVED_MAX 8

struct boot_mem_region {
	u64 base;
	u64 size;
};

struct boot_info {
	enum boot_protocol protocol;
	const void *protocol_data; /* hvm_start_info or start_info */
	char cmdline[COMMAND_LINE_SIZE];
	/* RAM the loader gave us, in bytes; regions as far as known. */
	u64 ram_bytes;
	unsigned int nr_mem_regions;
	struct boot_mem_region mem_regions[BOOT_MEM_REGIONS_MAX];
	/*
	 * RAM in use before the page allocator exists, beyond the image itself
	 * (which is always reserved): the loader's structures, the tables a
	 * hypervisor built. Entry code and init() add to it.
	 */
	unsigned int nr_reserved;
	struct boot_mem_region reserved[BOOT_RESERVED_MAX];
	/* Highest address the kernel's direct map covers (virtual == physical). */
	u64 direct_map_end;
};

/* Marks [base, base + size) as in use before the page allocator starts. */
void boot_reserve(struct boot_info *bi, u64 base, u64 size);

/* The boot information of this boot, set by boot_kernel(). */
extern struct boot_info *boot_info;

const char *boot_protocol_name(enum boot_protocol protocol);

#endif
