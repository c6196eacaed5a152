/* SPDX-License-Identifier: GPL-2.0 */
/*
 * The kernel's descriptor tables: the GDT, and the TSS it points at.
 *
 * (The IDT's gate format is here too; the table itself is kernel/traps.c's.)
 *
 * The layout keeps the selectors the native entry path loaded (kernel code
 * 0x08, data 0x10), then the 16-byte TSS descriptor, then one data entry
 * for tests and thread-local storage. The GDT fills exactly one page: Xen
 * takes a GDT as whole machine frames, made read-only, so the table must
 * own its page. Entries change only through write_gdt_entry(), never by a
 * direct store, because under Xen the page is not writable.
 */
#ifndef KERNEL_DESC_H
#define KERNEL_DESC_H

#include <kernel/types.h>

#define GDT_ENTRY_KERNEL_CS 1
#define GDT_ENTRY_KERNEL_DS 2
#define GDT_ENTRY_TSS 3 /* and 4: a system descriptor takes two */
#define GDT_ENTRY_TLS 5
#define GDT_ENTRIES (PAGE_SIZE / 8)
#define GDT_SELECTOR(entry, rpl) (((entry) << 3) | (rpl))

struct x86_tss {
	u32 reserved0;
	u64 sp0, sp1, sp2;
	u64 reserved1;
	u64 ist[7];
	u64 reserved2;
	u16 reserved3;
	u16 io_bitmap_base;
} __packed;

extern struct x86_tss kernel_tss;
extern u64 gdt_table[GDT_ENTRIES];

/* A flat 64-bit data segment descriptor with the given DPL and limit. */
static inline u64 make_data_descriptor(unsigned int dpl, u32 limit)
{
	return (limit & 0xffffULL) | ((u64)(limit >> 16 & 0xf) << 48) | (0x92ULL << 40) |
	       ((u64)(dpl & 3) << 45) | (1ULL << 55) /* 4 KiB granularity */;
}

/* One 16-byte IDT entry of long mode. */
struct idt_gate {
	u16 offset_low;
	u16 selector;
	u8 ist;
	u8 type : 4, zero : 1, dpl : 2, present : 1;
	u16 offset_mid;
	u32 offset_high;
	u32 reserved;
} __packed;

#define GATE_TYPE_INTERRUPT 0xe /* 64-bit interrupt gate: clears IF on entry */
#define GATE_TYPE_TRAP 0xf	    /* 64-bit trap gate: leaves IF alone */

static inline struct idt_gate make_idt_gate(u64 addr, u16 selector)
{
	return (struct idt_gate){
		.offset_low = addr & 0xffff,
		.selector = selector,
		.type = GATE_TYPE_INTERRUPT,
		.present = 1,
		.offset_mid = (addr >> 16) & 0xffff,
		.offset_high = addr >> 32,
	};
}

static inline u64 idt_gate_target(const struct idt_gate *g)
{
	return g->offset_low | ((u64)g->offset_mid << 16) | ((u64)g->offset_high << 32);
}

void desc_init(void);

#endif
