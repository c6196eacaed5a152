// SPDX-License-Identifier: GPL-2.0
/*
 * The CPUs of a PC, from ACPI's MADT.
 *
 * The firmware's tables are input like any other: each is reached through
 * the caller's mapping callback (the identity map at boot, a fake memory
 * in a host test), checked for its signature, its length against what the
 * callback could map and its checksum before a field of it is read, and
 * each MADT entry for a length that keeps it inside the table. The RSDP's
 * revision says whether the XSDT (64-bit pointers) exists; the RSDT
 * (32-bit) is used otherwise. A CPU counts when its entry is enabled; one
 * only "online capable" is hot-pluggable later and is not started, as
 * Linux does not start it at boot either.
 */
#include <kernel/printk.h>
#include <kernel/string.h>
#include <pc/acpi.h>

#define ACPI_RSDP_REV_XSDT 2
#define ACPI_TABLE_MAX_LEN (1U << 20) /* far beyond any MADT or SDT a PC has */

static int acpi_refuse(char *why, size_t len, const char *fmt, ...) __printf(3, 4);
static int acpi_refuse(char *why, size_t len, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(why, len, fmt, ap);
	va_end(ap);
	return -1;
}

static u8 acpi_sum(const void *p, size_t n)
{
	const u8 *b = p;
	u8 sum = 0;

	while (n--)
		sum += *b++;
	return sum;
}

/* The table at paddr with signature sig, checked whole; NULL and why otherwise. */
static const struct acpi_table_header *acpi_table(u64 paddr, const char *sig, acpi_map_fn map,
						  char *why, size_t len)
{
	const struct acpi_table_header *h = map(paddr, sizeof(*h));

	if (!h) {
		acpi_refuse(why, len, "ACPI %s at %#llx is outside mapped memory", sig,
			    (unsigned long long)paddr);
		return NULL;
	}
	if (memcmp(h->signature, sig, ACPI_SIG_LEN)) {
		acpi_refuse(why, len, "ACPI table at %#llx has signature \"%.4s\", expected %s",
			    (unsigned long long)paddr, h->signature, sig);
		return NULL;
	}
	if (h->length < sizeof(*h) || h->length > ACPI_TABLE_MAX_LEN) {
		acpi_refuse(why, len, "ACPI %s header.length is %u (expected %zu..%u)", sig,
			    h->length, sizeof(*h), ACPI_TABLE_MAX_LEN);
		return NULL;
	}
	h = map(paddr, h->length);
	if (!h) {
		acpi_refuse(why, len, "ACPI %s at %#llx runs past mapped memory", sig,
			    (unsigned long long)paddr);
		return NULL;
	}
	if (acpi_sum(h, h->length)) {
		acpi_refuse(why, len, "ACPI %s header.checksum is wrong (the bytes sum to %#x)", sig,
			    acpi_sum(h, h->length));
		return NULL;
	}
	return h;
}

/* The MADT's address from the RSDT (4-byte entries) or XSDT (8-byte). */
static int acpi_find_madt(const struct acpi_table_header *sdt, size_t entry_size,
			  acpi_map_fn map, u64 *madt, char *why, size_t len)
{
	const u8 *entries = (const u8 *)(sdt + 1);
	size_t i, n = (sdt->length - sizeof(*sdt)) / entry_size;

	for (i = 0; i < n; i++) {
		u64 addr = 0;
		const struct acpi_table_header *h;

		memcpy(&addr, entries + i * entry_size, entry_size);
		h = map(addr, sizeof(*h));
		if (h && !memcmp(h->signature, "APIC", ACPI_SIG_LEN)) {
			*madt = addr;
			return 0;
		}
	}
	return acpi_refuse(why, len, "ACPI %.4s lists no MADT (\"APIC\") among its %zu tables",
			   sdt->signature, n);
}

