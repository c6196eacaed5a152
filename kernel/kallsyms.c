// SPDX-License-Identifier: GPL-2.0
/*
 * Address-to-symbol lookup over the generated table.
 *
 * scripts/kallsyms emits the image's text symbols sorted by address, with
 * each symbol's size, as three arrays; a binary search finds the last
 * symbol at or below the address, and the size tells whether the address
 * is really inside it (an address in padding between functions gets no
 * name rather than a wrong one).
 */
#include <kernel/kallsyms.h>

extern const u64 kallsyms_addresses[];
extern const u32 kallsyms_sizes[];
extern const u32 kallsyms_name_offsets[];
extern const char kallsyms_names[];
extern const u32 kallsyms_count;

const char *kallsyms_lookup(unsigned long addr, unsigned long *offset)
{
	u32 lo = 0, hi = kallsyms_count;

	while (lo < hi) {
		u32 mid = lo + (hi - lo) / 2;

		if (kallsyms_addresses[mid] <= addr)
			lo = mid + 1;
		else
			hi = mid;
	}
	if (lo == 0)
		return NULL;
	lo--;
	if (addr - kallsyms_addresses[lo] >= kallsyms_sizes[lo])
		return NULL;
	*offset = addr - kallsyms_addresses[lo];
	return &kallsyms_names[kallsyms_name_offsets[lo]];
}
