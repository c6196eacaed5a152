// SPDX-License-Identifier: GPL-2.0
/*
 * Reading an image: ELF headers through libelf, debug info through libdw,
 * instructions through capstone, all from one buffer in memory.
 *
 * Every field that comes from the file is treated as hostile, because the
 * fuzzer feeds exactly that: section extents are checked against the file
 * before any byte is read, strings must end inside their section, counts
 * are bounded by the bytes that hold them, and address arithmetic is done
 * in u64 with explicit range checks rather than trusted pointers. Bytes are
 * always looked up by link address through the section table (the image is
 * linked virtual == physical, but the tool does not rely on it), so a
 * record pointing anywhere, even into .bss or past the end, gets a "not in
 * the image" answer instead of a wild read. Symbol lookup mirrors
 * scripts/kallsyms (text symbols with a size, sorted by address, size and
 * name), so a location printed here reads exactly as the kernel's own
 * pvops.report prints it.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include <dwarf.h>
#include <elfutils/libdw.h>
#include <gelf.h>

#include <pvops/apply.h>
#include <pvops/pv_ops.h>

#include "patchcheck.h"

/* No real image comes near these; past them the input is garbage. */
#define MAX_IMAGE_BYTES	 (1UL << 30)
#define MAX_OWNER_RANGES (1UL << 20)
#define MAX_STRING	 256

static const char *file_type(mode_t mode)
{
	if (S_ISDIR(mode))
		return "a directory";
	if (S_ISFIFO(mode))
		return "a FIFO";
	if (S_ISSOCK(mode))
		return "a socket";
	if (S_ISCHR(mode))
		return "a character device";
	if (S_ISBLK(mode))
		return "a block device";
	return "not a regular file";
}

/*
 * The file's type is checked before it is opened (opening a FIFO waits for
 * a writer), its ELF magic before anything is mapped (a huge file that is
 * no image costs one read), and an image is mapped privately rather than
 * copied: libelf gets writable memory, and only pages it touches cost any.
 * A file that is not ELF is handed over as its first bytes only, which is
 * all pc_image_open() needs to say so.
 */
bool pc_map_file(const char *path, struct pc_file *f, FILE *err)
{
	struct stat st;
	ssize_t n;
	int fd;

	*f = (struct pc_file){ 0 };
	if (stat(path, &st)) {
		fprintf(err, "patchcheck: %s: cannot open: %s\n", path, strerror(errno));
		return false;
	}
	if (!S_ISREG(st.st_mode)) {
		fprintf(err, "patchcheck: %s: %s, not a regular file; give the linked kernel, "
			     "e.g. build/pvops.elf\n", path, file_type(st.st_mode));
		return false;
	}
	fd = open(path, O_RDONLY | O_NONBLOCK | O_NOCTTY);
	if (fd < 0 || fstat(fd, &st) || !S_ISREG(st.st_mode)) {
		fprintf(err, "patchcheck: %s: cannot open as a regular file: %s\n", path,
			fd < 0 ? strerror(errno) : "it changed type");
		if (fd >= 0)
			close(fd);
		return false;
	}
	n = pread(fd, f->head, sizeof(f->head), 0);
	if (n < 0) {
		fprintf(err, "patchcheck: %s: read failed: %s\n", path, strerror(errno));
		close(fd);
		return false;
	}
	f->bytes = f->head;
	f->size = (size_t)n;
	if ((size_t)n < sizeof(f->head) || memcmp(f->head, ELFMAG, SELFMAG)) {
		close(fd);
		return true;
	}
	if ((u64)st.st_size > MAX_IMAGE_BYTES) {
		fprintf(err, "patchcheck: %s: %lld bytes is no kernel image (limit %lu)\n", path,
			(long long)st.st_size, MAX_IMAGE_BYTES);
		close(fd);
		return false;
	}
	f->bytes = mmap(NULL, (size_t)st.st_size, PROT_READ | PROT_WRITE, MAP_PRIVATE, fd, 0);
	close(fd);
	if (f->bytes == MAP_FAILED) {
		fprintf(err, "patchcheck: %s: cannot map %lld bytes: %s\n", path,
			(long long)st.st_size, strerror(errno));
		f->bytes = NULL;
		return false;
	}
	f->size = (size_t)st.st_size;
	f->mapped = true;
	return true;
}

void pc_unmap_file(struct pc_file *f)
{
	if (f->mapped)
		munmap(f->bytes, f->size);
	*f = (struct pc_file){ 0 };
}

