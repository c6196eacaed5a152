// SPDX-License-Identifier: GPL-2.0
/*
 * Bad example for scripts/coccinelle/native_call.cocci: generic code that
 * disables interrupts with the native instruction instead of through
 * pv_ops. Never compiled; `make test` checks that the rule reports the
 * line marked below and nothing else.
 */
#include <pvops/ops.h>

void generic_critical_section(void);
void generic_critical_section(void)
{
	native_irq_disable(); /* reported */
	local_irq_enable();   /* fine: through pv_ops */
}
