// SPDX-License-Identifier: GPL-2.0
/*
 * Bad example for scripts/coccinelle/p2m.cocci: translating frame numbers
 * by hand instead of through pfn_to_mfn() and mfn_to_pfn(). Never compiled;
 * `make test` checks that the rule reports each marked line.
 */
struct start_info {
	unsigned long mfn_list;
};

extern struct start_info *xen_start_info;
extern unsigned long *machine_to_phys_mapping;
extern unsigned long *xen_p2m_list;

unsigned long pte_machine_frame(unsigned long pfn);
unsigned long pte_machine_frame(unsigned long pfn)
{
	unsigned long *p2m = (unsigned long *)xen_start_info->mfn_list; /* reported */

	return p2m[pfn]; /* reported */
}

unsigned long frame_of_machine(unsigned long mfn);
unsigned long frame_of_machine(unsigned long mfn)
{
	return machine_to_phys_mapping[mfn] + xen_p2m_list[0]; /* reported (both tables) */
}
