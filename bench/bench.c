// SPDX-License-Identifier: GPL-2.0
/*
 * The benchmark harness behind `bench=` (see docs/bench.md).
 *
 * Under QEMU's -icount shift=0 the TSC counts guest instructions, so a
 * loop's cost is exact and the same on every machine; the method is shaped
 * to keep it exact. Each loop is run once to warm up, then at 1, 2, 4, ...
 * iterations until one run lasts bench.min_ticks and has done at least
 * BENCH_MIN_ITERS iterations. The cost of an iteration is the difference
 * between the last two runs divided by the iterations they differ by, so
 * the fixed cost of reading the TSC and entering the loop cancels exactly;
 * the empty loop, measured the same way, is subtracted. Every run is the
 * least of bench.samples tries, because an interrupt (Xen's timer, the
 * host in wall-clock mode) can only add ticks. Costs are printed in
 * thousandths so that the kernel needs no floating point, one line per op,
 * key=value, for scripts/bench to collect.
 */
#define pr_fmt(fmt) "bench: " fmt

#include <kernel/cmdline.h>
#include <kernel/init.h>
#include <kernel/machine.h>
#include <kernel/printk.h>
#include <kernel/string.h>
#include <pvops/backend.h>
#include <pvops/ops.h>
#ifdef CONFIG_PVOPS
#include <pvops/apply.h>
#endif

#include "bench.h"

#define BENCH_MIN_ITERS 64
#define BENCH_MAX_ITERS (1ULL << 26)
#define BENCH_WARMUP_ITERS 16
#define BENCH_MAX_SAMPLES 99
#define BENCH_MAX_OPS 64

static char bench_selection[256];
KERNEL_PARAM_STRING(bench, "bench", bench_selection);

static unsigned long bench_min_ticks = 1UL << 16;
KERNEL_PARAM_ULONG(bench_min_ticks, "bench.min_ticks", &bench_min_ticks, NULL);

static unsigned long bench_samples = 3;
KERNEL_PARAM_ULONG(bench_samples, "bench.samples", &bench_samples, NULL);

struct bench_cost {
	u64 iters;
	s64 milli_ticks; /* per iteration, thousandths of a tick */
};

static u64 best_of(u64 (*loop)(u64 iters), u64 iters)
{
	u64 best = ~0ULL, ticks;
	unsigned long i;

	for (i = 0; i < bench_samples; i++) {
		ticks = loop(iters);
		if (ticks < best)
			best = ticks;
	}
	return best;
}

static void measure(u64 (*loop)(u64 iters), struct bench_cost *cost)
{
	u64 iters = 1, ticks, prev_ticks;

	loop(BENCH_WARMUP_ITERS);
	ticks = best_of(loop, iters);
	do {
		prev_ticks = ticks;
		iters *= 2;
		ticks = best_of(loop, iters);
	} while ((ticks < bench_min_ticks || iters < BENCH_MIN_ITERS) && iters < BENCH_MAX_ITERS);
	cost->iters = iters;
	cost->milli_ticks = ((s64)(ticks - prev_ticks) * 1000) / (s64)(iters / 2);
}

/* "-1.250", "3.000": thousandths as a decimal, without floating point. */
static const char *milli(char *buf, size_t size, s64 value)
{
	u64 mag = value < 0 ? -(u64)value : (u64)value;

	snprintf(buf, size, "%s%llu.%03llu", value < 0 ? "-" : "", (unsigned long long)(mag / 1000),
		 (unsigned long long)(mag % 1000));
	return buf;
}

static const char *pvops_variant(void)
{
#ifdef CONFIG_PVOPS
	return pvops_nopatch_enabled() ? "indirect" : "patched";
#else
	return "compiled-out";
#endif
}

/* With pv_ops compiled out the native instructions are the kernel: nothing is missing. */
static bool slot_present(unsigned int slot)
{
#ifdef CONFIG_PVOPS
	return pvops_slot_present(slot);
#else
	return true;
#endif
}

/* The first slot of op the running backend leaves NULL, or NULL if it has them all. */
static const char *missing_slot(const struct bench_op *op)
{
	unsigned int i;

	for (i = 0; i < op->nr_slots; i++)
		if (!slot_present(op->slots[i].slot))
			return op->slots[i].name;
	return NULL;
}

static void run_op(const struct bench_op *op, s64 empty_milli)
{
	struct bench_cost cost;
	const char *missing = missing_slot(op);
	unsigned long hypercalls;
	char ticks[32], calls[32];

	if (op->owner && op->owner != machine_backend) {
		pr_info("na op=%s backend=%s slot=- reason=own-op-of-%s trip=0 own=%s\n", op->name,
			machine_backend->name, op->owner->name, op->owner->name);
		return;
	}
	if (missing) {
		pr_info("na op=%s backend=%s slot=%s reason=not-implemented-by-%s trip=%d own=-\n",
			op->name, machine_backend->name, missing, machine_backend->name, op->trip);
		return;
	}
	local_irq_disable();
	measure(op->loop, &cost);
	/* Counted on a run of its own, so the count cannot depend on how many samples ran. */
	bench_window_hypercalls = 0;
	hypercalls = machine_hypercall_count();
	op->loop(cost.iters);
	hypercalls = op->windowed ? bench_window_hypercalls : machine_hypercall_count() - hypercalls;
	pr_info("result op=%s ticks=%s hypercalls=%s iters=%llu slot=%s trip=%d own=%s\n", op->name,
		milli(ticks, sizeof(ticks), cost.milli_ticks - (op->windowed ? 0 : empty_milli)),
		milli(calls, sizeof(calls), (s64)(hypercalls * 1000 / cost.iters)),
		(unsigned long long)cost.iters, op->nr_slots ? op->slots[0].name : "-", op->trip,
		op->owner ? op->owner->name : "-");
}

