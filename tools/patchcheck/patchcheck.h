/* SPDX-License-Identifier: GPL-2.0 */
/*
 * patchcheck's internal interface: one parsed image and the passes over it.
 *
 * The image is mapped into memory and parsed once (image.c): sections,
 * symbols, the call-site table and, when the image has DWARF, which source
 * file owns each range of code. Every later pass (verify.c, show.c) reads
 * only this structure and never the raw file again, so bounds are checked
 * in one place, and the fuzzer (fuzz.c) can run every pass on bytes that
 * never touched a disk. A bad input is never an abort: functions that can
 * fail print one message naming the image and return false, and the caller
 * turns that into exit status 2 (unusable input), keeping 1 for "the image
 * was read and is wrong". The call-site record, the slot names and the
 * patch decision are the kernel's own headers and files, compiled for the
 * host, so the tool cannot drift from the kernel it checks.
 */
#ifndef PATCHCHECK_H
#define PATCHCHECK_H

#include <stdio.h>

#include <capstone/capstone.h>
#include <elf.h>

#include <kernel/types.h>
#include <pvops/patch.h>
#include <pvops/site.h>

/* Exit statuses, shared by the command and its tests. */
enum {
	PC_EXIT_OK = 0,
	PC_EXIT_FINDINGS = 1, /* the image was read and fails verification */
	PC_EXIT_INPUT = 2,    /* usage error, or the input cannot be read as an image */
};

struct pc_section {
	const char *name;
	u64 addr;
	u64 size;
	u64 flags;	/* SHF_* */
	const u8 *data; /* file bytes, NULL for SHT_NOBITS */
};

struct pc_symbol {
	const char *name;
	u64 value;
	u64 size;
	unsigned int type; /* STT_* */
	size_t section;	   /* index into pc_image.sections, or SIZE_MAX */
};

/* One call-site record, with the address it resolves to. */
struct pc_site {
	struct pvop_site rec;
	u64 addr;
	u64 rec_addr; /* where the record itself lives */
};

/*
 * One PVOPS_ALLOW_PRIVILEGED record: the classes, the file it names (in the
 * section's bytes) and that file's folder, NULL when the name has none.
 */
#define PC_DECL_ALIGN  4
#define PC_DECL_HEADER 8 /* classes, name_len */
struct pc_declaration {
	u32 classes;
	const char *file;
	char *folder;
	bool valid; /* set by verify: names a compile unit outside generic code */
};

/* A range of code and the source file DWARF says it came from. */
struct pc_owner {
	u64 start, end;
	const char *file; /* relative to the compilation directory when possible */
};

struct pc_image {
	const char *name; /* as given on the command line, for messages */
	FILE *out;	  /* findings and reports */
	FILE *err;	  /* why an input is unusable */
	u8 *buf;	  /* the caller's, private to this image: libelf may write to it */
	size_t size;
	void *elf;   /* Elf * */
	void *dwarf; /* Dwarf *, NULL without debug info */

	struct pc_section *sections;
	size_t nr_sections;
	struct pc_symbol *symbols;
	size_t nr_symbols;
	/* Text symbols with a size, sorted as scripts/kallsyms sorts them. */
	const struct pc_symbol **text_syms;
	size_t nr_text_syms;

	bool has_pvops; /* pv_ops or .pvops.sites present: a CONFIG_PVOPS=y image */
	const struct pc_symbol *pv_ops;
	const struct pc_section *sites_sec;
	struct pvops_sites_header header;
	struct pc_site *sites;
	size_t nr_sites;

	/* PVOPS_ALLOW_PRIVILEGED records, in section order; verify.c judges them. */
	struct pc_declaration *decls;
	size_t nr_decls;

	struct pc_owner *owners; /* sorted by start */
	size_t nr_owners;
	char **owner_files; /* storage for pc_owner.file, one per compile unit */
	size_t nr_owner_files;

	csh cs;
};

/* image.c */
/* An image file, mapped (or, if it is no ELF file, its first bytes). */
struct pc_file {
	u8 *bytes;
	size_t size;
	bool mapped;
	u8 head[EI_NIDENT];
};

bool pc_image_open(struct pc_image *img, const char *name, u8 *bytes, size_t size, FILE *out,
		   FILE *err);
void pc_image_close(struct pc_image *img);
bool pc_map_file(const char *path, struct pc_file *f, FILE *err);
void pc_unmap_file(struct pc_file *f);
const struct pc_symbol *pc_find_symbol(const struct pc_image *img, const char *name);
const struct pc_section *pc_section_at(const struct pc_image *img, u64 addr, u64 len);
const u8 *pc_bytes_at(const struct pc_image *img, u64 addr, u64 len);
const char *pc_string_at(const struct pc_image *img, u64 addr);
const char *pc_symbolize(const struct pc_image *img, u64 addr, u64 *offset);
void pc_format_location(const struct pc_image *img, u64 addr, char *buf, size_t size);
const char *pc_owner_of(const struct pc_image *img, u64 addr);
bool pc_path_under(const char *file, const char *prefix);
void __printf(2, 3) pc_input_error(const struct pc_image *img, const char *fmt, ...);

/* Disassembly (image.c owns the capstone handle). */
size_t pc_disasm(const struct pc_image *img, const u8 *code, size_t len, u64 addr, cs_insn **insns);
bool pc_mem_target(const cs_insn *insn, u64 *target);
void pc_print_disasm(const struct pc_image *img, const u8 *code, size_t len, u64 addr,
		     const char *indent);
void pc_hex(const u8 *bytes, size_t len, char *buf, size_t size);

/* privileged.c: why an instruction must go through pv_ops, and which folders declared it. */
struct pc_privilege {
	const char *why;
	unsigned int class; /* PVOPS_PRIV_* a folder must declare to hold it */
	const char *class_name;
};
const struct pc_privilege *pc_privilege_of(const struct pc_image *img, const cs_insn *insn);
bool pc_load_declarations(struct pc_image *img);
size_t pc_emulate_prefix_len(const u8 *code, size_t len);

/* Reads the records between two symbols into a malloc'ed array (show.c). */
void *pc_read_array(const struct pc_image *img, const char *what, const char *start_sym,
		    const char *end_sym, size_t sz, size_t *count);

/* verify.c, show.c, required.c: the commands; each returns a PC_EXIT_* status. */
int pc_verify(struct pc_image *img, bool quiet);
int pc_show(struct pc_image *img, const char *backend, bool report);
/* The names of up to max backends the image registers; the strings live in the image. */
size_t pc_backend_names(const struct pc_image *img, const char **names, size_t max);
/* required.c: REQ in include/pvops/slots.h against the slots kernel/ calls. */
int pc_required(struct pc_image *img, bool quiet);

#endif
