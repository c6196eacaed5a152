// SPDX-License-Identifier: GPL-2.0
/*
 * What every hypercall shares whatever its transport: the counters and the
 * report of a failure.
 *
 * The wrappers (include/xen-guest/hypercall.h) are inline, so each call
 * site counts its own call, in the total and in the per-number table that
 * tests and benchmarks read to see what an operation costs in exits to
 * Xen; the counters themselves live here, once, for every Xen backend. A
 * hypercall that must not fail panics through xen_hypercall_failed(),
 * which names the function that made it and the hypercall, because Xen's
 * error number alone does not say which of the many calls went wrong.
 */
#include <kernel/printk.h>
#include <xen-guest/hypercall.h>

unsigned long xen_hypercalls;
unsigned long xen_hypercalls_by_op[XEN_NR_HYPERCALLS];

void xen_hypercall_failed(const char *caller, const char *hypercall, long rc)
{
	panic("%s: hypercall %s failed with %ld", caller, hypercall, rc);
}

unsigned long xen_hypercall_count(void)
{
	return xen_hypercalls;
}