bool bench_parse_selection(const char *selection, const struct bench_op *ops, size_t nr_ops,
			   bool *chosen, char *bad, size_t bad_size)
{
	const char *word = selection;
	size_t i, len;
	bool found;

	for (i = 0; i < nr_ops; i++)
		chosen[i] = false;
	for (;;) {
		const char *comma = strchr(word, ',');

		len = comma ? (size_t)(comma - word) : strlen(word);
		found = false;
		for (i = 0; i < nr_ops; i++) {
			bool all = len == 3 && !strncmp(word, "all", 3);

			if (all ||
			    (strlen(ops[i].name) == len && !strncmp(word, ops[i].name, len))) {
				chosen[i] = true;
				found = true;
			}
		}
		if (!found) {
			snprintf(bad, bad_size, "%.*s", (int)len, word);
			return false;
		}
		if (!comma)
			return true;
		word = comma + 1;
	}
}

/* The generic ops, then every backend's own (BENCH_OWN_OPS), into ops; returns how many. */
static size_t collect_ops(struct bench_op *ops, size_t max)
{
	const struct bench_own_ops *own;
	size_t n = 0, i;

	for (own = __bench_own_ops_start; own < __bench_own_ops_end; own++)
		n += own->nr_ops;
	if (bench_nr_ops + n > max)
		panic("%zu benchmark ops and %zu of backends, more than the %zu bench_run() takes",
		      bench_nr_ops, n, max);
	for (n = 0; n < bench_nr_ops; n++)
		ops[n] = bench_ops[n];
	for (own = __bench_own_ops_start; own < __bench_own_ops_end; own++)
		for (i = 0; i < own->nr_ops; i++)
			ops[n++] = (struct bench_op){ .name = own->ops[i].name,
						      .loop = own->ops[i].loop,
						      .owner = own->backend };
	return n;
}

static void list_ops(const struct bench_op *ops, size_t nr_ops, char *buf, size_t size)
{
	size_t i, len = 0;

	buf[0] = '\0';
	for (i = 0; i < nr_ops && len < size; i++)
		len += snprintf(buf + len, size - len, "%s%s", i ? "," : "", ops[i].name);
}

static bool bench_run(void)
{
	static struct bench_op ops[BENCH_MAX_OPS];
	bool chosen[BENCH_MAX_OPS];
	struct bench_cost empty;
	unsigned long flags;
	char bad[64], buf[640];
	size_t i, n = 0, nr_ops;
	const struct bench_slot clock_khz_slot = BENCH_SLOT(time.clock_khz);

	if (!bench_selection[0])
		return true;
	nr_ops = collect_ops(ops, ARRAY_SIZE(ops));
	if (!bench_parse_selection(bench_selection, ops, nr_ops, chosen, bad, sizeof(bad))) {
		list_ops(ops, nr_ops, buf, sizeof(buf));
		pr_err("bench=%pE: no op named '%pE'; ops: all,%s\n", bench_selection, bad, buf);
		return false;
	}
	if (!bench_min_ticks || bench_min_ticks > (1UL << 40) || !bench_samples ||
	    bench_samples > BENCH_MAX_SAMPLES) {
		pr_err("bench.min_ticks=%lu bench.samples=%lu: need 1..2^40 and 1..%d\n",
		       bench_min_ticks, bench_samples, BENCH_MAX_SAMPLES);
		return false;
	}
	for (i = 0; i < nr_ops; i++)
		n += chosen[i];

	flags = local_save_flags();
	local_irq_disable();
	pr_info("begin backend=%s pvops=%s ops=%zu min_ticks=%lu samples=%lu tsc_khz=%lu\n",
		machine_backend->name, pvops_variant(), n, bench_min_ticks, bench_samples,
		slot_present(clock_khz_slot.slot) ? clock_khz() : 0);
	measure(bench_loop_empty, &empty);
	pr_info("empty-loop ticks=%s iters=%llu\n", milli(buf, sizeof(buf), empty.milli_ticks),
		(unsigned long long)empty.iters);
	for (i = 0; i < nr_ops; i++)
		if (chosen[i])
			run_op(&ops[i], empty.milli_ticks);
	pr_info("end\n");
	local_irq_restore(flags);
	return true;
}
LATE_WORK(bench, LATE_WORK_BENCH, bench_run);
