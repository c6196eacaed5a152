// SPDX-License-Identifier: GPL-2.0
/*
 * The Xen PV backend's own benchmarks: the hypercalls alone.
 *
 * What an op costs under Xen is mostly Xen's, so the op's number says
 * little until it stands beside the cost of the hypercall it needs, made
 * bare: the same arguments, from a loop, with nothing around it. Those are
 * not pv_ops slots, so bench/ cannot name them; this file contributes them
 * with BENCH_OWN_OPS() (<kernel/bench.h>), and the harness runs them only on
 * this backend. null_hypercall (xen_version, which does nothing but enter
 * and leave Xen) is the floor of every exit; each other loop is the one
 * hypercall of a single-update op, with the value the op's own loop in
 * bench/ops.c writes (the entry's or register's current value), so the
 * difference between op and hypercall is exactly what the guest adds.
 * mmu_update_64 is one direct mmu_update of the 64 entries the lazy batch
 * writes: its slope over mmu_update_1 is Xen's own per-entry cost, the
 * floor a batch can approach. The data file names which op each pairs
 * with (environments.toml, [environment.bench]).
 */
#include <kernel/bench.h>
#include <kernel/desc.h>
#include <kernel/printk.h>

#include "hypercall_pv.h"
#include "p2m.h"
#include "xen.h"

extern char boot_stack_top[];

static u64 xen_bench_maddr(const void *va)
{
	return (mfn_val(virt_to_mfn(va)) << PAGE_SHIFT) | ((unsigned long)va & (PAGE_SIZE - 1));
}

/* Each loop asserts its hypercall succeeds: a refused one would measure Xen's error path. */
static void xen_bench_check(long rc, const char *what)
{
	if (rc)
		xen_hypercall_failed("xen_bench", what, rc);
}

static struct mmu_update xen_bench_updates[BENCH_LAZY_BATCH];

/* The entries of bench_ptes(), each its own value, as the set_pte loops write them. */
static struct mmu_update *xen_bench_fill_updates(void)
{
	pte_t *ptep = bench_ptes();
	unsigned int i;

	for (i = 0; i < BENCH_LAZY_BATCH; i++)
		xen_bench_updates[i] = (struct mmu_update){
			.ptr = xen_bench_maddr(&ptep[i]) | MMU_NORMAL_PT_UPDATE,
			.val = READ_ONCE(ptep[i].pte),
		};
	return xen_bench_updates;
}

/* One mmuext op on its own, as the op's mmuext_op would carry it. */
static struct mmuext_op xen_bench_new_baseptr(void)
{
	return (struct mmuext_op){ .cmd = MMUEXT_NEW_BASEPTR,
				   .arg1.mfn = mfn_val(pfn_to_mfn(__pfn(xen_current_cr3 >>
									 PAGE_SHIFT))) };
}

static struct mmuext_op xen_bench_invlpg(void)
{
	return (struct mmuext_op){ .cmd = MMUEXT_INVLPG_LOCAL,
				   .arg1.linear_addr = (unsigned long)xen_bench_updates };
}

/* The TLS entry's machine address and the descriptor bench/ops.c writes there. */
struct xen_bench_desc {
	u64 maddr;
	u64 desc;
};

static struct xen_bench_desc xen_bench_tls_desc(void)
{
	return (struct xen_bench_desc){ .maddr = xen_bench_maddr(&gdt_table[GDT_ENTRY_TLS]),
					.desc = make_data_descriptor(pv_info.kernel_rpl, 0xfffff) };
}

/* xen_version answers the version (major << 16 | minor): only a negative one is an error. */
static long xen_bench_version_error(long rc)
{
	return rc < 0 ? rc : 0;
}

BENCH_LOOP(null_hypercall, /* none */,
	   xen_bench_check(xen_bench_version_error(HYPERVISOR_xen_version(XENVER_version, NULL)),
			   "xen_version"))
BENCH_LOOP(mmu_update_1, struct mmu_update *u = xen_bench_fill_updates(),
	   xen_bench_check(HYPERVISOR_mmu_update(u, 1, NULL, DOMID_SELF), "mmu_update"))
BENCH_LOOP(mmu_update_64, struct mmu_update *u = xen_bench_fill_updates(),
	   xen_bench_check(HYPERVISOR_mmu_update(u, BENCH_LAZY_BATCH, NULL, DOMID_SELF),
			   "mmu_update"))
BENCH_LOOP(update_descriptor, struct xen_bench_desc d = xen_bench_tls_desc(),
	   xen_bench_check(HYPERVISOR_update_descriptor(d.maddr, d.desc), "update_descriptor"))
BENCH_LOOP(stack_switch, /* none */,
	   xen_bench_check(HYPERVISOR_stack_switch(FLAT_KERNEL_SS, (unsigned long)boot_stack_top),
			   "stack_switch"))
BENCH_LOOP(mmuext_new_baseptr, struct mmuext_op op = xen_bench_new_baseptr(),
	   xen_bench_check(HYPERVISOR_mmuext_op(&op, 1, NULL, DOMID_SELF), "mmuext_op"))
BENCH_LOOP(mmuext_invlpg, struct mmuext_op op = xen_bench_invlpg(),
	   xen_bench_check(HYPERVISOR_mmuext_op(&op, 1, NULL, DOMID_SELF), "mmuext_op"))

static const struct bench_own_op xen_bench_ops[] = {
	BENCH_OWN(null_hypercall),
	BENCH_OWN(mmu_update_1),
	BENCH_OWN(mmu_update_64),
	BENCH_OWN(update_descriptor),
	BENCH_OWN(stack_switch),
	BENCH_OWN(mmuext_new_baseptr),
	BENCH_OWN(mmuext_invlpg),
};
BENCH_OWN_OPS(xen, &xen_backend, xen_bench_ops);