static bool check_ident(struct pc_image *img)
{
	const u8 *id = img->buf;

	if (!img->size) {
		pc_input_error(img,
			       "the file is empty; give the linked kernel, e.g. build/pvops.elf");
		return false;
	}
	if (img->size >= SELFMAG && img->size < EI_NIDENT && !memcmp(id, ELFMAG, SELFMAG)) {
		pc_input_error(img,
			       "%zu bytes, cut inside the %u-byte ELF identification: "
			       "truncated?",
			       img->size, EI_NIDENT);
		return false;
	}
	if (img->size < EI_NIDENT || memcmp(id, ELFMAG, SELFMAG)) {
		char head[3 * 4 + 1];

		pc_hex(id, img->size < 4 ? img->size : 4, head, sizeof(head));
		pc_input_error(img,
			       "not an ELF file (it starts with '%s'); give the linked kernel, "
			       "e.g. build/pvops.elf",
			       head);
		return false;
	}
	if (id[EI_CLASS] != ELFCLASS64 || id[EI_DATA] != ELFDATA2LSB) {
		pc_input_error(img,
			       "ELF class %u, data encoding %u: a pvops image is 64-bit "
			       "little-endian (ELFCLASS64, ELFDATA2LSB)",
			       id[EI_CLASS], id[EI_DATA]);
		return false;
	}
	return true;
}

static bool load_sections(struct pc_image *img, const GElf_Ehdr *eh)
{
	Elf *elf = img->elf;
	size_t shnum, shstrndx, i;
	u64 table_end = eh->e_shoff + (u64)eh->e_shnum * eh->e_shentsize;

	if (eh->e_shoff > img->size || table_end > img->size) {
		pc_input_error(img,
			       "section header table (file bytes %#llx..%#llx) lies past the "
			       "end of the file (%zu bytes): truncated?",
			       (unsigned long long)eh->e_shoff, (unsigned long long)table_end,
			       img->size);
		return false;
	}
	if (elf_getshdrnum(elf, &shnum) || elf_getshdrstrndx(elf, &shstrndx)) {
		pc_input_error(img, "section header table unreadable: %s", elf_errmsg(-1));
		return false;
	}
	if (!shnum) {
		pc_input_error(img, "no section headers; patchcheck needs the linked image with "
				    "its sections and symbols");
		return false;
	}
	img->sections = calloc(shnum, sizeof(*img->sections));
	if (!img->sections) {
		pc_input_error(img, "out of memory for %zu sections", shnum);
		return false;
	}
	for (i = 0; i < shnum; i++) {
		struct pc_section *s = &img->sections[i];
		Elf_Scn *scn = elf_getscn(elf, i);
		GElf_Shdr sh;

		if (!scn || !gelf_getshdr(scn, &sh)) {
			pc_input_error(img, "section header %zu unreadable: %s", i, elf_errmsg(-1));
			return false;
		}
		s->name = i ? elf_strptr(elf, shstrndx, sh.sh_name) : "";
		if (!s->name) {
			pc_input_error(img, "section %zu has no valid name (%s)", i,
				       elf_errmsg(-1));
			return false;
		}
		s->addr = sh.sh_addr;
		s->size = sh.sh_size;
		s->flags = sh.sh_flags;
		if (sh.sh_type == SHT_NOBITS || !i)
			continue;
		if (sh.sh_offset > img->size || sh.sh_size > img->size - sh.sh_offset) {
			pc_input_error(img,
				       "section %s (file bytes %#llx..%#llx) extends past the "
				       "end of the file (%zu bytes): truncated?",
				       s->name, (unsigned long long)sh.sh_offset,
				       (unsigned long long)(sh.sh_offset + sh.sh_size), img->size);
			return false;
		}
		s->data = img->buf + sh.sh_offset;
	}
	img->nr_sections = shnum;
	return true;
}

static int text_sym_cmp(const void *a, const void *b)
{
	const struct pc_symbol *x = *(const struct pc_symbol *const *)a;
	const struct pc_symbol *y = *(const struct pc_symbol *const *)b;

	if (x->value != y->value)
		return x->value < y->value ? -1 : 1;
	if (x->size != y->size)
		return x->size < y->size ? -1 : 1;
	return strcmp(x->name, y->name);
}