static int acpi_madt_walk(const struct acpi_madt *madt, u32 *ids, unsigned int max,
			  unsigned int *found, char *why, size_t len)
{
	const u8 *p = (const u8 *)(madt + 1), *end = (const u8 *)madt + madt->header.length;

	if (madt->header.length < sizeof(*madt))
		return acpi_refuse(why, len, "ACPI MADT header.length is %u, shorter than %zu",
				   madt->header.length, sizeof(*madt));
	*found = 0;
	while (p < end) {
		const struct acpi_madt_entry *e = (const void *)p;
		u32 id, flags;

		if (end - p < (long)sizeof(*e) || e->length < sizeof(*e) || e->length > end - p)
			return acpi_refuse(why, len,
					   "ACPI MADT entry at offset %#lx has length %u, "
					   "which does not fit the table's %u bytes",
					   (unsigned long)(p - (const u8 *)madt),
					   end - p < (long)sizeof(*e) ? 0 : e->length,
					   madt->header.length);
		if (e->type == ACPI_MADT_LOCAL_APIC || e->type == ACPI_MADT_LOCAL_X2APIC) {
			size_t want = e->type == ACPI_MADT_LOCAL_APIC ?
					      sizeof(struct acpi_madt_local_apic) :
					      sizeof(struct acpi_madt_local_x2apic);

			if (e->length < want)
				return acpi_refuse(why, len,
						   "ACPI MADT entry type %u at offset %#lx has "
						   "length %u, expected %zu",
						   e->type, (unsigned long)(p - (const u8 *)madt),
						   e->length, want);
			if (e->type == ACPI_MADT_LOCAL_APIC) {
				const struct acpi_madt_local_apic *a = (const void *)e;

				id = a->apic_id;
				flags = a->flags;
			} else {
				const struct acpi_madt_local_x2apic *x = (const void *)e;

				id = x->x2apic_id;
				flags = x->flags;
			}
			if (flags & ACPI_MADT_ENABLED) {
				if (*found < max)
					ids[*found] = id;
				(*found)++;
			}
		}
		p += e->length;
	}
	if (!*found)
		return acpi_refuse(why, len, "ACPI MADT has no enabled local APIC entry");
	return 0;
}

int pc_acpi_madt_cpus(u64 rsdp_addr, acpi_map_fn map, u32 *ids, unsigned int max,
		      unsigned int *found, char *why, size_t len)
{
	const struct acpi_rsdp *rsdp = map(rsdp_addr, sizeof(*rsdp));
	const struct acpi_table_header *sdt;
	bool xsdt;
	u64 madt = 0;

	if (!rsdp)
		return acpi_refuse(why, len, "ACPI RSDP at %#llx is outside mapped memory",
				   (unsigned long long)rsdp_addr);
	if (memcmp(rsdp->signature, ACPI_RSDP_SIG, sizeof(rsdp->signature)))
		return acpi_refuse(why, len, "ACPI RSDP at %#llx has signature \"%.8s\"",
				   (unsigned long long)rsdp_addr, rsdp->signature);
	if (acpi_sum(rsdp, ACPI_RSDP_V1_LEN))
		return acpi_refuse(why, len, "ACPI RSDP checksum is wrong (the bytes sum to %#x)",
				   acpi_sum(rsdp, ACPI_RSDP_V1_LEN));
	xsdt = rsdp->revision >= ACPI_RSDP_REV_XSDT;
	if (xsdt && (rsdp->length < sizeof(*rsdp) || acpi_sum(rsdp, sizeof(*rsdp))))
		return acpi_refuse(why, len,
				   "ACPI RSDP revision %u has length %u or extended_checksum wrong",
				   rsdp->revision, rsdp->length);
	sdt = xsdt ? acpi_table(rsdp->xsdt_address, "XSDT", map, why, len) :
		     acpi_table(rsdp->rsdt_address, "RSDT", map, why, len);
	if (!sdt)
		return -1;
	if (acpi_find_madt(sdt, xsdt ? sizeof(u64) : sizeof(u32), map, &madt, why, len))
		return -1;
	sdt = acpi_table(madt, "APIC", map, why, len);
	if (!sdt)
		return -1;
	return acpi_madt_walk((const struct acpi_madt *)sdt, ids, max, found, why, len);
}
