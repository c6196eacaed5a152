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

/* One field made wrong, and a word the refusal must contain. */
struct mutation {
	void (*apply)(struct good_file *g);
	const char *reason;
};

static void bad_magic(struct good_file *g) { g->eh.e_ident[EI_MAG1] = 'X'; }
static void bad_class(struct good_file *g) { g->eh.e_ident[EI_CLASS] = 1; }
static void bad_data(struct good_file *g) { g->eh.e_ident[EI_DATA] = 2; }
static void bad_ident_version(struct good_file *g) { g->eh.e_ident[EI_VERSION] = 0; }
static void bad_osabi(struct good_file *g) { g->eh.e_ident[EI_OSABI] = 3; }
static void bad_type(struct good_file *g) { g->eh.e_type = 3; }
static void bad_machine(struct good_file *g) { g->eh.e_machine = 3; }
static void bad_version(struct good_file *g) { g->eh.e_version = 2; }
static void bad_ehsize(struct good_file *g) { g->eh.e_ehsize = 52; }
static void bad_phentsize(struct good_file *g) { g->eh.e_phentsize = 32; }
static void no_phdrs(struct good_file *g) { g->eh.e_phnum = 0; }
static void phoff_beyond(struct good_file *g) { g->eh.e_phoff = FILE_SIZE - 8; }
static void phoff_wraps(struct good_file *g) { g->eh.e_phoff = ~0ULL - 7; }
static void phoff_unaligned(struct good_file *g) { g->eh.e_phoff = 65; }
static void interp(struct good_file *g) { g->ph[2].p_type = PT_INTERP; }
static void dynamic(struct good_file *g) { g->ph[2].p_type = PT_DYNAMIC; }
static void filesz_beyond(struct good_file *g) { g->ph[1].p_filesz = 0x1001; }
static void offset_wraps(struct good_file *g) { g->ph[1].p_offset = ~0ULL - 0xfff; }
static void filesz_over_memsz(struct good_file *g) { g->ph[1].p_memsz = 0x8; }
static void below_user(struct good_file *g) { g->ph[0].p_vaddr = 0x100000; }
static void above_user(struct good_file *g) { g->ph[1].p_vaddr = HI - 0x1000; }
static void vaddr_wraps(struct good_file *g) { g->ph[1].p_memsz = ~0ULL - 0xfff; }
static void incongruent(struct good_file *g) { g->ph[1].p_vaddr = BASE + 0x2010; }
static void bad_flags(struct good_file *g) { g->ph[1].p_flags = PF_R | 0x8; }
static void unreadable(struct good_file *g) { g->ph[1].p_flags = PF_W; }
static void overlapping(struct good_file *g) { g->ph[1].p_vaddr = BASE, g->ph[1].p_offset = 0x1000; }
static void no_load(struct good_file *g) { g->ph[0].p_type = PT_NULL, g->ph[1].p_type = PT_NULL; }
static void entry_outside(struct good_file *g) { g->eh.e_entry = BASE + 0x2000; }
static void entry_not_exec(struct good_file *g) { g->ph[0].p_flags = PF_R; }

static const struct mutation mutations[] = {
	{ bad_magic, "magic" },		  { bad_class, "EI_CLASS" },
	{ bad_data, "EI_DATA" },	  { bad_ident_version, "EI_VERSION" },
	{ bad_osabi, "EI_OSABI" },	  { bad_type, "e_type" },
	{ bad_machine, "e_machine" },	  { bad_version, "e_version" },
	{ bad_ehsize, "e_ehsize" },	  { bad_phentsize, "e_phentsize" },
	{ no_phdrs, "e_phnum" },	  { phoff_beyond, "e_phoff" },
	{ phoff_wraps, "e_phoff" },	  { phoff_unaligned, "e_phoff" },
	{ interp, "dynamically" },	  { dynamic, "dynamically" },
	{ filesz_beyond, "beyond the file" }, { offset_wraps, "beyond the file" },
	{ filesz_over_memsz, "p_filesz" },
	{ below_user, "outside user space" }, { above_user, "outside user space" },
	{ vaddr_wraps, "outside user space" }, { incongruent, "modulo the page size" },
	{ bad_flags, "p_flags" },	  { unreadable, "p_flags" },
	{ overlapping, "shares a page" }, { no_load, "no PT_LOAD" },
	{ entry_outside, "e_entry" },	  { entry_not_exec, "e_entry" },
};

static void malformed_files_are_refused(struct ktest *t)
{
	struct elf_image img;
	unsigned int i;

	for (i = 0; i < ARRAY_SIZE(mutations); i++) {
		const char *why;

		mutations[i].apply(make_good());
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