static bool load_symbols(struct pc_image *img)
{
	Elf_Scn *scn = NULL;
	Elf_Data *data;
	GElf_Shdr sh;
	size_t i, n;

	while ((scn = elf_nextscn(img->elf, scn)))
		if (gelf_getshdr(scn, &sh) && sh.sh_type == SHT_SYMTAB)
			break;
	if (!scn) {
		pc_input_error(img, "no symbol table (stripped?); patchcheck needs the unstripped "
				    "image the build links");
		return false;
	}
	data = elf_getdata(scn, NULL);
	if (!data || !data->d_buf) {
		pc_input_error(img, "symbol table unreadable: %s", elf_errmsg(-1));
		return false;
	}
	n = data->d_size / sizeof(Elf64_Sym);
	img->symbols = calloc(n ? n : 1, sizeof(*img->symbols));
	img->text_syms = calloc(n ? n : 1, sizeof(*img->text_syms));
	if (!img->symbols || !img->text_syms) {
		pc_input_error(img, "out of memory for %zu symbols", n);
		return false;
	}
	for (i = 0; i < n; i++) {
		struct pc_symbol *s = &img->symbols[img->nr_symbols];
		GElf_Sym sym;
		const char *name;

		if (!gelf_getsym(data, (int)i, &sym))
			break;
		name = elf_strptr(img->elf, sh.sh_link, sym.st_name);
		if (!name || !*name)
			continue;
		s->name = name;
		s->value = sym.st_value;
		s->size = sym.st_size;
		s->type = GELF_ST_TYPE(sym.st_info);
		s->section = sym.st_shndx && sym.st_shndx < SHN_LORESERVE &&
					     sym.st_shndx < img->nr_sections
				     ? sym.st_shndx
				     : SIZE_MAX;
		img->nr_symbols++;
		if (s->section != SIZE_MAX && s->size && s->type != STT_SECTION &&
		    s->type != STT_FILE &&
		    (img->sections[s->section].flags & (SHF_ALLOC | SHF_EXECINSTR)) ==
			    (SHF_ALLOC | SHF_EXECINSTR))
			img->text_syms[img->nr_text_syms++] = s;
	}
	qsort(img->text_syms, img->nr_text_syms, sizeof(*img->text_syms), text_sym_cmp);
	return true;
}

const struct pc_symbol *pc_find_symbol(const struct pc_image *img, const char *name)
{
	size_t i;

	for (i = 0; i < img->nr_symbols; i++)
		if (!strcmp(img->symbols[i].name, name))
			return &img->symbols[i];
	return NULL;
}

const struct pc_section *pc_section_at(const struct pc_image *img, u64 addr, u64 len)
{
	size_t i;

	for (i = 1; i < img->nr_sections; i++) {
		const struct pc_section *s = &img->sections[i];

		if ((s->flags & SHF_ALLOC) && addr >= s->addr && addr - s->addr < s->size &&
		    len <= s->size - (addr - s->addr))
			return s;
	}
	return NULL;
}

const u8 *pc_bytes_at(const struct pc_image *img, u64 addr, u64 len)
{
	const struct pc_section *s = pc_section_at(img, addr, len);

	return s && s->data ? s->data + (addr - s->addr) : NULL;
}

const char *pc_string_at(const struct pc_image *img, u64 addr)
{
	const struct pc_section *s = pc_section_at(img, addr, 1);
	u64 room;

	if (!s || !s->data)
		return NULL;
	room = s->size - (addr - s->addr);
	if (room > MAX_STRING)
		room = MAX_STRING;
	if (!memchr(s->data + (addr - s->addr), '\0', room))
		return NULL;
	return (const char *)s->data + (addr - s->addr);
}

const char *pc_symbolize(const struct pc_image *img, u64 addr, u64 *offset)
{
	size_t lo = 0, hi = img->nr_text_syms;
	const struct pc_symbol *s;

	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;

		if (img->text_syms[mid]->value <= addr)
			lo = mid + 1;
		else
			hi = mid;
	}
	if (!lo)
		return NULL;
	s = img->text_syms[lo - 1];
	if (addr - s->value >= s->size)
		return NULL;
	*offset = addr - s->value;
	return s->name;
}

void pc_format_location(const struct pc_image *img, u64 addr, char *buf, size_t size)
{
	u64 off;
	const char *sym = pc_symbolize(img, addr, &off);

	if (sym)
		snprintf(buf, size, "%s+%#llx", sym, (unsigned long long)off);
	else
		snprintf(buf, size, "no symbol");
}

bool pc_path_under(const char *file, const char *prefix)
{
	return file && !strncmp(file, prefix, strlen(prefix));
}

