// SPDX-License-Identifier: GPL-2.0
/*
 * The host unit-test program's main: stdout is its console, every suite
 * linked in runs (or those named in argv[1], as with ktest=), and the exit
 * status is 0 only if none failed. Its KTAP goes to the same parser as the
 * kernel's.
 */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>

#include <kernel/ktest.h>
#include <kernel/printk.h>

static bool muted;

/* ktap_test captures KTAP of fake suites; it must not reach the real stream. */
void host_console_mute(bool mute)
{
	muted = mute;
}

static void stdout_write(const char *text, size_t len)
{
	if (muted)
		return;
	fwrite(text, 1, len, stdout);
	fflush(stdout);
}

/* Kernel code linked into the host program panics through here. */
void panic(const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	fprintf(stderr, "panic: ");
	vfprintf(stderr, fmt, ap);
	fprintf(stderr, "\n");
	va_end(ap);
	abort();
}

static struct console stdout_console = { .name = "stdout", .write = stdout_write };

int main(int argc, char **argv)
{
	struct ktest_totals totals;
	bool ok;

	register_console(&stdout_console);
	console_set_loglevel(7);
	ok = ktest_run(argc > 1 ? argv[1] : "all", __ktest_suites_start,
		       __ktest_suites_end - __ktest_suites_start, &totals);
	console_flush();
	return ok ? 0 : 1;
}
