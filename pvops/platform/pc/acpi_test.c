// SPDX-License-Identifier: GPL-2.0
/*
 * The MADT reader (acpi.c) on a fake firmware: an RSDP, an XSDT or RSDT and
 * a MADT with enabled, disabled and x2APIC entries laid out in one array,
 * which the mapping callback serves and nothing past it (ASan, in the host
 * tests, catches a read beyond). Each hostile case breaks one field (a
 * checksum, a length, an entry) and must be refused with the sentence
 * naming it, before the broken part is trusted. Pure, so it runs in the
 * host unit tests and in the kernel alike.
 */
#include <kernel/ktest.h>
#include <kernel/string.h>
#include <pc/acpi.h>

#define FAKE_SIZE 0x800
#define RSDP_AT 0x100
#define RSDT_AT 0x180
#define XSDT_AT 0x200
#define MADT_AT 0x400
#define FAKE_CPUS 4 /* room the reader gets */

static u8 fake[FAKE_SIZE];
static char why[160];
static u32 ids[FAKE_CPUS];
static unsigned int found;

static const void *fake_map(u64 paddr, u64 size)
{
	if (!paddr || paddr > FAKE_SIZE || size > FAKE_SIZE - paddr)
		return NULL;
	return fake + paddr;
}

static u8 sum(const void *p, size_t n)
{
	const u8 *b = p;
	u8 s = 0;

	while (n--)
		s += *b++;
	return s;
}

static struct acpi_rsdp *rsdp(void)
{
	return (struct acpi_rsdp *)(fake + RSDP_AT);
}

static struct acpi_madt *madt(void)
{
	return (struct acpi_madt *)(fake + MADT_AT);
}

static void seal(struct acpi_table_header *h)
{
	h->checksum = 0;
	h->checksum = -sum(h, h->length);
}

static void seal_rsdp(void)
{
	rsdp()->checksum = 0;
	rsdp()->checksum = -sum(rsdp(), ACPI_RSDP_V1_LEN);
	rsdp()->extended_checksum = 0;
	rsdp()->extended_checksum = -sum(rsdp(), sizeof(*rsdp()));
}

static void header(struct acpi_table_header *h, const char *sig, u32 len)
{
	memcpy(h->signature, sig, ACPI_SIG_LEN);
	h->length = len;
	h->revision = 1;
}

/* Local APIC ids 0 and 1 enabled, 2 disabled, then x2APIC id 7 enabled. */
static void build(void)
{
	struct acpi_madt_local_apic *a;
	struct acpi_madt_local_x2apic *x;
	struct acpi_table_header *xsdt = (void *)(fake + XSDT_AT), *rsdt = (void *)(fake + RSDT_AT);
	u64 madt_at = MADT_AT;
	u32 madt_at32 = MADT_AT;
	unsigned int i;

	memset(fake, 0, sizeof(fake));
	memcpy(rsdp()->signature, ACPI_RSDP_SIG, sizeof(rsdp()->signature));
	rsdp()->revision = 2;
	rsdp()->length = sizeof(*rsdp());
	rsdp()->rsdt_address = RSDT_AT;
	rsdp()->xsdt_address = XSDT_AT;
	header(xsdt, "XSDT", sizeof(*xsdt) + sizeof(u64));
	memcpy(xsdt + 1, &madt_at, sizeof(madt_at));
	seal(xsdt);
	header(rsdt, "RSDT", sizeof(*rsdt) + sizeof(u32));
	memcpy(rsdt + 1, &madt_at32, sizeof(madt_at32));
	seal(rsdt);
	a = (struct acpi_madt_local_apic *)(madt() + 1);
	for (i = 0; i < 3; i++)
		a[i] = (struct acpi_madt_local_apic){
			.h = { ACPI_MADT_LOCAL_APIC, sizeof(*a) }, .processor_uid = i,
			.apic_id = i, .flags = i == 2 ? 0 : ACPI_MADT_ENABLED };
	x = (struct acpi_madt_local_x2apic *)(a + 3);
	*x = (struct acpi_madt_local_x2apic){ .h = { ACPI_MADT_LOCAL_X2APIC, sizeof(*x) },
					      .x2apic_id = 7, .flags = ACPI_MADT_ENABLED };
	header(&madt()->header, "APIC", (u8 *)(x + 1) - (u8 *)madt());
	seal(&madt()->header);
	seal_rsdp();
	why[0] = '\0';
	memset(ids, 0xff, sizeof(ids));
}

