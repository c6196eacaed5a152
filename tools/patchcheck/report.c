// SPDX-License-Identifier: GPL-2.0
/*
 * How patchcheck names a bad input: one line on the image's error stream,
 * "patchcheck: FILE: what is wrong". Every reader of the image (the ELF and
 * DWARF reader, the declarations of privileged folders, the backend
 * tables) reports through it, so it sits below all of them.
 */
#include <stdarg.h>

#include "patchcheck.h"

void pc_input_error(const struct pc_image *img, const char *fmt, ...)
{
	va_list ap;

	fprintf(img->err, "patchcheck: %s: ", img->name);
	va_start(ap, fmt);
	vfprintf(img->err, fmt, ap);
	va_end(ap);
	fputc('\n', img->err);
}
