// SPDX-License-Identifier: GPL-2.0
/*
 * Backend selection.
 *
 * The detected backend is the highest-priority one whose detect() accepts
 * the machine as entered. pvops.backend=NAME may override that choice, but
 * only towards a backend that can actually run: forcing one that would
 * fault on the first privileged operation helps nobody. So a name that no
 * built-in backend has, or a backend that refuses, is reported and the
 * detected backend is kept. This file only decides; boot_kernel() prints the
 * outcome, so the host unit tests can drive the decision with fake backends.
 */
#include <kernel/select.h>
#include <kernel/string.h>
#include <pvops/backend.h>

bool select_backend(const struct pvops_backend *backends, size_t n,
			  const struct boot_info *bi, const char *requested,
			  struct pvops_selection *sel)
{
	const struct pvops_backend *named = NULL;
	size_t i;

	*sel = (struct pvops_selection){ .requested = requested, .outcome = PVOPS_SELECT_DETECTED };
	for (i = 0; i < n; i++) {
		const struct pvops_backend *b = &backends[i];

		if (requested && !strcmp(b->name, requested))
			named = b;
		if (b->detect(bi))
			continue;
		if (!sel->detected || b->priority > sel->detected->priority)
			sel->detected = b;
	}
	sel->chosen = sel->detected;

	if (requested) {
		sel->refusal = named ? named->detect(bi) : NULL;
		if (!named) {
			sel->outcome = PVOPS_SELECT_UNKNOWN;
		} else if (sel->refusal) {
			sel->outcome = PVOPS_SELECT_NOT_DETECTED;
		} else {
			sel->outcome = PVOPS_SELECT_FORCED;
			sel->chosen = named;
		}
	}
	return sel->chosen != NULL;
}
