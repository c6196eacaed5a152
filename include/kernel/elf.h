/* SPDX-License-Identifier: GPL-2.0 */
/*
 * ELF64 as the program loader reads it, and what it makes of a file.
 *
 * Only what a static x86-64 executable needs: the file header and program
 * headers (the System V gABI and its AMD64 supplement), with the field
 * names of the specification. elf_check() is pure: it reads bytes and
 * answers with a sentence naming the first field that is wrong, or NULL
 * and a description of the segments to load, so the host unit tests can
 * feed it malformed files and the kernel never acts on a header it has
 * not fully validated (kernel/process.c maps only what this returned).
 */
#ifndef KERNEL_ELF_H
#define KERNEL_ELF_H

#include <kernel/types.h>

#define EI_NIDENT 16
#define ELFMAG0 0x7f
#define ELFCLASS64 2
#define ELFDATA2LSB 1
#define EV_CURRENT 1
#define ELFOSABI_SYSV 0
#define ET_EXEC 2
#define EM_X86_64 62
#define PT_NULL 0
#define PT_LOAD 1
#define PT_DYNAMIC 2
#define PT_INTERP 3
#define PF_X 0x1
#define PF_W 0x2
#define PF_R 0x4

enum { EI_MAG0, EI_MAG1, EI_MAG2, EI_MAG3, EI_CLASS, EI_DATA, EI_VERSION, EI_OSABI };

struct elf64_ehdr {
	u8 e_ident[EI_NIDENT];
	u16 e_type;
	u16 e_machine;
	u32 e_version;
	u64 e_entry;
	u64 e_phoff;
	u64 e_shoff;
	u32 e_flags;
	u16 e_ehsize;
	u16 e_phentsize;
	u16 e_phnum;
	u16 e_shentsize;
	u16 e_shnum;
	u16 e_shstrndx;
};

struct elf64_phdr {
	u32 p_type;
	u32 p_flags;
	u64 p_offset;
	u64 p_vaddr;
	u64 p_paddr;
	u64 p_filesz;
	u64 p_memsz;
	u64 p_align;
};

#define ELF_MAX_SEGMENTS 8

struct elf_segment {
	u64 vaddr, memsz;	 /* where, how much (page-aligned start not required) */
	u64 offset, filesz;	 /* what to copy from the file */
	unsigned int flags;	 /* PF_R | PF_W | PF_X */
};

struct elf_image {
	u64 entry;
	unsigned int nr_segments;
	struct elf_segment segments[ELF_MAX_SEGMENTS];
};

/*
 * NULL if the len bytes at file are a static x86-64 executable whose every
 * loadable byte lies in [lo, hi), with *img describing it; else why not.
 */
const char *elf_check(const void *file, size_t len, u64 lo, u64 hi, struct elf_image *img);

#endif