const char *pc_owner_of(const struct pc_image *img, u64 addr)
{
	size_t lo = 0, hi = img->nr_owners;

	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;

		if (img->owners[mid].start <= addr)
			lo = mid + 1;
		else
			hi = mid;
	}
	if (lo && addr < img->owners[lo - 1].end)
		return img->owners[lo - 1].file;
	return NULL;
}

static int owner_cmp(const void *a, const void *b)
{
	const struct pc_owner *x = a, *y = b;

	return x->start < y->start ? -1 : x->start > y->start;
}

static bool add_owner(struct pc_image *img, size_t *cap, u64 start, u64 end, const char *file)
{
	if (img->nr_owners == *cap) {
		size_t ncap = *cap ? 2 * *cap : 64;
		struct pc_owner *n = reallocarray(img->owners, ncap, sizeof(*n));

		if (!n)
			return false;
		img->owners = n;
		*cap = ncap;
	}
	img->owners[img->nr_owners++] = (struct pc_owner){start, end, file};
	return true;
}

/*
 * Source file of a compile unit, relative to its compilation directory when
 * it lies below it, so that paths compare the same for in-tree and O= builds.
 */
static char *unit_file(Dwarf_Die *cu)
{
	Dwarf_Attribute attr;
	const char *name = dwarf_diename(cu);
	const char *dir = dwarf_formstring(dwarf_attr(cu, DW_AT_comp_dir, &attr));
	size_t dlen = dir ? strlen(dir) : 0;

	if (!name)
		return NULL;
	if (dlen && name[0] == '/' && !strncmp(name, dir, dlen) && name[dlen] == '/')
		name += dlen + 1;
	return strdup(name);
}

/* Which compile unit each range of code came from; no DWARF leaves it empty. */
static bool load_owners(struct pc_image *img)
{
	Dwarf *dw = dwarf_begin_elf(img->elf, DWARF_C_READ, NULL);
	Dwarf_Off off = 0, next;
	size_t hsize, cap = 0, fcap = 0;

	img->dwarf = dw;
	if (!dw)
		return true;
	while (dwarf_nextcu(dw, off, &next, &hsize, NULL, NULL, NULL) == 0) {
		Dwarf_Die die;
		Dwarf_Addr base, start, end;
		ptrdiff_t r = 0;
		char *file = dwarf_offdie(dw, off + hsize, &die) ? unit_file(&die) : NULL;

		if (!file) {
			off = next;
			continue;
		}
		if (img->nr_owner_files == fcap) {
			size_t ncap = fcap ? 2 * fcap : 64;
			char **n = reallocarray(img->owner_files, ncap, sizeof(*n));

			if (!n) {
				free(file);
				goto oom;
			}
			img->owner_files = n;
			fcap = ncap;
		}
		img->owner_files[img->nr_owner_files++] = file;
		while ((r = dwarf_ranges(&die, r, &base, &start, &end)) > 0) {
			if (img->nr_owners >= MAX_OWNER_RANGES) {
				pc_input_error(img, "more than %lu code ranges in the debug info",
					       MAX_OWNER_RANGES);
				return false;
			}
			if (start < end && !add_owner(img, &cap, start, end, file))
				goto oom;
		}
		off = next;
	}
	if (img->owners)
		qsort(img->owners, img->nr_owners, sizeof(*img->owners), owner_cmp);
	return true;
oom:
	pc_input_error(img, "out of memory reading the debug info");
	return false;
}

/*
 * The call-site table: header, then whole records. A table the kernel
 * itself would refuse (apply.c panics on a bad header or too many sites) is
 * unusable input here too, with the same facts in the message.
 */
