// SPDX-License-Identifier: GPL-2.0
/*
 * patchcheck required: is the REQ/OPT contract of include/pvops/slots.h
 * what the generic kernel of this image actually calls?
 *
 * "Required" means every backend must fill the slot, and core panics at
 * boot when the chosen one leaves it empty; that is only right if the
 * generic kernel calls it, and only complete if every slot it calls is
 * marked. Which slots the kernel calls is no opinion: every call goes
 * through a site record, and DWARF says which compile unit each site's
 * code belongs to, the same way verify attributes privileged instructions
 * (an inline wrapper from include/pvops/ops.h belongs to the .c file it was
 * inlined into). The generic kernel is kernel/: suites (tests/) and
 * benchmarks (bench/) call every slot on purpose and would make the word
 * meaningless, and core owns the table. The build runs this on every image
 * it links, so a slot gained or lost by kernel/ fails that build with the
 * slot's name and the line of slots.h to change.
 */
#include <string.h>

#include <pvops/pv_ops.h>

#include "patchcheck.h"

#define GENERIC_KERNEL "kernel/"

int pc_required(struct pc_image *img, bool quiet)
{
	const struct pc_site *caller[PVOP_NR_SLOTS] = { NULL };
	unsigned int slot, findings = 0, required = 0;
	size_t i;

	if (!img->has_pvops) {
		fprintf(img->out, "%s: a CONFIG_PVOPS=n image: no slots, nothing to check\n",
			img->name);
		return PC_EXIT_OK;
	}
	if (!img->dwarf || !img->nr_owners) {
		fprintf(img->out,
			"%s: no DWARF compile units: cannot tell which sites are in %s (the "
			"build uses -g; was the image stripped?)\n",
			img->name, GENERIC_KERNEL);
		return PC_EXIT_FINDINGS;
	}
	for (i = 0; i < img->nr_sites; i++) {
		const struct pc_site *s = &img->sites[i];

		if (s->rec.slot < PVOP_NR_SLOTS && !caller[s->rec.slot] &&
		    pc_path_under(pc_owner_of(img, s->addr), GENERIC_KERNEL))
			caller[s->rec.slot] = s;
	}
	for (slot = 0; slot < PVOP_NR_SLOTS; slot++) {
		const struct pvop_slot_info *info = pvops_slot_info(slot);
		char where[160];

		if (!info)
			continue;
		required += info->required;
		if (info->required && !caller[slot]) {
			fprintf(img->out,
				"%s: slot %s is REQ in include/pvops/slots.h, but nothing in %s "
				"calls it: mark it OPT\n",
				img->name, info->name, GENERIC_KERNEL);
			findings++;
		} else if (!info->required && caller[slot]) {
			pc_format_location(img, caller[slot]->addr, where, sizeof(where));
			fprintf(img->out,
				"%s: slot %s is OPT in include/pvops/slots.h, but %s calls it "
				"(%s, %s): mark it REQ, and fill it in every backend\n",
				img->name, info->name, GENERIC_KERNEL, where,
				pc_owner_of(img, caller[slot]->addr));
			findings++;
		}
	}
	if (findings) {
		fprintf(img->out, "%s: %u slot%s with the wrong contract\n", img->name, findings,
			findings == 1 ? "" : "s");
		return PC_EXIT_FINDINGS;
	}
	if (!quiet)
		fprintf(img->out, "%s: OK: the %u REQ slots are exactly those %s calls\n",
			img->name, required, GENERIC_KERNEL);
	return PC_EXIT_OK;
}
