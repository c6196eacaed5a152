// SPDX-License-Identifier: GPL-2.0
/*
 * Bad example for scripts/coccinelle/pv_ops_write.cocci: code that swaps a
 * pv_ops slot after boot, which the patched call sites never see. Never
 * compiled; `make test` checks that the rule reports each marked line.
 */
#include <kernel/string.h>
#include <pvops/pv_ops.h>

void late_override(void (*halt)(void), struct pv_callee_save fl);
void late_override(void (*halt)(void), struct pv_callee_save fl)
{
	pv_ops.irq.halt = halt;			 /* reported */
	pv_ops.irq.save_fl.func = fl.func;	 /* reported */
	memset(&pv_ops, 0, sizeof(pv_ops));	 /* reported */
}
