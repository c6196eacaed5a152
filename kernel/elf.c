// SPDX-License-Identifier: GPL-2.0
/*
 * The ELF header check behind the program loader.
 *
 * A program is data the kernel did not write, so every field the loader
 * acts on is checked before anything is mapped: identification (magic,
 * 64-bit, little-endian, version, System V ABI), type (a fixed-address
 * executable: no interpreter, no dynamic section), machine, header sizes,
 * the program-header table inside the file, and each loadable segment:
 * inside the file, no larger on disk than in memory (an empty one is
 * skipped: the linker writes one for a program without data), no larger
 * in memory than user space (p_memsz is refused by name before the
 * range is formed; the loader maps the BSS demand-zero), inside the user range
 * without wrapping, its offset and address congruent modulo the page size
 * (or it could not be mapped), no two sharing a page, flags that mean
 * something, and the entry point inside an executable one. Sums are
 * compared against the remaining room instead of being formed, so a huge
 * field cannot wrap past a check. The first failure is the answer, in
 * words naming the field and its value, because "bad ELF" helps nobody.
 */
#include <kernel/elf.h>
#include <kernel/printk.h>

static char elf_reason[96];

static const char *refuse(const char *fmt, unsigned long long value)
{
	snprintf(elf_reason, sizeof(elf_reason), fmt, value);
	return elf_reason;
}

/* a + b <= limit, without forming a + b. */
static bool fits(u64 a, u64 b, u64 limit)
{
	return a <= limit && b <= limit - a;
}

static const char *check_ident(const struct elf64_ehdr *eh)
{
	if (eh->e_ident[EI_MAG0] != ELFMAG0 || eh->e_ident[EI_MAG1] != 'E' ||
	    eh->e_ident[EI_MAG2] != 'L' || eh->e_ident[EI_MAG3] != 'F')
		return "not an ELF file (bad magic)";
	if (eh->e_ident[EI_CLASS] != ELFCLASS64)
		return refuse("EI_CLASS %llu is not ELFCLASS64", eh->e_ident[EI_CLASS]);
	if (eh->e_ident[EI_DATA] != ELFDATA2LSB)
		return refuse("EI_DATA %llu is not little-endian", eh->e_ident[EI_DATA]);
	if (eh->e_ident[EI_VERSION] != EV_CURRENT)
		return refuse("EI_VERSION %llu is not EV_CURRENT", eh->e_ident[EI_VERSION]);
	if (eh->e_ident[EI_OSABI] != ELFOSABI_SYSV)
		return refuse("EI_OSABI %llu is not the System V ABI", eh->e_ident[EI_OSABI]);
	if (eh->e_type != ET_EXEC)
		return refuse("e_type %llu is not ET_EXEC (a static executable)", eh->e_type);
	if (eh->e_machine != EM_X86_64)
		return refuse("e_machine %llu is not EM_X86_64", eh->e_machine);
	if (eh->e_version != EV_CURRENT)
		return refuse("e_version %llu is not EV_CURRENT", eh->e_version);
	if (eh->e_ehsize != sizeof(*eh))
		return refuse("e_ehsize %llu is not the ELF64 header's size", eh->e_ehsize);
	if (eh->e_phentsize != sizeof(struct elf64_phdr))
		return refuse("e_phentsize %llu is not the ELF64 program header's size",
			      eh->e_phentsize);
	if (!eh->e_phnum)
		return "e_phnum is 0: nothing to load";
	return NULL;
}

static const char *check_segment(const struct elf64_phdr *ph, size_t len, u64 lo, u64 hi,
				 const struct elf_image *img)
{
	unsigned int i;

	if (!fits(ph->p_offset, ph->p_filesz, len))
		return refuse("a segment's file bytes end beyond the file (p_offset %#llx)",
			      ph->p_offset);
	if (ph->p_filesz > ph->p_memsz)
		return refuse("a segment's p_filesz exceeds its p_memsz %#llx", ph->p_memsz);
	if (ph->p_memsz > hi - lo)
		return refuse("a segment's p_memsz %#llx is larger than user space", ph->p_memsz);
	if (ph->p_vaddr < lo || !fits(ph->p_vaddr, ph->p_memsz, hi))
		return refuse("the segment at p_vaddr %#llx is outside user space", ph->p_vaddr);
	if ((ph->p_vaddr - ph->p_offset) % PAGE_SIZE)
		return refuse("p_vaddr %#llx and p_offset differ modulo the page size",
			      ph->p_vaddr);
	if (ph->p_flags & ~(u32)(PF_R | PF_W | PF_X) || !(ph->p_flags & PF_R))
		return refuse("p_flags %#llx: a segment must be readable, with no other bits",
			      ph->p_flags);
	for (i = 0; i < img->nr_segments; i++) {
		const struct elf_segment *s = &img->segments[i];

		if ((ph->p_vaddr & PAGE_MASK) < PAGE_ALIGN(s->vaddr + s->memsz) &&
		    (s->vaddr & PAGE_MASK) < PAGE_ALIGN(ph->p_vaddr + ph->p_memsz))
			return refuse("the segment at %#llx shares a page with another",
				      ph->p_vaddr);
	}
	if (img->nr_segments == ELF_MAX_SEGMENTS)
		return refuse("more than %llu loadable segments", ELF_MAX_SEGMENTS);
	return NULL;
}

const char *elf_check(const void *file, size_t len, u64 lo, u64 hi, struct elf_image *img)
{
	const struct elf64_ehdr *eh = file;
	const struct elf64_phdr *ph;
	const char *why;
	unsigned int i;
	bool entry_ok = false;

	img->nr_segments = 0;
	if (len < sizeof(*eh))
		return refuse("%llu bytes is shorter than an ELF64 header", len);
	why = check_ident(eh);
	if (why)
		return why;
	if (eh->e_phoff % sizeof(u64) ||
	    !fits(eh->e_phoff, (u64)eh->e_phnum * sizeof(*ph), len))
		return refuse("the program headers (e_phoff %#llx) are not inside the file",
			      eh->e_phoff);
	ph = (const void *)((const char *)file + eh->e_phoff);
	for (i = 0; i < eh->e_phnum; i++, ph++) {
		struct elf_segment *s;

		if (ph->p_type == PT_INTERP || ph->p_type == PT_DYNAMIC)
			return "dynamically linked (PT_INTERP or PT_DYNAMIC): only static programs run";
		if (ph->p_type != PT_LOAD)
			continue;
		if (!ph->p_memsz && !ph->p_filesz)
			continue; /* nothing to load: ld emits one for an empty data segment */
		why = check_segment(ph, len, lo, hi, img);
		if (why)
			return why;
		s = &img->segments[img->nr_segments++];
		*s = (struct elf_segment){ .vaddr = ph->p_vaddr, .memsz = ph->p_memsz,
					   .offset = ph->p_offset, .filesz = ph->p_filesz,
					   .flags = ph->p_flags };
		if ((s->flags & PF_X) && eh->e_entry >= s->vaddr &&
		    eh->e_entry - s->vaddr < s->memsz)
			entry_ok = true;
	}
	if (!img->nr_segments)
		return "no PT_LOAD segment: nothing to load";
	if (!entry_ok)
		return refuse("e_entry %#llx is not inside an executable segment", eh->e_entry);
	img->entry = eh->e_entry;
	return NULL;
}
