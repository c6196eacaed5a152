// SPDX-License-Identifier: GPL-2.0
/*
 * ELF loader suite: elf_check() on a valid program and on one malformed
 * copy per field it validates, in the kernel and on the host (with ASan,
 * so a check that reads past a short file is caught there too). Each bad
 * file must be refused with a sentence naming the field, and a good one
 * must come back as exactly its segments; in the kernel, the embedded
 * programs themselves must pass. The malformed files are made by
 * mutating one field of a good one, so each case tests one check alone.
 */
#include <kernel/elf.h>
#include <kernel/ktest.h>
#include <kernel/string.h>
#ifndef HOST_TEST
#include <kernel/process.h>
#include <kernel/uaccess.h>
#endif

#define LO 0x8000000000ULL
#define HI 0x7fffffffe000ULL
#define BASE 0x40000000000ULL
#define FILE_SIZE 0x3000

struct good_file {
	struct elf64_ehdr eh;
	struct elf64_phdr ph[3];
};

static u8 file[FILE_SIZE] __aligned(8);

static struct good_file *make_good(void)
{
	struct good_file *g = (struct good_file *)file;

	memset(file, 0, sizeof(file));
	g->eh = (struct elf64_ehdr){
		.e_ident = { ELFMAG0, 'E', 'L', 'F', ELFCLASS64, ELFDATA2LSB, EV_CURRENT },
		.e_type = ET_EXEC,
		.e_machine = EM_X86_64,
		.e_version = EV_CURRENT,
		.e_entry = BASE + 0x10,
		.e_phoff = offsetof(struct good_file, ph),
		.e_ehsize = sizeof(struct elf64_ehdr),
		.e_phentsize = sizeof(struct elf64_phdr),
		.e_phnum = 3,
	};
	g->ph[0] = (struct elf64_phdr){ .p_type = PT_LOAD, .p_flags = PF_R | PF_X,
					.p_offset = 0x1000, .p_vaddr = BASE, .p_filesz = 0x100,
					.p_memsz = 0x100, .p_align = PAGE_SIZE };
	g->ph[1] = (struct elf64_phdr){ .p_type = PT_LOAD, .p_flags = PF_R | PF_W,
					.p_offset = 0x2000, .p_vaddr = BASE + 0x2000,
					.p_filesz = 0x10, .p_memsz = 0x5000, .p_align = PAGE_SIZE };
	g->ph[2] = (struct elf64_phdr){ .p_type = PT_NULL };
	return g;
}

static void good_file_is_accepted(struct ktest *t)
{
	struct elf_image img;

	make_good();
	KTEST_ASSERT_TRUE(t, !elf_check(file, sizeof(file), LO, HI, &img));
	KTEST_EXPECT_UEQ(t, img.entry, BASE + 0x10);
	KTEST_ASSERT_EQ(t, img.nr_segments, 2);
	KTEST_EXPECT_UEQ(t, img.segments[1].vaddr, BASE + 0x2000);
	KTEST_EXPECT_UEQ(t, img.segments[1].memsz, 0x5000);
	KTEST_EXPECT_UEQ(t, img.segments[1].filesz, 0x10);
	KTEST_EXPECT_EQ(t, img.segments[1].flags, PF_R | PF_W);
}

/*
 * One or two fields of the good file made wrong (offset in struct
 * good_file, width in bytes, new value), and a word the refusal must hold.
 */
struct patch {
	size_t offset, width;
	u64 value;
};

struct mutation {
	struct patch p[2];
	const char *reason;
};

#define EH(field, v) { offsetof(struct good_file, eh.field), sizeof(((struct elf64_ehdr *)0)->field), (v) }
#define ID(i, v) { offsetof(struct good_file, eh.e_ident) + (i), 1, (v) }
#define PH(n, field, v)                                                                            \
	{ offsetof(struct good_file, ph[n].field), sizeof(((struct elf64_phdr *)0)->field), (v) }

