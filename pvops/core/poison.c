// SPDX-License-Identifier: GPL-2.0
/*
 * The C half of pvops.poison (see poison_thunk.S): find the site a thunk call came
 * from and, after the target returned, poison the registers it may clobber.
 * Poison values are 0xdead0000000000NN with NN the register's clobber bit
 * number, so a value seen in a failed test names the register it came from.
 */
#include <kernel/printk.h>
#include <pvops/patch.h>
#include <pvops/pv_ops.h>

struct poison_frame {
	u64 r11, r10, r9, r8, rdi, rsi, rdx, rcx, rax;
	u64 target;
	u64 mask;
	u64 ret;
};

#define POISON(bit) (0xdead000000000000ULL | (bit))

void pvops_poison_lookup(struct poison_frame *f);
void pvops_poison_lookup(struct poison_frame *f)
{
	const struct pvop_site *site;

	for (site = __pvops_sites_start; site < __pvops_sites_end; site++) {
		if (pvop_site_addr(site) + PVOP_CALL_REL32_LEN == f->ret) {
			const struct pvop_slot_info *info = pvops_slot_info(site->slot);

			f->target = (u64)((void *const *)&pv_ops)[site->slot];
			f->mask = site->clobbers & ~(info->returns_value ? CLBR_RET_REG : 0);
			if (!f->target)
				panic("pvops.poison: site %#llx calls NULL slot %s",
				      (unsigned long long)(f->ret - PVOP_CALL_REL32_LEN),
				      info->name);
			return;
		}
	}
	panic("pvops.poison: thunk called from %#llx, which is no call site",
	      (unsigned long long)f->ret);
}

void pvops_poison_fill(struct poison_frame *f);
void pvops_poison_fill(struct poison_frame *f)
{
	u64 *regs[] = { &f->rax, &f->rcx, &f->rdx, &f->rsi, &f->rdi,
			&f->r8,	 &f->r9,  &f->r10, &f->r11 };
	unsigned int bit;

	for (bit = 0; bit < ARRAY_SIZE(regs); bit++)
		if (f->mask & (1U << bit))
			*regs[bit] = POISON(bit);
}