static bool load_sites(struct pc_image *img)
{
	const struct pc_section *sec = img->sites_sec;
	const size_t hdr = sizeof(struct pvops_sites_header);
	u64 body, i;

	if (!sec->data || sec->size < hdr) {
		pc_input_error(img,
			       "section .pvops.sites holds %llu bytes of data, too few for "
			       "its %zu-byte header",
			       sec->data ? (unsigned long long)sec->size : 0, hdr);
		return false;
	}
	memcpy(&img->header, sec->data, hdr);
	if (img->header.magic != PVOP_SITES_MAGIC) {
		pc_input_error(img,
			       ".pvops.sites starts with magic %#x, not %#x (\"PVST\"): "
			       "the header is not first in the section (see kernel/pvops.lds)",
			       img->header.magic, PVOP_SITES_MAGIC);
		return false;
	}
	if (img->header.version != PVOP_SITES_VERSION ||
	    img->header.record_size != PVOP_SITE_RECORD_SIZE) {
		pc_input_error(img,
			       ".pvops.sites is format version %u with %u-byte records; this "
			       "patchcheck reads version %u with %u-byte records "
			       "(include/pvops/site.h)",
			       img->header.version, img->header.record_size, PVOP_SITES_VERSION,
			       PVOP_SITE_RECORD_SIZE);
		return false;
	}
	body = sec->size - hdr;
	if (body % PVOP_SITE_RECORD_SIZE) {
		pc_input_error(img,
			       ".pvops.sites has %llu bytes of records, not a whole number "
			       "of %u-byte records",
			       (unsigned long long)body, PVOP_SITE_RECORD_SIZE);
		return false;
	}
	img->nr_sites = body / PVOP_SITE_RECORD_SIZE;
	img->sites = calloc(img->nr_sites ? img->nr_sites : 1, sizeof(*img->sites));
	if (!img->sites) {
		pc_input_error(img, "out of memory for %zu call sites", img->nr_sites);
		return false;
	}
	for (i = 0; i < img->nr_sites; i++) {
		struct pc_site *s = &img->sites[i];

		memcpy(&s->rec, sec->data + hdr + i * PVOP_SITE_RECORD_SIZE, sizeof(s->rec));
		s->rec_addr = sec->addr + hdr + i * PVOP_SITE_RECORD_SIZE;
		s->addr = s->rec_addr + (u64)(s64)s->rec.rel_addr;
	}
	return true;
}

static bool find_pvops(struct pc_image *img)
{
	size_t i;

	img->pv_ops = pc_find_symbol(img, "pv_ops");
	for (i = 1; i < img->nr_sections; i++)
		if (!strcmp(img->sections[i].name, ".pvops.sites"))
			img->sites_sec = &img->sections[i];
	img->has_pvops = img->pv_ops || img->sites_sec;
	if (!img->has_pvops)
		return true;
	if (!img->sites_sec) {
		pc_input_error(img, "defines pv_ops but has no .pvops.sites section: the call-site "
				    "table was dropped at link time (see kernel/pvops.lds)");
		return false;
	}
	if (!img->pv_ops) {
		pc_input_error(img, "has a .pvops.sites section but no pv_ops symbol");
		return false;
	}
	if (img->pv_ops->size != sizeof(struct pv_ops)) {
		pc_input_error(img,
			       "pv_ops is %llu bytes, but this patchcheck was built for a "
			       "struct pv_ops of %zu bytes (%zu slots): build patchcheck from "
			       "the same tree as the image",
			       (unsigned long long)img->pv_ops->size, sizeof(struct pv_ops),
			       (size_t)PVOP_NR_SLOTS);
		return false;
	}
	return load_sites(img);
}

bool pc_image_open(struct pc_image *img, const char *name, u8 *bytes, size_t size, FILE *out,
		   FILE *err)
{
	GElf_Ehdr eh;

	*img = (struct pc_image){ .name = name, .out = out, .err = err, .buf = bytes, .size = size };
	if (!check_ident(img))
		return false;
	elf_version(EV_CURRENT);
	img->elf = elf_memory((char *)img->buf, size);
	if (!img->elf || elf_kind(img->elf) != ELF_K_ELF || !gelf_getehdr(img->elf, &eh)) {
		pc_input_error(img, "ELF header unreadable: %s", elf_errmsg(-1));
		return false;
	}
	if (eh.e_machine != EM_X86_64) {
		pc_input_error(img, "ELF machine %u, not x86-64 (%u)", eh.e_machine, EM_X86_64);
		return false;
	}
	if (eh.e_type != ET_EXEC) {
		pc_input_error(img,
			       "ELF type %u is not a linked executable (%u); give the linked "
			       "kernel, e.g. build/pvops.elf",
			       eh.e_type, ET_EXEC);
		return false;
	}
	if (cs_open(CS_ARCH_X86, CS_MODE_64, &img->cs) != CS_ERR_OK) {
		pc_input_error(img, "capstone cannot open an x86-64 disassembler");
		return false;
	}
	cs_option(img->cs, CS_OPT_DETAIL, CS_OPT_ON);
	cs_option(img->cs, CS_OPT_SYNTAX, CS_OPT_SYNTAX_ATT);
	return load_sections(img, &eh) && load_symbols(img) && find_pvops(img) && load_owners(img) &&
	       pc_load_declarations(img);
}

