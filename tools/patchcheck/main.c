// SPDX-License-Identifier: GPL-2.0
/*
 * patchcheck's command line.
 *
 *   patchcheck verify [-q] IMAGE
 *   patchcheck show IMAGE [--backend NAME [--report]]
 *   patchcheck required [-q] IMAGE
 *
 * Findings go to stdout, one per line, so a test can compare them with an
 * expected file; reasons an input cannot be used go to stderr. The exit
 * status separates the two: 0 clean, 1 the image was read and fails
 * verification, 2 bad usage or an unusable input. The build runs
 * `verify -q` on every image it links, which prints nothing unless there
 * is something to fix.
 */
#include <stdlib.h>
#include <string.h>

#include "patchcheck.h"

static int usage(const char *why)
{
	if (why)
		fprintf(stderr, "patchcheck: %s\n", why);
	fprintf(stderr,
		"usage: patchcheck verify [-q] IMAGE\n"
		"       patchcheck show IMAGE [--backend NAME [--report]]\n"
		"       patchcheck required [-q] IMAGE\n"
		"verify checks the call-site table and the code of a linked pvops image;\n"
		"show lists its call sites and, with --backend, what that backend's boot\n"
		"patches each into (--report: the lines pvops.report prints);\n"
		"required checks that the REQ slots are exactly those kernel/ calls.\n"
		"Exit status: 0 clean, 1 verification failed, 2 usage or unusable input.\n");
	return PC_EXIT_INPUT;
}

int main(int argc, char **argv)
{
	const char *cmd, *path = NULL, *backend = NULL;
	bool quiet = false, report = false;
	struct pc_image img;
	struct pc_file file;
	int i, rc;

	if (argc < 2)
		return usage(NULL);
	cmd = argv[1];
	if (strcmp(cmd, "verify") && strcmp(cmd, "show") && strcmp(cmd, "required"))
		return usage(!strcmp(cmd, "-h") || !strcmp(cmd, "--help") ? NULL
									  : "unknown command");
	for (i = 2; i < argc; i++) {
		if (strcmp(cmd, "show") && !strcmp(argv[i], "-q"))
			quiet = true;
		else if (!strcmp(cmd, "show") && !strcmp(argv[i], "--backend") && i + 1 < argc)
			backend = argv[++i];
		else if (!strcmp(cmd, "show") && !strcmp(argv[i], "--report"))
			report = true;
		else if (argv[i][0] != '-' && !path)
			path = argv[i];
		else
			return usage("unexpected argument");
	}
	if (!path)
		return usage("no IMAGE given");
	if (report && !backend)
		return usage("--report needs --backend NAME: a report is what one backend's boot "
			     "prints");
	if (!pc_map_file(path, &file, stderr))
		return PC_EXIT_INPUT;
	if (!pc_image_open(&img, path, file.bytes, file.size, stdout, stderr))
		rc = PC_EXIT_INPUT;
	else if (!strcmp(cmd, "verify"))
		rc = pc_verify(&img, quiet);
	else if (!strcmp(cmd, "required"))
		rc = pc_required(&img, quiet);
	else
		rc = pc_show(&img, backend, report);
	pc_image_close(&img);
	pc_unmap_file(&file);
	return rc;
}
