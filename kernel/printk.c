// SPDX-License-Identifier: GPL-2.0
/*
 * printk: format, filter by level, and hand whole lines to the consoles.
 *
 * Each call formats into a stack buffer, strips the optional KERN_<LEVEL>
 * prefix and, if the level passes the console log level, appends the text to
 * a pending line. Consoles receive only complete lines (or a full pending
 * buffer), so two printk calls that build one line with no newline in
 * between still reach the console as one write: the KTAP parser on the host
 * and a human reading a serial log both depend on that. The early console is
 * whichever one the entry path registers first; there is no log buffer to
 * replay because no message is ever printed before a console exists. A
 * message longer than the stack buffer is cut visibly: its end is replaced
 * by a note of its full length and a newline, so the cut can be seen and
 * the next line is never glued to it.
 *
 * Text the kernel did not write (a process's console output) goes through
 * printk_framed(), which keeps it from starting a console line: the host
 * knows the kernel's verdict line, KTAP, and Xen's own lines (Xen prints a
 * dom0's console_io text raw) by how a line starts. Each line that would
 * start with such text starts with the writer's tag instead, and no line
 * holding it grows past CONSOLE_FRAMED_LINE_MAX bytes, so a console hands
 * it over in one piece: Xen copies console_io text 127 bytes at a time and
 * may print a line of its own between two pieces, which would leave the
 * second at the start of a line.
 */
#include <kernel/printk.h>
#include <kernel/string.h>

static struct console *consoles;
static int console_loglevel = CONFIG_CONSOLE_LOGLEVEL_DEFAULT;
static char pending[256];
static size_t pending_len;

void register_console(struct console *con)
{
	struct console **p = &consoles;

	while (*p) {
		if (*p == con)
			return;
		if ((*p)->boot && !con->boot)
			*p = (*p)->next;
		else
			p = &(*p)->next;
	}
	con->next = NULL;
	*p = con;
}

void unregister_console(struct console *con)
{
	struct console **p;

	for (p = &consoles; *p; p = &(*p)->next) {
		if (*p == con) {
			*p = con->next;
			con->next = NULL;
			return;
		}
	}
}

void console_set_loglevel(int level)
{
	console_loglevel = level;
}

int console_get_loglevel(void)
{
	return console_loglevel;
}

void console_flush(void)
{
	struct console *con;

	if (!pending_len)
		return;
	for (con = consoles; con; con = con->next)
		con->write(pending, pending_len);
	pending_len = 0;
}

static void emit(const char *text, size_t len)
{
	while (len--) {
		char c = *text++;

		pending[pending_len++] = c;
		if (c == '\n' || pending_len == sizeof(pending))
			console_flush();
	}
}

#define PRINTK_MESSAGE_MAX 512
#define PRINTK_CUT_NOTE_MAX 32

/* Ends a message cut at the buffer's end with a note of its length. */
static int mark_cut(char *buf, size_t size, int full_len)
{
	char note[PRINTK_CUT_NOTE_MAX];
	int len = snprintf(note, sizeof(note), " [truncated: %d bytes]\n", full_len);

	memcpy(buf + size - 1 - len, note, len + 1);
	return (int)size - 1;
}

int vprintk(const char *fmt, va_list ap)
{
	char buf[PRINTK_MESSAGE_MAX];
	int level = LOGLEVEL_DEFAULT;
	int n;

	if (fmt[0] == KERN_SOH[0] && fmt[1] >= '0' && fmt[1] <= '7') {
		level = fmt[1] - '0';
		fmt += 2;
	}
	n = vsnprintf(buf, sizeof(buf), fmt, ap);
	if (n >= (int)sizeof(buf))
		n = mark_cut(buf, sizeof(buf), n);
	if (level < console_loglevel)
		emit(buf, (size_t)n);
	return n;
}

void printk_framed(const char *tag, const char *text, size_t len)
{
	if (console_loglevel <= LOGLEVEL_DEFAULT)
		return;
	while (len) {
		size_t room, n = 0;

		if (pending_len >= CONSOLE_FRAMED_LINE_MAX)
			emit("\n", 1);
		if (!pending_len)
			emit(tag, strnlen(tag, CONSOLE_FRAMED_LINE_MAX / 2));
		room = CONSOLE_FRAMED_LINE_MAX - pending_len;
		while (n < len && n < room && text[n] != '\n')
			n++;
		if (n < len && text[n] == '\n')
			n++;
		emit(text, n);
		text += n;
		len -= n;
	}
}

int printk(const char *fmt, ...)
{
	va_list ap;
	int n;

	va_start(ap, fmt);
	n = vprintk(fmt, ap);
	va_end(ap);
	return n;
}