static int run(unsigned int max)
{
	return pc_acpi_madt_cpus(RSDP_AT, fake_map, ids, max, &found, why, sizeof(why));
}

static void enabled_cpus_in_table_order(struct ktest *t)
{
	build();
	KTEST_ASSERT_EQ(t, run(FAKE_CPUS), 0);
	KTEST_EXPECT_UEQ(t, found, 3);
	KTEST_EXPECT_UEQ(t, ids[0], 0);
	KTEST_EXPECT_UEQ(t, ids[1], 1);
	KTEST_EXPECT_UEQ(t, ids[2], 7);
}

static void rsdt_when_the_rsdp_is_acpi_1(struct ktest *t)
{
	build();
	rsdp()->revision = 0;
	rsdp()->xsdt_address = 0;
	seal_rsdp();
	KTEST_ASSERT_EQ(t, run(FAKE_CPUS), 0);
	KTEST_EXPECT_UEQ(t, found, 3);
}

static void more_cpus_than_room_are_counted(struct ktest *t)
{
	build();
	KTEST_ASSERT_EQ(t, run(2), 0);
	KTEST_EXPECT_UEQ(t, found, 3);
	KTEST_EXPECT_UEQ(t, ids[1], 1);
	KTEST_EXPECT_UEQ(t, ids[2], 0xffffffff);
}

static void refused(struct ktest *t, const char *want)
{
	KTEST_EXPECT_EQ(t, run(FAKE_CPUS), -1);
	if (!strstr(why, want))
		KTEST_FAIL(t, "refusal \"%s\" does not say \"%s\"", why, want);
}

static void bad_rsdp_refused(struct ktest *t)
{
	build();
	rsdp()->signature[0] = 'X';
	refused(t, "ACPI RSDP at 0x100 has signature");
	build();
	rsdp()->rsdt_address++;
	refused(t, "ACPI RSDP checksum is wrong");
	KTEST_EXPECT_EQ(t, pc_acpi_madt_cpus(FAKE_SIZE, fake_map, ids, FAKE_CPUS, &found, why,
					     sizeof(why)), -1);
	KTEST_EXPECT_TRUE(t, strstr(why, "outside mapped memory") != NULL);
}

static void bad_tables_refused(struct ktest *t)
{
	build();
	madt()->header.checksum++;
	refused(t, "ACPI APIC header.checksum is wrong");
	build();
	madt()->header.length = FAKE_SIZE;
	refused(t, "ACPI APIC at 0x400 runs past mapped memory");
	build();
	madt()->header.length = 8;
	refused(t, "ACPI APIC header.length is 8");
	build();
	memcpy(fake + MADT_AT, "FACP", ACPI_SIG_LEN);
	seal(&madt()->header);
	refused(t, "ACPI XSDT lists no MADT");
}

static void bad_entries_refused(struct ktest *t)
{
	struct acpi_madt_local_apic *a;

	build();
	a = (struct acpi_madt_local_apic *)(madt() + 1);
	a[1].h.length = 0;
	seal(&madt()->header);
	refused(t, "ACPI MADT entry at offset 0x34 has length 0");
	build();
	a[0].h.length = 0xff;
	seal(&madt()->header);
	refused(t, "does not fit the table's");
	build();
	a[2].h.length = 4;
	seal(&madt()->header);
	refused(t, "ACPI MADT entry type 0 at offset 0x3c has length 4, expected 8");
	build();
	a[0].flags = a[1].flags = 0;
	((struct acpi_madt_local_x2apic *)(a + 3))->flags = ACPI_MADT_ONLINE_CAPABLE;
	seal(&madt()->header);
	refused(t, "ACPI MADT has no enabled local APIC entry");
}

static const struct ktest_case pc_acpi_cases[] = {
	KTEST_CASE(enabled_cpus_in_table_order),
	KTEST_CASE(rsdt_when_the_rsdp_is_acpi_1),
	KTEST_CASE(more_cpus_than_room_are_counted),
	KTEST_CASE(bad_rsdp_refused),
	KTEST_CASE(bad_tables_refused),
	KTEST_CASE(bad_entries_refused),
};

KTEST_SUITE(pc_acpi, "pc_acpi", pc_acpi_cases);
