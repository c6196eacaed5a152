// SPDX-License-Identifier: GPL-2.0
/*
 * The domU suite: the console ring and the xenstore client against the real
 * xenstored and xenconsoled of a dom0, as `xl create` set them up.
 *
 * It runs wherever the Xen guest layer is built and skips where there is no
 * store connection (dom0, which runs xenstored itself, or no Xen at all).
 * The store cases use only keys a guest may touch (its own domid, and data/,
 * which libxl makes writable for it) and check what xenstored answers, not
 * what the client sent: a read-back, a missing key's ENOENT, a watch that
 * fires when its key is written. The last case exists for `xl shutdown`:
 * with ktest.wait_shutdown it announces itself and waits; the runner's
 * xl-shutdown boot sends the request on that line and expects the guest to
 * power off from the watch, so the case returning at all is its failure.
 */
#include <kernel/cmdline.h>
#include <kernel/errno.h>
#include <kernel/printk.h>
#include <kernel/ktest.h>
#include <kernel/string.h>
#include <kernel/timer.h>
#include <pvops/ops.h>
#include <xen-guest/guest.h>
#include <xen-guest/xenstore.h>

#define NS_PER_SEC 1000000000ULL
/* How long a watch event or a toolstack request may take through dom0. */
#define EVENT_WAIT_NS (20 * NS_PER_SEC)
#define SHUTDOWN_WAIT_NS (60 * NS_PER_SEC) /* under the guest timeout: the case fails itself */
#define POLL_NS (10 * 1000 * 1000ULL)
#define VALUE_MAX 64
#define TEST_KEY "data/pvops-test"
#define WATCH_KEY "data/pvops-watch"

static bool wait_shutdown;
KERNEL_PARAM_FLAG(ktest_wait_shutdown, "ktest.wait_shutdown", &wait_shutdown);

static bool have_store(struct ktest *t)
{
	if (xen_store_connected())
		return true;
	ktest_skip(t, "no xenstore connection (not a Xen domU)");
	return false;
}

/* Halts in POLL_NS steps until *count reaches want or timeout_ns passes. */
static bool wait_for_count(volatile unsigned long *count, unsigned long want, u64 timeout_ns)
{
	u64 end = sched_clock() + timeout_ns;

	while (*count < want && sched_clock() < end) {
		local_irq_disable();
		timer_arm(POLL_NS);
		safe_halt();
	}
	return *count >= want;
}

static void store_reads_own_domid(struct ktest *t)
{
	char value[VALUE_MAX];
	int len;

	if (!have_store(t))
		return;
	len = xen_store_read("domid", value, sizeof(value));
	KTEST_ASSERT_TRUE(t, len > 0);
	KTEST_EXPECT_EQ(t, (int)strlen(value), len);
	KTEST_EXPECT_TRUE(t, value[0] >= '1' && value[0] <= '9'); /* not dom0's 0 */
}

static void store_write_reads_back(struct ktest *t)
{
	char value[VALUE_MAX];

	if (!have_store(t))
		return;
	KTEST_ASSERT_EQ(t, xen_store_write(TEST_KEY, "pvops wrote this"), 0);
	KTEST_ASSERT_EQ(t, xen_store_read(TEST_KEY, value, sizeof(value)), 16);
	KTEST_EXPECT_STREQ(t, value, "pvops wrote this");
	KTEST_ASSERT_EQ(t, xen_store_write(TEST_KEY, ""), 0);
	KTEST_EXPECT_EQ(t, xen_store_read(TEST_KEY, value, sizeof(value)), 0);
	KTEST_EXPECT_STREQ(t, value, "");
}

static void store_missing_key_is_enoent(struct ktest *t)
{
	char value[VALUE_MAX];

	if (!have_store(t))
		return;
	KTEST_EXPECT_EQ(t, xen_store_read("data/pvops-no-such-key", value, sizeof(value)),
			-ENOENT);
}

/* Too big for the wire: refused before sending, and the connection still works. */
static void store_oversized_value_refused(struct ktest *t)
{
	static char big[XENSTORE_PAYLOAD_MAX + 1];
	char value[VALUE_MAX];

	if (!have_store(t))
		return;
	memset(big, 'x', sizeof(big) - 1);
	KTEST_EXPECT_EQ(t, xen_store_write(TEST_KEY, big), -E2BIG);
	KTEST_EXPECT_GT(t, xen_store_read("domid", value, sizeof(value)), 0);
	KTEST_EXPECT_TRUE(t, xen_store_connected());
}

/* A reply longer than the caller's buffer is an error, not a cut value. */
static void store_short_buffer_refused(struct ktest *t)
{
	char value[4];

	if (!have_store(t))
		return;
	KTEST_ASSERT_EQ(t, xen_store_write(TEST_KEY, "longer than four"), 0);
	KTEST_EXPECT_EQ(t, xen_store_read(TEST_KEY, value, sizeof(value)), -E2BIG);
	KTEST_EXPECT_TRUE(t, xen_store_connected());
}

static volatile unsigned long watch_fired;

static void count_watch(const char *path, const char *token)
{
	watch_fired++;
}

static void store_watch_fires_on_write(struct ktest *t)
{
	unsigned long flags;

	if (!have_store(t))
		return;
	KTEST_ASSERT_EQ(t, xen_store_watch(WATCH_KEY, "pvops-test-watch", count_watch), 0);
	local_irq_save(flags);
	local_irq_enable();
	/* xenstored fires a new watch once, at once. */
	KTEST_EXPECT_TRUE(t, wait_for_count(&watch_fired, 1, EVENT_WAIT_NS));
	KTEST_EXPECT_EQ(t, xen_store_write(WATCH_KEY, "1"), 0);
	KTEST_EXPECT_TRUE(t, wait_for_count(&watch_fired, 2, EVENT_WAIT_NS));
	local_irq_restore(flags);
}

static void console_ring_lost_nothing(struct ktest *t)
{
	if (xen_initial_domain || !xen_store_connected()) {
		ktest_skip(t, "not a Xen domU: no console ring");
		return;
	}
	KTEST_EXPECT_UEQ(t, xen_console_ring_lost(), 0);
}

static void waits_for_xl_shutdown(struct ktest *t)
{
	static const unsigned long never;
	unsigned long flags;

	if (!have_store(t))
		return;
	if (!wait_shutdown) {
		ktest_skip(t, "needs ktest.wait_shutdown (it must never return)");
		return;
	}
	pr_info("domu: waiting for control/shutdown (ktest.wait_shutdown)\n");
	local_irq_save(flags);
	local_irq_enable();
	wait_for_count((volatile unsigned long *)&never, 1, SHUTDOWN_WAIT_NS);
	local_irq_restore(flags);
	KTEST_FAIL(t, "no control/shutdown request within %llu s", SHUTDOWN_WAIT_NS / NS_PER_SEC);
}

static const struct ktest_case domu_cases[] = {
	KTEST_CASE(store_reads_own_domid),
	KTEST_CASE(store_write_reads_back),
	KTEST_CASE(store_missing_key_is_enoent),
	KTEST_CASE(store_oversized_value_refused),
	KTEST_CASE(store_short_buffer_refused),
	KTEST_CASE(store_watch_fires_on_write),
	KTEST_CASE(console_ring_lost_nothing),
	KTEST_CASE(waits_for_xl_shutdown),
};
KTEST_SUITE(domu, "domu", domu_cases);