static const struct mutation mutations[] = {
	{ { ID(EI_MAG1, 'X') }, "magic" },
	{ { ID(EI_CLASS, 1) }, "EI_CLASS" },
	{ { ID(EI_DATA, 2) }, "EI_DATA" },
	{ { ID(EI_VERSION, 0) }, "EI_VERSION" },
	{ { ID(EI_OSABI, 3) }, "EI_OSABI" },
	{ { EH(e_type, 3) }, "e_type" },
	{ { EH(e_machine, 3) }, "e_machine" },
	{ { EH(e_version, 2) }, "e_version" },
	{ { EH(e_ehsize, 52) }, "e_ehsize" },
	{ { EH(e_phentsize, 32) }, "e_phentsize" },
	{ { EH(e_phnum, 0) }, "e_phnum" },
	{ { EH(e_phoff, FILE_SIZE - 8) }, "e_phoff" },
	{ { EH(e_phoff, ~0ULL - 7) }, "e_phoff" },
	{ { EH(e_phoff, 65) }, "e_phoff" },
	{ { PH(2, p_type, PT_INTERP) }, "dynamically" },
	{ { PH(2, p_type, PT_DYNAMIC) }, "dynamically" },
	{ { PH(1, p_filesz, 0x1001) }, "beyond the file" },
	{ { PH(1, p_offset, ~0ULL - 0xfff) }, "beyond the file" },
	{ { PH(1, p_memsz, 0x8) }, "p_filesz" },
	{ { PH(0, p_vaddr, 0x100000) }, "outside user space" },
	{ { PH(1, p_vaddr, HI - 0x1000) }, "outside user space" },
	{ { PH(1, p_memsz, ~0ULL - 0xfff) }, "p_memsz" },
	{ { PH(1, p_memsz, HI - LO + 1) }, "p_memsz" },
	{ { PH(1, p_memsz, HI - BASE - 0x1000) }, "outside user space" },
	{ { PH(1, p_vaddr, BASE + 0x2010) }, "modulo the page size" },
	{ { PH(1, p_flags, PF_R | 0x8) }, "p_flags" },
	{ { PH(1, p_flags, PF_W) }, "p_flags" },
	{ { PH(1, p_vaddr, BASE), PH(1, p_offset, 0x1000) }, "shares a page" },
	{ { PH(0, p_type, PT_NULL), PH(1, p_type, PT_NULL) }, "no PT_LOAD" },
	{ { EH(e_entry, BASE + 0x2000) }, "e_entry" },
	{ { PH(0, p_flags, PF_R) }, "e_entry" },
};

static void apply(const struct patch *p)
{
	if (p->width)
		memcpy(file + p->offset, &p->value, p->width); /* little-endian, as the file */
}

static void malformed_files_are_refused(struct ktest *t)
{
	struct elf_image img;
	unsigned int i;

	for (i = 0; i < ARRAY_SIZE(mutations); i++) {
		const char *why;

		make_good();
		apply(&mutations[i].p[0]);
		apply(&mutations[i].p[1]);
		why = elf_check(file, sizeof(file), LO, HI, &img);
		if (!KTEST_EXPECT_TRUE(t, why))
			continue;
		if (!KTEST_EXPECT_TRUE(t, strstr(why, mutations[i].reason)))
			ktest_fail(t, __FILE__, __LINE__, "mutation %u refused as '%s'", i, why);
	}
}

/* ld writes an empty PT_LOAD, at address 0, for a program without data. */
static void empty_segment_is_skipped(struct ktest *t)
{
	struct good_file *g = make_good();
	struct elf_image img;

	g->ph[2] = (struct elf64_phdr){ .p_type = PT_LOAD, .p_flags = PF_R | PF_W };
	KTEST_EXPECT_FALSE(t, elf_check(file, sizeof(file), LO, HI, &img));
	KTEST_EXPECT_EQ(t, img.nr_segments, 2);
	g->ph[2].p_filesz = 1;
	KTEST_EXPECT_TRUE(t, elf_check(file, sizeof(file), LO, HI, &img));
}

static void short_files_are_refused(struct ktest *t)
{
	struct elf_image img;
	size_t len;

	make_good();
	for (len = 0; len < sizeof(struct good_file); len++)
		KTEST_EXPECT_TRUE(t, elf_check(file, len, LO, HI, &img));
	KTEST_EXPECT_FALSE(t, elf_check(file, 0x2010, LO, HI, &img));
	KTEST_EXPECT_TRUE(t, elf_check(file, 0x200f, LO, HI, &img)); /* data cut by a byte */
}

#ifndef HOST_TEST
static void embedded_programs_pass(struct ktest *t)
{
	static const char *const names[] = { "utest", "hello" };
	struct elf_image img;
	unsigned int i;

	for (i = 0; i < ARRAY_SIZE(names); i++) {
		size_t len;
		const void *f = user_program(names[i], &len);
		const char *why;

		KTEST_ASSERT_TRUE(t, f);
		why = elf_check(f, len, USER_START, USER_END, &img);
		if (!KTEST_EXPECT_FALSE(t, why))
			ktest_fail(t, __FILE__, __LINE__, "%s: %s", names[i], why);
		KTEST_EXPECT_GE(t, img.nr_segments, 2);
	}
}
#endif

static const struct ktest_case elf_cases[] = {
	KTEST_CASE(good_file_is_accepted),
	KTEST_CASE(malformed_files_are_refused),
	KTEST_CASE(empty_segment_is_skipped),
	KTEST_CASE(short_files_are_refused),
#ifndef HOST_TEST
	KTEST_CASE(embedded_programs_pass),
#endif
};

KTEST_SUITE(elf, "elf", elf_cases);
