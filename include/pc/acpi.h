/* SPDX-License-Identifier: GPL-2.0 */
/*
 * The ACPI tables a PC describes its CPUs with (ACPI 6.4, 5.2.5, 5.2.6,
 * 5.2.12): the RSDP, the RSDT/XSDT it points at, and the MADT's local APIC
 * and local x2APIC entries, as the firmware lays them out.
 *
 * pc_acpi_madt_cpus() reads them through a mapping callback and checks
 * every field it uses before it trusts it (signature, checksum, a length
 * that fits the table and the mapping, entries that stay inside their
 * table), so a host test can feed it any bytes; a refusal is a sentence
 * naming the table and the field.
 */
#ifndef PC_ACPI_H
#define PC_ACPI_H

#include <kernel/types.h>

#define ACPI_RSDP_SIG "RSD PTR "
#define ACPI_RSDP_V1_LEN 20 /* the bytes the first checksum covers */
#define ACPI_SIG_LEN 4
#define ACPI_OEM_ID_LEN 6
#define ACPI_OEM_TABLE_ID_LEN 8

struct acpi_rsdp {
	char signature[8];
	u8 checksum; /* the first ACPI_RSDP_V1_LEN bytes sum to 0 */
	char oem_id[ACPI_OEM_ID_LEN];
	u8 revision; /* 0: ACPI 1.0, RSDT only; 2 and up: the fields below exist */
	u32 rsdt_address;
	u32 length;
	u64 xsdt_address;
	u8 extended_checksum; /* all length bytes sum to 0 */
	u8 reserved[3];
} __packed;

struct acpi_table_header {
	char signature[ACPI_SIG_LEN];
	u32 length; /* of the whole table, this header included */
	u8 revision;
	u8 checksum; /* all length bytes sum to 0 */
	char oem_id[ACPI_OEM_ID_LEN];
	char oem_table_id[ACPI_OEM_TABLE_ID_LEN];
	u32 oem_revision;
	u32 creator_id;
	u32 creator_revision;
} __packed;

struct acpi_madt {
	struct acpi_table_header header;
	u32 lapic_address;
	u32 flags;
	/* then the interrupt controller entries, each a struct acpi_madt_entry first */
} __packed;

struct acpi_madt_entry {
	u8 type;
	u8 length; /* of this entry, these two bytes included */
} __packed;

#define ACPI_MADT_LOCAL_APIC 0
#define ACPI_MADT_LOCAL_X2APIC 9

struct acpi_madt_local_apic {
	struct acpi_madt_entry h;
	u8 processor_uid;
	u8 apic_id;
	u32 flags;
} __packed;

struct acpi_madt_local_x2apic {
	struct acpi_madt_entry h;
	u16 reserved;
	u32 x2apic_id;
	u32 flags;
	u32 processor_uid;
} __packed;

#define ACPI_MADT_ENABLED (1U << 0)	   /* usable now */
#define ACPI_MADT_ONLINE_CAPABLE (1U << 1) /* may be enabled later: not started here */

_Static_assert(sizeof(struct acpi_rsdp) == 36, "RSDP");
_Static_assert(sizeof(struct acpi_table_header) == 36, "SDT header");
_Static_assert(sizeof(struct acpi_madt_local_apic) == 8, "MADT local APIC");
_Static_assert(sizeof(struct acpi_madt_local_x2apic) == 16, "MADT local x2APIC");

/* Returns a pointer to size bytes at paddr, or NULL if they are not mapped. */
typedef const void *(*acpi_map_fn)(u64 paddr, u64 size);

/*
 * The enabled CPUs of the MADT that rsdp leads to: their APIC ids in
 * table order in ids[0..max), their number in *found (all of them, also
 * those beyond max). 0, or -1 with the sentence in why.
 */
int pc_acpi_madt_cpus(u64 rsdp, acpi_map_fn map, u32 *ids, unsigned int max, unsigned int *found,
		      char *why, size_t len);

#endif