void pc_image_close(struct pc_image *img)
{
	size_t i;

	if (img->cs)
		cs_close(&img->cs);
	if (img->dwarf)
		dwarf_end(img->dwarf);
	if (img->elf)
		elf_end(img->elf);
	for (i = 0; i < img->nr_owner_files; i++)
		free(img->owner_files[i]);
	free(img->owner_files);
	for (i = 0; i < img->nr_decls; i++)
		free(img->decls[i].folder);
	free(img->decls);
	free(img->owners);
	free(img->sites);
	free(img->text_syms);
	free(img->symbols);
	free(img->sections);
	*img = (struct pc_image){0};
}

void pc_hex(const u8 *bytes, size_t len, char *buf, size_t size)
{
	size_t i, n = 0;

	buf[0] = '\0';
	for (i = 0; i < len && n + 3 < size; i++)
		n += (size_t)snprintf(buf + n, size - n, "%s%02x", i ? " " : "", bytes[i]);
}

size_t pc_disasm(const struct pc_image *img, const u8 *code, size_t len, u64 addr, cs_insn **insns)
{
	return cs_disasm(img->cs, code, len, addr, 0, insns);
}

/*
 * The address an instruction's memory operand names, when it is fixed at
 * link time: %rip-relative or absolute, with no index register.
 */
bool pc_mem_target(const cs_insn *insn, u64 *target)
{
	const cs_x86 *x = &insn->detail->x86;
	int i;

	for (i = 0; i < x->op_count; i++) {
		const cs_x86_op *op = &x->operands[i];

		if (op->type != X86_OP_MEM || op->mem.index != X86_REG_INVALID)
			continue;
		if (op->mem.base == X86_REG_RIP) {
			*target = insn->address + insn->size + (u64)op->mem.disp;
			return true;
		}
		if (op->mem.base == X86_REG_INVALID && op->mem.segment == X86_REG_INVALID) {
			*target = (u64)op->mem.disp;
			return true;
		}
	}
	return false;
}

static void print_annotation(const struct pc_image *img, const cs_insn *insn)
{
	const cs_x86 *x = &insn->detail->x86;
	u64 target, off;
	const char *sym = NULL;

	if (img->pv_ops && pc_mem_target(insn, &target) && target >= img->pv_ops->value &&
	    target - img->pv_ops->value < img->pv_ops->size) {
		const struct pvop_slot_info *info =
			pvops_slot_info((unsigned int)((target - img->pv_ops->value) / 8));

		fprintf(img->out, "  # pv_ops+%#llx %s",
			(unsigned long long)(target - img->pv_ops->value), info ? info->name : "?");
		return;
	}
	if ((insn->id == X86_INS_CALL || insn->id == X86_INS_JMP) && x->op_count == 1 &&
	    x->operands[0].type == X86_OP_IMM)
		sym = pc_symbolize(img, (u64)x->operands[0].imm, &off);
	if (sym) {
		if (off)
			fprintf(img->out, "  # %s+%#llx", sym, (unsigned long long)off);
		else
			fprintf(img->out, "  # %s", sym);
	}
}

/* One line per instruction; a run of int3 fill is one line. */
void pc_print_disasm(const struct pc_image *img, const u8 *code, size_t len, u64 addr,
		     const char *indent)
{
	size_t done = 0;

	while (done < len) {
		cs_insn *insn;
		size_t n = pc_disasm(img, code + done, len - done, addr + done, &insn), i;

		for (i = 0; i < n; i++) {
			char hex[3 * 16 + 1];
			size_t run = 1;

			while (insn[i].id == X86_INS_INT3 && i + run < n &&
			       insn[i + run].id == X86_INS_INT3)
				run++;
			pc_hex(insn[i].bytes, insn[i].size, hex, sizeof(hex));
			if (run > 1) {
				fprintf(img->out, "%s%llx: %-24s int3 x %zu\n", indent,
					(unsigned long long)insn[i].address, "cc ...", run);
				done += run; /* int3 is one byte */
				i += run - 1;
				continue;
			}
			fprintf(img->out, "%s%llx: %-24s %s%s%s", indent,
				(unsigned long long)insn[i].address, hex, insn[i].mnemonic,
				insn[i].op_str[0] ? " " : "", insn[i].op_str);
			print_annotation(img, &insn[i]);
			fputc('\n', img->out);
			done += insn[i].size;
		}
		if (n)
			cs_free(insn, n);
		if (done < len) {
			fprintf(img->out, "%s%llx: %-24.2x (bad)\n", indent,
				(unsigned long long)(addr + done), code[done]);
			done++;
		}
	}
}
