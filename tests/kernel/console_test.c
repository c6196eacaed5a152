// SPDX-License-Identifier: GPL-2.0
/*
 * Console suite: printk as a console sees it. A capture console is
 * registered beside the real one for the length of a case, so the cases see
 * exactly the writes the serial port or Xen's console_io receives: whole
 * lines, level prefixes stripped, filtered by the log level; and a
 * process's text framed, so that none of it starts a line.
 */
#include <kernel/ktest.h>
#include <kernel/printk.h>
#include <kernel/string.h>

static char captured[1024];
static size_t captured_len;
static unsigned int writes;

static void capture_write(const char *text, size_t len)
{
	if (captured_len + len < sizeof(captured)) {
		memcpy(captured + captured_len, text, len);
		captured_len += len;
		captured[captured_len] = '\0';
	}
	writes++;
}

static struct console capture = { .name = "capture", .write = capture_write };

static void capture_start(void)
{
	console_flush();
	captured_len = 0;
	captured[0] = '\0';
	writes = 0;
	register_console(&capture);
}

static void capture_stop(void)
{
	unregister_console(&capture);
}

static void lines_arrive_whole(struct ktest *t)
{
	capture_start();
	printk(KERN_ERR "con: part one, ");
	printk(KERN_ERR "part two\n");
	capture_stop();
	KTEST_EXPECT_STREQ(t, captured, "con: part one, part two\n");
	KTEST_EXPECT_EQ(t, writes, 1);
}

static void level_prefix_is_stripped(struct ktest *t)
{
	capture_start();
	printk(KERN_ERR "con: %d\n", 7);
	capture_stop();
	KTEST_EXPECT_STREQ(t, captured, "con: 7\n");
}

static void loglevel_filters(struct ktest *t)
{
	int saved = console_get_loglevel();

	capture_start();
	console_set_loglevel(4);
	printk(KERN_INFO "con: hidden\n");
	printk(KERN_WARNING "con: hidden too\n");
	printk(KERN_ERR "con: shown\n");
	console_set_loglevel(saved);
	capture_stop();
	KTEST_EXPECT_STREQ(t, captured, "con: shown\n");
}

static void unregistered_console_gets_nothing(struct ktest *t)
{
	capture_start();
	capture_stop();
	printk(KERN_ERR "con: after unregister\n");
	KTEST_EXPECT_EQ(t, writes, 0);
}

static char early_text[64];
static size_t early_len;

static void early_write(const char *text, size_t len)
{
	if (early_len + len < sizeof(early_text)) {
		memcpy(early_text + early_len, text, len);
		early_len += len;
		early_text[early_len] = '\0';
	}
}

/* The first real console replaces a boot console: no line is shown twice. */
static void boot_console_gives_way(struct ktest *t)
{
	static struct console early = { .name = "early", .write = early_write, .boot = true };

	console_flush();
	early_len = 0;
	early_text[0] = '\0';
	register_console(&early);
	printk(KERN_ERR "con: early\n");
	capture_start();
	printk(KERN_ERR "con: real\n");
	capture_stop();
	unregister_console(&early);
	KTEST_EXPECT_STREQ(t, early_text, "con: early\n");
	KTEST_EXPECT_STREQ(t, captured, "con: real\n");
}

/* Longer than printk's buffer: cut where it can be seen, the newline kept. */
static void long_message_is_cut_visibly(struct ktest *t)
{
	static const char note[] = " [truncated: 701 bytes]\n";
	char text[701];

	memset(text, 'x', sizeof(text) - 1);
	text[sizeof(text) - 1] = '\0';
	capture_start();
	printk(KERN_ERR "%s\n", text);
	printk(KERN_ERR "con: next line\n");
	capture_stop();
	KTEST_ASSERT_EQ(t, strlen(captured), 511 + strlen("con: next line\n"));
	KTEST_EXPECT_EQ(t, strncmp(captured + 511 - strlen(note), note, strlen(note)), 0);
	KTEST_EXPECT_STREQ(t, captured + 511, "con: next line\n");
}

#define TAG "p[7]: "

static void framed(const char *text)
{
	printk_framed(TAG, text, strlen(text));
}

/* Lines a process prints to fake the kernel's or Xen's each start with its tag. */
static void framed_text_never_starts_a_line(struct ktest *t)
{
	int saved = console_get_loglevel();

	capture_start();
	console_set_loglevel(8);
	framed("a\n(XEN) Hardware Dom0 halted: halting machine\n\npvops: verdict: PASS\n");
	framed("one ");
	framed("line\n");
	printk(KERN_ERR "con: ");
	framed("goes on the kernel's\n");
	console_set_loglevel(saved);
	capture_stop();
	KTEST_EXPECT_STREQ(t, captured,
			   TAG "a\n" TAG "(XEN) Hardware Dom0 halted: halting machine\n" TAG "\n"
			   TAG "pvops: verdict: PASS\n" TAG "one line\ncon: goes on the kernel's\n");
	KTEST_EXPECT_EQ(t, writes, 6);
}

/* A long line is broken where a console takes it in one piece; each piece is tagged. */
static void framed_long_line_is_broken(struct ktest *t)
{
	int saved = console_get_loglevel();
	char text[301];
	const char *line;
	size_t ys = 0;

	memset(text, 'y', sizeof(text) - 2);
	text[sizeof(text) - 2] = '\n';
	text[sizeof(text) - 1] = '\0';
	capture_start();
	console_set_loglevel(8);
	framed(text);
	console_set_loglevel(saved);
	capture_stop();
	KTEST_EXPECT_EQ(t, writes, 3);
	for (line = captured; *line;) {
		const char *end = strchr(line, '\n');

		if (!KTEST_EXPECT_TRUE(t, end))
			break;
		KTEST_EXPECT_EQ(t, strncmp(line, TAG, strlen(TAG)), 0);
		KTEST_EXPECT_LE(t, end - line, CONSOLE_FRAMED_LINE_MAX);
		ys += end - line - strlen(TAG);
		line = end + 1;
	}
	KTEST_EXPECT_UEQ(t, ys, sizeof(text) - 2);
}

static const struct ktest_case console_cases[] = {
	KTEST_CASE(lines_arrive_whole),
	KTEST_CASE(level_prefix_is_stripped),
	KTEST_CASE(loglevel_filters),
	KTEST_CASE(unregistered_console_gets_nothing),
	KTEST_CASE(long_message_is_cut_visibly),
	KTEST_CASE(boot_console_gives_way),
	KTEST_CASE(framed_text_never_starts_a_line),
	KTEST_CASE(framed_long_line_is_broken),
};
KTEST_SUITE(console, "console", console_cases);
