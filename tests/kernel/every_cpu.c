// SPDX-License-Identifier: GPL-2.0
/*
 * Running a case on the other CPUs, one at a time: the suites' state is
 * the file's own (a storm's counters, its window of addresses), written
 * for one CPU at a time, so the APs take turns rather than run at once;
 * what is exercised is each CPU's own device and state, not contention,
 * which the smp suite tests by itself.
 */
#include <kernel/printk.h>
#include <kernel/smp.h>

#include "every_cpu.h"

struct case_on_ap {
	void (*run)(struct ktest *t);
	struct ktest t;
};

static void run_case_on_ap(void *info)
{
	struct case_on_ap *c = info;

	c->run(&c->t);
}

void ktest_run_on_every_ap(struct ktest *t, void (*run)(struct ktest *t), u64 timeout_ns)
{
	struct cpumask aps = { .bits = cpus_online.bits & ~(1UL << smp_processor_id()) };
	static struct case_on_ap c;
	unsigned int cpu, ran = 0;
	int err;

	for_each_cpu_in(cpu, &aps) {
		c = (struct case_on_ap){ .run = run, .t = { .name = t->name } };
		pr_info("    # on cpu %u\n", cpu);
		err = smp_run_on_cpu(cpu, run_case_on_ap, &c);
		if (err) {
			ktest_fail(t, __FILE__, __LINE__, "cpu %u refused the case (error %d)", cpu,
				   err);
			continue;
		}
		smp_run_wait(cpu, timeout_ns);
		if (c.t.failed)
			ktest_fail(t, __FILE__, __LINE__, "failed on cpu %u", cpu);
		else if (!c.t.skipped)
			ran++;
	}
	if (!aps.bits)
		ktest_skip(t, "one CPU online: no other CPU to run on");
	else if (!ran && !t->failed)
		ktest_skip(t, "skipped on every other CPU: %s", c.t.skip_reason);
}
