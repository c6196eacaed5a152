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
 *
 * Descriptors are spelled as the CPU's fields (Intel SDM vol. 3, 3.4.5 and
 * 8.2.3), never as shifted constants: a segment descriptor's access byte
 * and flags nibble are bitfields, so a table entry says "present, DPL 0,
 * code, long mode" and the compiler lays out the bytes the CPU reads. Each
 * entry is a union with its raw quadword, which is what write_gdt_entry()
 * and the tests that compare entries take.
 */
#ifndef KERNEL_DESC_H
#define KERNEL_DESC_H

#include <kernel/segments.h>
#include <kernel/types.h>

#define GDT_ENTRY_TSS 3 /* and 4: a system descriptor takes two */
#define GDT_ENTRY_TLS 5
#define GDT_ENTRIES (PAGE_SIZE / 8)

/* An 8-byte code or data segment descriptor (S = 1). */
struct seg_desc {
	u16 limit0; /* limit bits 15:0 */
	u16 base0;  /* base bits 15:0 */
	u8 base1;   /* base bits 23:16 */
	u8 type : 4, s : 1, dpl : 2, p : 1;
	u8 limit1 : 4, avl : 1, l : 1, d : 1, g : 1;
	u8 base2; /* base bits 31:24 */
} __packed;

/* The 16-byte system descriptor of long mode (S = 0): a TSS or an LDT. */
struct system_desc {
	u16 limit0;
	u16 base0;
	u8 base1;
	u8 type : 4, zero0 : 1, dpl : 2, p : 1;
	u8 limit1 : 4, avl : 1, zero1 : 2, g : 1;
	u8 base2;
	u32 base3; /* base bits 63:32 */
	u32 reserved;
} __packed;

_Static_assert(sizeof(struct seg_desc) == 8, "segment descriptor");
_Static_assert(sizeof(struct system_desc) == 16, "system descriptor");

/* A limit is 20 bits, split over the descriptor: bits 15:0, then 19:16. */
#define SEG_LIMIT0_MASK 0xffff
#define SEG_LIMIT1_SHIFT 16

#define SEG_TYPE_DATA_RW 0x2   /* data, read/write */
#define SEG_TYPE_CODE_XR 0xa   /* code, execute/read */
#define SEG_DPL_USER 3
#define SYS_TYPE_TSS_AVAIL 0x9 /* 64-bit TSS, not busy */

union gdt_entry {
	struct seg_desc seg;
	u64 raw;
};

struct x86_tss {
	u32 reserved0;
	u64 sp0, sp1, sp2;
	u64 reserved1;
	u64 ist[7];
	u64 reserved2;
	u16 reserved3;
	u16 io_bitmap_base;
} __packed;

extern union gdt_entry gdt_table[GDT_ENTRIES];

/* A data segment descriptor at base 0 with the given DPL and limit, in 4 KiB units. */
static inline u64 make_data_descriptor(unsigned int dpl, u32 limit)
{
	union gdt_entry e = { .seg = {
		.limit0 = limit & SEG_LIMIT0_MASK,
		.type = SEG_TYPE_DATA_RW,
		.s = 1,
		.dpl = dpl,
		.p = 1,
		.limit1 = limit >> SEG_LIMIT1_SHIFT,
		.g = 1,
	} };

	return e.raw;
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
/* This CPU's GDT (a copy of gdt_table's entries), its TSS and kernel stack. */
void desc_init_cpu(union gdt_entry *gdt, struct x86_tss *tss, unsigned long stack_top);

#endif
