// SPDX-License-Identifier: GPL-2.0
/*
 * The ktest runner and its KTAP output.
 *
 * Output matches what Linux's KUnit prints, line for line: the top level
 * "KTAP version 1" and plan, each suite as an indented subtest with its own
 * version line, "# Subtest:" and plan, one "ok"/"not ok" line per case with
 * "# SKIP reason" for skips, a per-suite "# name: pass:.. fail:.. skip:.."
 * line, the suite's own result line, and a final "# Totals:" line. The host
 * runner (scripts/ktap.py) parses exactly this, and the host unit tests
 * compare this file's output with it byte for byte.
 */
#include <kernel/ktest.h>
#include <kernel/printk.h>
#include <kernel/string.h>

#define INDENT "    "

static bool selected(const char *selection, const char *name)
{
	size_t len = strlen(name);
	const char *p = selection;

	if (!strcmp(selection, "all"))
		return true;
	while (*p) {
		const char *end = strchr(p, ',');
		size_t wlen = end ? (size_t)(end - p) : strlen(p);

		if (wlen == len && !strncmp(p, name, len))
			return true;
		if (!end)
			break;
		p = end + 1;
	}
	return false;
}

typedef void (*refused_word_fn)(const char *name, size_t len, bool known, unsigned int idx);

/* Whether the selection's words before p include [p, p + len). */
static bool named_earlier(const char *selection, const char *p, size_t len)
{
	const char *q = selection;

	while (q < p) {
		const char *end = strchr(q, ',');
		size_t qlen = end ? (size_t)(end - q) : strlen(q);

		if (qlen == len && !strncmp(q, p, len))
			return true;
		q += qlen + 1;
	}
	return false;
}

/*
 * Calls fn on each word of the comma-separated selection that is refused:
 * a name no suite has, or a suite's name given again (it runs once; the
 * repeat is a failure so that a list that cannot run as written never
 * reads as a pass).
 */
static unsigned int visit_refused_words(const char *selection, const struct ktest_suite *suites,
					size_t n, refused_word_fn fn, unsigned int first_index)
{
	const char *p = selection;
	unsigned int count = 0;

	if (!strcmp(selection, "all"))
		return 0;
	while (*p) {
		const char *end = strchr(p, ',');
		size_t wlen = end ? (size_t)(end - p) : strlen(p);
		bool found = false;
		size_t i;

		for (i = 0; i < n; i++)
			if (strlen(suites[i].name) == wlen && !strncmp(p, suites[i].name, wlen))
				found = true;
		if (!found || named_earlier(selection, p, wlen)) {
			if (fn)
				fn(p, wlen, found, first_index + count);
			count++;
		}
		if (!end)
			break;
		p = end + 1;
	}
	return count;
}

static void report_refused(const char *name, size_t len, bool known, unsigned int index)
{
	if (known) {
		printk("# ktest: suite '%*pE' is named more than once; it runs once\n", (int)len,
		       name);
		printk("not ok %u %*pE # named again\n", index, (int)len, name);
		return;
	}
	printk("# ktest: no suite named '%*pE'\n", (int)len, name);
	printk("not ok %u %*pE # no such suite\n", index, (int)len, name);
}

static void run_case(const struct ktest_case *c, unsigned int index, struct ktest_totals *suite)
{
	struct ktest t = { .name = c->name };

	c->run(&t);
	if (t.failed) {
		printk(INDENT "not ok %u %s\n", index, c->name);
		suite->failed++;
	} else if (t.skipped) {
		printk(INDENT "ok %u %s # SKIP %s\n", index, c->name, t.skip_reason);
		suite->skipped++;
	} else {
		printk(INDENT "ok %u %s\n", index, c->name);
		suite->passed++;
	}
}

static bool run_suite(const struct ktest_suite *s, unsigned int index, struct ktest_totals *all)
{
	struct ktest_totals st = { 0 };
	size_t i;

	printk(INDENT "KTAP version 1\n");
	printk(INDENT "# Subtest: %s\n", s->name);
	printk(INDENT "1..%zu\n", s->nr_cases);
	for (i = 0; i < s->nr_cases; i++)
		run_case(&s->cases[i], (unsigned int)i + 1, &st);
	printk("# %s: pass:%u fail:%u skip:%u total:%zu\n", s->name, st.passed, st.failed,
	       st.skipped, s->nr_cases);
	if (st.failed)
		printk("not ok %u %s\n", index, s->name);
	else if (st.skipped == s->nr_cases && s->nr_cases)
		printk("ok %u %s # SKIP\n", index, s->name);
	else
		printk("ok %u %s\n", index, s->name);
	all->passed += st.passed;
	all->failed += st.failed;
	all->skipped += st.skipped;
	return st.failed == 0;
}

