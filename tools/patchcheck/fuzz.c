// SPDX-License-Identifier: GPL-2.0
/*
 * libFuzzer entry point: every pass of patchcheck over arbitrary bytes.
 *
 * The input is handed to the same pc_image_open() the command uses, from
 * memory, and then to verify and to show for no backend and for every
 * backend the input itself registers (read from its .pvops_backends, as
 * show reads them), so the fuzzer reaches the ELF and DWARF readers,
 * the site-table parser, the sweep and the host-side patcher alike. Output
 * goes to /dev/null: what is under test is that nothing crashes, leaks or
 * reads out of bounds (the build adds ASan and UBSan), not what is printed.
 * `make test` runs it for a bounded time from seeds it makes from the
 * current build (the fixtures and the image), and fails unless the run
 * reached verify.c and the patch decision; any crash fails the run and
 * leaves the input in $(O)/fuzz/ to replay with
 * `$(O)/tools/patchcheck-fuzz FILE`.
 */
#include <stdlib.h>
#include <string.h>

#include "patchcheck.h"

/* Enough for every real image; a hostile one with more is shown for its first. */
#define FUZZ_MAX_BACKENDS 16

int LLVMFuzzerTestOneInput(const u8 *data, size_t size);

int LLVMFuzzerTestOneInput(const u8 *data, size_t size)
{
	static FILE *null;
	const char *backends[FUZZ_MAX_BACKENDS];
	struct pc_image img;
	u8 *copy = malloc(size ? size : 1);
	size_t i, n;

	if (!null)
		null = fopen("/dev/null", "w");
	if (!null || !copy)
		abort();
	/* The input is const; the image is handed to libelf as private, writable memory. */
	memcpy(copy, data, size);
	if (pc_image_open(&img, "fuzz", copy, size, null, null)) {
		pc_verify(&img, false);
		pc_required(&img, false);
		pc_show(&img, NULL, false);
		n = pc_backend_names(&img, backends, ARRAY_SIZE(backends));
		for (i = 0; i < n; i++) {
			pc_show(&img, backends[i], false);
			pc_show(&img, backends[i], true);
		}
	}
	pc_image_close(&img);
	free(copy);
	return 0;
}
