// SPDX-License-Identifier: GPL-2.0
/*
 * The command-line parser.
 *
 * It walks the line word by word without modifying it (the entry path keeps
 * the original for printing), looks each word's name up in the parameter
 * table, and converts the value by the parameter's kind. It is pure: it
 * touches only the table it is given and printk, which is what lets the host
 * unit tests drive it with their own tables. See include/kernel/cmdline.h
 * for the rules.
 */
#define pr_fmt(fmt) "cmdline: " fmt

#include <kernel/cmdline.h>
#include <kernel/printk.h>
#include <kernel/string.h>

bool parse_ulong(const char *s, unsigned long *out)
{
	unsigned long v = 0, base = 10, digit;

	if (s[0] == '0' && (s[1] == 'x' || s[1] == 'X')) {
		base = 16;
		s += 2;
	}
	if (!*s)
		return false;
	for (; *s; s++) {
		if (*s >= '0' && *s <= '9')
			digit = *s - '0';
		else if (base == 16 && *s >= 'a' && *s <= 'f')
			digit = *s - 'a' + 10;
		else if (base == 16 && *s >= 'A' && *s <= 'F')
			digit = *s - 'A' + 10;
		else
			return false;
		if (v > (~0UL - digit) / base)
			return false;
		v = v * base + digit;
	}
	*out = v;
	return true;
}

static const struct kernel_param *find_param(const char *name, size_t len,
					     const struct kernel_param *params, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++)
		if (strlen(params[i].name) == len && !strncmp(params[i].name, name, len))
			return &params[i];
	return NULL;
}

/* Applies one `name[=value]`; returns false (after saying why) if rejected. */
static bool apply_param(const struct kernel_param *p, const char *word, const char *value)
{
	unsigned long v;

	switch (p->kind) {
	case KPARAM_FLAG:
		if (value) {
			pr_err("'%s' takes no value (write just '%s')\n", word, p->name);
			return false;
		}
		*(bool *)p->value = true;
		break;
	case KPARAM_STRING:
		if (!value || !*value) {
			pr_err("'%s' needs a value ('%s=...')\n", word, p->name);
			return false;
		}
		if (strlen(value) >= p->size) {
			pr_err("value of '%s' is too long (at most %zu characters)\n", p->name,
			       p->size - 1);
			return false;
		}
		strlcpy(p->value, value, p->size);
		break;
	case KPARAM_ULONG:
		if (!value || !parse_ulong(value, &v)) {
			pr_err("'%s' needs a number ('%s=N', decimal or 0x hex)\n", word, p->name);
			return false;
		}
		*(unsigned long *)p->value = v;
		break;
	}
	if (p->seen)
		*p->seen = true;
	return true;
}

static bool is_blank(char c)
{
	return c == ' ' || c == '\t' || c == '\n';
}

/* Where the word at s ends; *quoted says it ended inside an open quote. */
static const char *word_end(const char *s, bool *quoted)
{
	*quoted = false;
	for (; *s && (*quoted || !is_blank(*s)); s++)
		if (*s == '"')
			*quoted = !*quoted;
	return s;
}

size_t cmdline_split_word(const char *line, bool cut_before_blank)
{
	const char *s = line, *last;
	size_t len = strlen(line);
	bool quoted;

	if (!len || cut_before_blank || is_blank(line[len - 1]))
		return len;
	for (last = s; *s; s = word_end(s, &quoted)) {
		while (is_blank(*s))
			s++;
		if (*s)
			last = s;
	}
	return last - line;
}

int parse_cmdline(const char *cmdline, const struct kernel_param *params, size_t n)
{
	char word[COMMAND_LINE_SIZE];
	int errors = 0;

	while (*cmdline) {
		const struct kernel_param *p;
		size_t len = 0, name_len;
		bool quoted = false;
		char *eq;

		const char *end;

		while (is_blank(*cmdline))
			cmdline++;
		if (!*cmdline)
			break;
		for (end = word_end(cmdline, &quoted); cmdline < end; cmdline++)
			if (*cmdline != '"' && len < sizeof(word) - 1)
				word[len++] = *cmdline;
		word[len] = '\0';
		if (quoted) {
			pr_err("unterminated quote in '%s'\n", word);
			errors++;
			continue;
		}

		eq = strchr(word, '=');
		name_len = eq ? (size_t)(eq - word) : len;
		p = find_param(word, name_len, params, n);
		if (!p) {
			pr_err("unknown parameter '%s' ignored\n", word);
			errors++;
			continue;
		}
		if (!apply_param(p, word, eq ? eq + 1 : NULL))
			errors++;
	}
	return errors;
}
