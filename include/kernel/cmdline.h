/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Kernel command-line parameters.
 *
 * A parameter is declared next to the code that uses it, with one of the
 * KERNEL_PARAM_* macros, which place a struct kernel_param in the kparams
 * linker section. Boot parses the command line once, before a backend is
 * chosen (pvops.backend= needs that), so a parameter only records its value;
 * the code that owns it acts on it later. The command line comes from
 * hvm_start_info (PVH) or start_info (Xen PV); words are `name` or
 * `name=value`, and double quotes let a value contain spaces.
 *
 * Every word is accounted for: an unknown name, a flag given a value, a
 * number that does not parse, a string that does not fit or a parameter
 * given a second time is reported with the offending word and counted, and
 * the boot continues with the default (or, for a repeat, the first value).
 * A parameter whose owner must know it was asked for even when the word was
 * refused (ktest=, whose empty selection would otherwise look like "no
 * tests") gives a `rejected` flag.
 */
#ifndef KERNEL_CMDLINE_H
#define KERNEL_CMDLINE_H

#include <kernel/types.h>

#define COMMAND_LINE_SIZE 1024

enum kernel_param_kind {
	KPARAM_FLAG,   /* `name` alone sets a bool */
	KPARAM_STRING, /* `name=text` copies into a buffer */
	KPARAM_ULONG,  /* `name=number` (decimal or 0x hex) */
};

struct kernel_param {
	const char *name;
	enum kernel_param_kind kind;
	void *value;
	size_t size;	/* of the buffer, for KPARAM_STRING */
	bool *seen;	/* optional: set when the word was on the command line */
	bool *rejected; /* optional: set when a word naming it was refused */
};

#define __KERNEL_PARAM(ident, _name, _kind, _value, _size, _seen, _rejected)           \
	static const struct kernel_param __kparam_##ident __used __section(".kparams") \
		__aligned(8) = {                                                       \
			.name = _name,                                                 \
			.kind = _kind,                                                 \
			.value = _value,                                               \
			.size = _size,                                                 \
			.seen = _seen,                                                 \
			.rejected = _rejected,                                         \
	}

#define KERNEL_PARAM_FLAG(ident, name, boolp) \
	__KERNEL_PARAM(ident, name, KPARAM_FLAG, boolp, 0, NULL, NULL)
#define KERNEL_PARAM_STRING(ident, name, buf) \
	__KERNEL_PARAM(ident, name, KPARAM_STRING, buf, sizeof(buf), NULL, NULL)
#define KERNEL_PARAM_STRING_CHECKED(ident, name, buf, rejectedp) \
	__KERNEL_PARAM(ident, name, KPARAM_STRING, buf, sizeof(buf), NULL, rejectedp)
#define KERNEL_PARAM_ULONG(ident, name, ulongp, seenp) \
	__KERNEL_PARAM(ident, name, KPARAM_ULONG, ulongp, 0, seenp, NULL)

/* Parses cmdline against params[0..n); returns the number of rejected words. */
int parse_cmdline(const char *cmdline, const struct kernel_param *params, size_t n);
bool parse_ulong(const char *s, unsigned long *out);
/*
 * line was cut at a fixed size by whoever passed it on, cut_before_blank
 * saying the first byte lost was a blank (false when that is unknown).
 * Returns the offset of the word the cut split, by the parser's rules
 * (quotes included), or the line's length if it split none: the caller
 * drops that word rather than apply half a value.
 */
size_t cmdline_split_word(const char *line, bool cut_before_blank);

/* The parameters the image was linked with, and the boot command line. */
extern const struct kernel_param __kparams_start[], __kparams_end[];
extern char boot_command_line[COMMAND_LINE_SIZE];
extern int boot_cmdline_errors;

#endif
