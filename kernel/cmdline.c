// SPDX-License-Identifier: GPL-2.0
/*
 * The command-line parser.
 *
 * It walks the line word by word without modifying it (the entry path keeps
 * the original for printing), looks each word's name up in the parameter
 * table, and converts the value by the parameter's kind. It is pure: it
 * touches only the table it is given and printk, which is what lets the host
 * unit tests drive it with their own tables. See include/kernel/cmdline.h
 * for the rules. A word it echoes is printed with %pE: whatever bytes the
 * loader passed, the echo stays on its one console line.
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
			pr_err("'%pE' takes no value (write just '%s')\n", word, p->name);
			return false;
		}
		*(bool *)p->value = true;
		break;
	case KPARAM_STRING:
		if (!value || !*value) {
			pr_err("'%pE' needs a value ('%s=...')\n", word, p->name);
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
			pr_err("'%pE' needs a number ('%s=N', decimal or 0x hex)\n", word, p->name);
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

/*
 * Copies the next word of *line into word (quotes removed) and moves *line
 * past it; false at the end of the line. *quoted is left true when the
 * word's quote is never closed.
 */
static bool next_word(const char **line, char *word, size_t size, bool *quoted)
{
	const char *s = *line;
	size_t len = 0;

	*quoted = false;
	while (is_blank(*s))
		s++;
	if (!*s) {
		*line = s;
		return false;
	}
	while (*s && (*quoted || !is_blank(*s))) {
		if (*s == '"')
			*quoted = !*quoted;
		else if (len < size - 1)
			word[len++] = *s;
		s++;
	}
	word[len] = '\0';
	*line = s;
	return true;
}

static size_t name_len(const char *word)
{
	const char *eq = strchr(word, '=');

	return eq ? (size_t)(eq - word) : strlen(word);
}

/* Whether a word of [line, end) names the same parameter as name[0..len). */
static bool named_before(const char *line, const char *end, const char *name, size_t len)
{
	char word[COMMAND_LINE_SIZE];
	bool quoted;

	while (line < end && next_word(&line, word, sizeof(word), &quoted))
		if (line <= end && name_len(word) == len && !strncmp(word, name, len))
			return true;
	return false;
}

size_t cmdline_split_word(const char *line, bool cut_before_blank)
{
	char word[COMMAND_LINE_SIZE];
	const char *s = line, *last = line, *before;
	size_t len = strlen(line);
	bool quoted;

	if (!len || cut_before_blank || is_blank(line[len - 1]))
		return len;
	for (before = s; next_word(&s, word, sizeof(word), &quoted); before = s)
		last = before;
	while (is_blank(*last))
		last++;
	return last - line;
}

int parse_cmdline(const char *cmdline, const struct kernel_param *params, size_t n)
{
	char word[COMMAND_LINE_SIZE];
	const char *line = cmdline, *start;
	int errors = 0;
	bool quoted;

	for (start = line; next_word(&line, word, sizeof(word), &quoted); start = line) {
		const struct kernel_param *p;
		size_t len = name_len(word);

		if (quoted) {
			pr_err("unterminated quote in '%pE'\n", word);
			errors++;
			continue;
		}
		p = find_param(word, len, params, n);
		if (!p) {
			pr_err("unknown parameter '%pE' ignored\n", word);
			errors++;
			continue;
		}
		if (named_before(cmdline, start, word, len)) {
			pr_err("'%pE' ignored: %s was given earlier on the line, and the first one "
			       "counts\n",
			       word, p->name);
		} else if (apply_param(p, word, len < strlen(word) ? word + len + 1 : NULL)) {
			continue;
		}
		if (p->rejected)
			*p->rejected = true;
		errors++;
	}
	return errors;
}
