// SPDX-License-Identifier: GPL-2.0
/*
 * Command-line parser suite: pure, so it runs both in the kernel and in the
 * host unit-test program. Each case parses a line against a private table
 * and checks the values and the count of rejected words, which is what
 * every rejection path returns.
 */
#include <kernel/cmdline.h>
#include <kernel/ktest.h>
#include <kernel/string.h>

static bool flag;
static char text[8];
static unsigned long number;
static bool number_seen;
static bool text_rejected;

static const struct kernel_param params[] = {
	{ .name = "t.flag", .kind = KPARAM_FLAG, .value = &flag },
	{ .name = "t.text", .kind = KPARAM_STRING, .value = text, .size = sizeof(text),
	  .rejected = &text_rejected },
	{ .name = "t.num", .kind = KPARAM_ULONG, .value = &number, .seen = &number_seen },
};

static int parse(const char *line)
{
	flag = false;
	text[0] = '\0';
	number = 0;
	number_seen = false;
	text_rejected = false;
	return parse_cmdline(line, params, ARRAY_SIZE(params));
}

static void accepts_each_kind(struct ktest *t)
{
	KTEST_EXPECT_EQ(t, parse("t.flag t.text=abc t.num=42"), 0);
	KTEST_EXPECT_TRUE(t, flag);
	KTEST_EXPECT_STREQ(t, text, "abc");
	KTEST_EXPECT_EQ(t, number, 42);
	KTEST_EXPECT_TRUE(t, number_seen);
}

static void empty_and_blank_lines(struct ktest *t)
{
	KTEST_EXPECT_EQ(t, parse(""), 0);
	KTEST_EXPECT_EQ(t, parse("   \t  "), 0);
	KTEST_EXPECT_FALSE(t, flag);
	KTEST_EXPECT_FALSE(t, number_seen);
}

static void hex_numbers(struct ktest *t)
{
	KTEST_EXPECT_EQ(t, parse("t.num=0x1F"), 0);
	KTEST_EXPECT_EQ(t, number, 31);
}

static void quotes_keep_spaces(struct ktest *t)
{
	KTEST_EXPECT_EQ(t, parse("t.text=\"a b\" t.flag"), 0);
	KTEST_EXPECT_STREQ(t, text, "a b");
	KTEST_EXPECT_TRUE(t, flag);
}

static void rejects_unknown_name(struct ktest *t)
{
	KTEST_EXPECT_EQ(t, parse("t.nope=1 t.flag"), 1);
	KTEST_EXPECT_TRUE(t, flag);
}

static void rejects_value_on_flag(struct ktest *t)
{
	KTEST_EXPECT_EQ(t, parse("t.flag=1"), 1);
	KTEST_EXPECT_FALSE(t, flag);
}

static void rejects_bad_numbers(struct ktest *t)
{
	KTEST_EXPECT_EQ(t, parse("t.num=12x"), 1);
	KTEST_EXPECT_EQ(t, parse("t.num="), 1);
	KTEST_EXPECT_EQ(t, parse("t.num"), 1);
	KTEST_EXPECT_EQ(t, parse("t.num=0x"), 1);
	KTEST_EXPECT_EQ(t, parse("t.num=99999999999999999999999"), 1);
	KTEST_EXPECT_FALSE(t, number_seen);
}

static void rejects_long_and_empty_strings(struct ktest *t)
{
	KTEST_EXPECT_EQ(t, parse("t.text=12345678"), 1);
	KTEST_EXPECT_STREQ(t, text, "");
	KTEST_EXPECT_EQ(t, parse("t.text=1234567"), 0);
	KTEST_EXPECT_STREQ(t, text, "1234567");
	KTEST_EXPECT_EQ(t, parse("t.text="), 1);
}

static void rejects_unterminated_quote(struct ktest *t)
{
	KTEST_EXPECT_EQ(t, parse("t.text=\"abc t.flag"), 1);
	KTEST_EXPECT_FALSE(t, flag);
}

static void name_must_match_whole(struct ktest *t)
{
	KTEST_EXPECT_EQ(t, parse("t.fla t.flagg"), 2);
	KTEST_EXPECT_FALSE(t, flag);
}

static void repeated_parameter_keeps_the_first(struct ktest *t)
{
	KTEST_EXPECT_EQ(t, parse("t.num=1 t.flag t.num=2"), 1);
	KTEST_EXPECT_EQ(t, number, 1);
	KTEST_EXPECT_EQ(t, parse("t.flag t.flag"), 1);
	KTEST_EXPECT_TRUE(t, flag);
	KTEST_EXPECT_EQ(t, parse("t.text=ab \"t.text=c d\""), 1);
	KTEST_EXPECT_STREQ(t, text, "ab");
	KTEST_EXPECT_TRUE(t, text_rejected);
	KTEST_EXPECT_EQ(t, parse("t.nope t.nope t.num=3"), 2);
	KTEST_EXPECT_EQ(t, number, 3);
}

static void rejected_flag_marks_a_refused_word(struct ktest *t)
{
	KTEST_EXPECT_EQ(t, parse("t.text=abc"), 0);
	KTEST_EXPECT_FALSE(t, text_rejected);
	KTEST_EXPECT_EQ(t, parse("t.text="), 1);
	KTEST_EXPECT_TRUE(t, text_rejected);
	KTEST_EXPECT_EQ(t, parse("t.text=123456789"), 1);
	KTEST_EXPECT_TRUE(t, text_rejected);
}

/* A loader's cut at the line's end drops the word it split, quotes and all. */
static void split_word_is_found(struct ktest *t)
{
	KTEST_EXPECT_EQ(t, cmdline_split_word("a=1 bench.min_ticks=12", false), 4);
	KTEST_EXPECT_EQ(t, cmdline_split_word("a=1 bench.min_ticks=12", true), 22);
	KTEST_EXPECT_EQ(t, cmdline_split_word("a=1 b=2 ", false), 8);
	KTEST_EXPECT_EQ(t, cmdline_split_word("a=1 t.text=\"x y", false), 4);
	KTEST_EXPECT_EQ(t, cmdline_split_word("onlyword", false), 0);
	KTEST_EXPECT_EQ(t, cmdline_split_word("", false), 0);
}

static const struct ktest_case cmdline_cases[] = {
	KTEST_CASE(accepts_each_kind),
	KTEST_CASE(empty_and_blank_lines),
	KTEST_CASE(hex_numbers),
	KTEST_CASE(quotes_keep_spaces),
	KTEST_CASE(rejects_unknown_name),
	KTEST_CASE(rejects_value_on_flag),
	KTEST_CASE(rejects_bad_numbers),
	KTEST_CASE(rejects_long_and_empty_strings),
	KTEST_CASE(rejects_unterminated_quote),
	KTEST_CASE(name_must_match_whole),
	KTEST_CASE(repeated_parameter_keeps_the_first),
	KTEST_CASE(rejected_flag_marks_a_refused_word),
	KTEST_CASE(split_word_is_found),
};
KTEST_SUITE(cmdline, "cmdline", cmdline_cases);