bool ktest_run(const char *selection, const struct ktest_suite *suites, size_t n,
	       struct ktest_totals *totals)
{
	unsigned int plan = 0, index = 0, unknown;
	bool ok = true;
	size_t i;

	*totals = (struct ktest_totals){ 0 };
	for (i = 0; i < n; i++)
		if (selected(selection, suites[i].name))
			plan++;
	unknown = visit_refused_words(selection, suites, n, NULL, 0);

	printk("KTAP version 1\n");
	printk("1..%u\n", plan + unknown);
	for (i = 0; i < n; i++)
		if (selected(selection, suites[i].name))
			ok &= run_suite(&suites[i], ++index, totals);
	if (unknown) {
		visit_refused_words(selection, suites, n, report_refused, index + 1);
		totals->failed += unknown;
		ok = false;
	}
	printk("# Totals: pass:%u fail:%u skip:%u total:%u\n", totals->passed, totals->failed,
	       totals->skipped, totals->passed + totals->failed + totals->skipped);
	return ok;
}

void ktest_skip(struct ktest *t, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(t->skip_reason, sizeof(t->skip_reason), fmt, ap);
	va_end(ap);
	t->skipped = true;
}

static void failed_at(struct ktest *t, const char *file, int line)
{
	t->failed = true;
	printk(INDENT "# %s: EXPECTATION FAILED at %s:%d\n", t->name, file, line);
}

void ktest_fail(struct ktest *t, const char *file, int line, const char *fmt, ...)
{
	char msg[256];
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(msg, sizeof(msg), fmt, ap);
	va_end(ap);
	failed_at(t, file, line);
	printk(INDENT "%s\n", msg);
}

bool ktest_check_int(struct ktest *t, bool ok, const char *file, int line, const char *left_expr,
		     const char *op, const char *right_expr, long long left, long long right)
{
	if (ok)
		return true;
	failed_at(t, file, line);
	printk(INDENT "Expected %s %s %s, but\n", left_expr, op, right_expr);
	printk(INDENT "    %s == %lld (0x%llx)\n", left_expr, left, (unsigned long long)left);
	printk(INDENT "    %s == %lld (0x%llx)\n", right_expr, right, (unsigned long long)right);
	return false;
}

bool ktest_check_uint(struct ktest *t, bool ok, const char *file, int line,
		      const char *left_expr, const char *op, const char *right_expr,
		      unsigned long long left, unsigned long long right)
{
	if (ok)
		return true;
	failed_at(t, file, line);
	printk(INDENT "Expected %s %s %s, but\n", left_expr, op, right_expr);
	printk(INDENT "    %s == %llu (0x%llx)\n", left_expr, left, left);
	printk(INDENT "    %s == %llu (0x%llx)\n", right_expr, right, right);
	return false;
}

bool ktest_check_str(struct ktest *t, bool ok, const char *file, int line, const char *left_expr,
		     const char *op, const char *right_expr, const char *left, const char *right)
{
	if (ok)
		return true;
	failed_at(t, file, line);
	printk(INDENT "Expected %s %s %s, but\n", left_expr, op, right_expr);
	printk(INDENT "    %s == \"%s\"\n", left_expr, left ? left : "(null)");
	printk(INDENT "    %s == \"%s\"\n", right_expr, right ? right : "(null)");
	return false;
}

bool ktest_check_true(struct ktest *t, bool ok, const char *file, int line, const char *expr,
		      bool expected)
{
	if (ok)
		return true;
	failed_at(t, file, line);
	printk(INDENT "Expected %s to be %s, but is %s\n", expr, expected ? "true" : "false",
	       expected ? "false" : "true");
	return false;
}

static char *capture_buf;
static size_t capture_size, capture_len;

static void capture_write(const char *text, size_t len)
{
	if (capture_len + len < capture_size) {
		memcpy(capture_buf + capture_len, text, len);
		capture_len += len;
		capture_buf[capture_len] = '\0';
	}
}

static struct console capture_console = { .name = "ktest-capture", .write = capture_write };

void ktest_capture_start(char *buf, size_t size)
{
	console_flush();
	capture_buf = buf;
	capture_size = size;
	capture_len = 0;
	buf[0] = '\0';
	register_console(&capture_console);
}

void ktest_capture_stop(void)
{
	console_flush();
	unregister_console(&capture_console);
}
