// SPDX-License-Identifier: GPL-2.0
/*
 * vsnprintf: the kernel's only formatter.
 *
 * It understands what kernel code and the test framework print, and no
 * more: flags '-', '0', '+', ' ', '#', a width and precision (numbers or
 * '*'), the length modifiers hh, h, l, ll, z and t, and the conversions
 * d i u x X o c s p %, and Linux's %pE: a string from outside the kernel
 * (the command line), each byte that is not printable ASCII shown as \xNN
 * and a backslash as \\, so that no such string can break a console line
 * or fake one; %*pE takes the string's length as the width. Anything else
 * is printed verbatim, so a bad format
 * shows up on the console instead of being silently dropped. Like C's
 * snprintf it always terminates the buffer (when size > 0) and returns the
 * length the full output would have had. Host unit tests compare it with
 * the C library's snprintf.
 */
#include <kernel/printk.h>
#include <kernel/string.h>

struct outbuf {
	char *buf;
	size_t size;
	size_t len;
};

static void out_char(struct outbuf *o, char c)
{
	if (o->len + 1 < o->size)
		o->buf[o->len] = c;
	o->len++;
}

static void out_pad(struct outbuf *o, char c, int n)
{
	while (n-- > 0)
		out_char(o, c);
}

struct spec {
	bool left, zero, plus, space, alt, star;
	int width;
	int precision; /* -1: none */
};

static void out_string(struct outbuf *o, const char *s, const struct spec *sp)
{
	size_t len = s ? strnlen(s, sp->precision < 0 ? (size_t)-1 : (size_t)sp->precision) : 6;
	int pad = sp->width - (int)len;

	if (!s)
		s = "(null)";
	if (!sp->left)
		out_pad(o, ' ', pad);
	while (len--)
		out_char(o, *s++);
	if (sp->left)
		out_pad(o, ' ', pad);
}

static void out_escaped(struct outbuf *o, const char *s, const struct spec *sp)
{
	const char *digits = "0123456789abcdef";
	size_t len;

	if (!s)
		s = "(null)";
	len = sp->star ? strnlen(s, sp->width) : strlen(s);
	for (; len--; s++) {
		unsigned char c = *s;

		if (c >= ' ' && c <= '~' && c != '\\') {
			out_char(o, c);
			continue;
		}
		out_char(o, '\\');
		if (c == '\\') {
			out_char(o, c);
			continue;
		}
		out_char(o, 'x');
		out_char(o, digits[c >> 4]);
		out_char(o, digits[c & 0xf]);
	}
}

static void out_number(struct outbuf *o, u64 value, bool negative, unsigned int base, bool upper,
		       const struct spec *sp)
{
	const char *digits = upper ? "0123456789ABCDEF" : "0123456789abcdef";
	char tmp[24];
	int n = 0;
	const char *prefix = "";
	int prefix_len, zeros, pad;
	bool is_zero = value == 0;

	if (is_zero && sp->precision == 0)
		n = 0;
	else
		do {
			tmp[n++] = digits[value % base];
			value /= base;
		} while (value);

	if (negative)
		prefix = "-";
	else if (sp->plus)
		prefix = "+";
	else if (sp->space)
		prefix = " ";
	if (sp->alt && base == 16 && !is_zero)
		prefix = upper ? "0X" : "0x";
	else if (sp->alt && base == 8 && (n == 0 || tmp[n - 1] != '0'))
		prefix = "0";
	prefix_len = (int)strlen(prefix);

	zeros = sp->precision > n ? sp->precision - n : 0;
	pad = sp->width - prefix_len - zeros - n;
	if (sp->zero && !sp->left && sp->precision < 0) {
		zeros += pad > 0 ? pad : 0;
		pad = 0;
	}
	if (!sp->left)
		out_pad(o, ' ', pad);
	while (*prefix)
		out_char(o, *prefix++);
	out_pad(o, '0', zeros);
	while (n)
		out_char(o, tmp[--n]);
	if (sp->left)
		out_pad(o, ' ', pad);
}

static int parse_int(const char **fmt)
{
	int v = 0;

	while (**fmt >= '0' && **fmt <= '9')
		v = v * 10 + (*(*fmt)++ - '0');
	return v;
}

int vsnprintf(char *buf, size_t size, const char *fmt, va_list ap)
{
	struct outbuf o = { .buf = buf, .size = size };

	while (*fmt) {
		const char *start = fmt;
		struct spec sp = { .precision = -1 };
		int lng = 0; /* -2 hh, -1 h, 0 int, 1 long, 2 long long */
		bool is_signed = false;
		unsigned int base = 10;
		u64 uv;
		s64 sv;

		if (*fmt != '%') {
			out_char(&o, *fmt++);
			continue;
		}
		fmt++;
		for (;; fmt++) {
			if (*fmt == '-')
				sp.left = true;
			else if (*fmt == '0')
				sp.zero = true;
			else if (*fmt == '+')
				sp.plus = true;
			else if (*fmt == ' ')
				sp.space = true;
			else if (*fmt == '#')
				sp.alt = true;
			else
				break;
		}
		if (*fmt == '*') {
			fmt++;
			sp.star = true;
			sp.width = va_arg(ap, int);
			if (sp.width < 0) {
				sp.left = true;
				sp.width = -sp.width;
			}
		} else {
			sp.width = parse_int(&fmt);
		}
		if (*fmt == '.') {
			fmt++;
			if (*fmt == '*') {
				fmt++;
				sp.precision = va_arg(ap, int);
				if (sp.precision < 0)
					sp.precision = -1;
			} else {
				sp.precision = parse_int(&fmt);
			}
		}
		for (;; fmt++) {
			if (*fmt == 'h')
				lng = lng <= -1 ? -2 : -1;
			else if (*fmt == 'l')
				lng = lng >= 1 ? 2 : 1;
			else if (*fmt == 'z' || *fmt == 't')
				lng = 1;
			else
				break;
		}

		switch (*fmt) {
		case '%':
			out_char(&o, '%');
			fmt++;
			continue;
		case 'c':
			out_pad(&o, ' ', sp.left ? 0 : sp.width - 1);
			out_char(&o, (char)va_arg(ap, int));
			out_pad(&o, ' ', sp.left ? sp.width - 1 : 0);
			fmt++;
			continue;
		case 's':
			out_string(&o, va_arg(ap, const char *), &sp);
			fmt++;
			continue;
		case 'p':
			if (fmt[1] == 'E') {
				out_escaped(&o, va_arg(ap, const char *), &sp);
				fmt += 2;
				continue;
			}
			sp.alt = true;
			out_number(&o, (u64)(uintptr_t)va_arg(ap, void *), false, 16, false, &sp);
			fmt++;
			continue;
		case 'd':
		case 'i':
			is_signed = true;
			break;
		case 'u':
			break;
		case 'x':
		case 'X':
			base = 16;
			break;
		case 'o':
			base = 8;
			break;
		default:
			/* Unknown conversion: show it as written. */
			while (start < fmt + (*fmt ? 1 : 0))
				out_char(&o, *start++);
			if (*fmt)
				fmt++;
			continue;
		}

		if (is_signed) {
			if (lng >= 2)
				sv = va_arg(ap, long long);
			else if (lng == 1)
				sv = va_arg(ap, long);
			else
				sv = va_arg(ap, int);
			if (lng == -1)
				sv = (short)sv;
			else if (lng == -2)
				sv = (signed char)sv;
			uv = sv < 0 ? -(u64)sv : (u64)sv;
			out_number(&o, uv, sv < 0, base, false, &sp);
		} else {
			if (lng >= 2)
				uv = va_arg(ap, unsigned long long);
			else if (lng == 1)
				uv = va_arg(ap, unsigned long);
			else
				uv = va_arg(ap, unsigned int);
			if (lng == -1)
				uv = (unsigned short)uv;
			else if (lng == -2)
				uv = (unsigned char)uv;
			out_number(&o, uv, false, base, *fmt == 'X', &sp);
		}
		fmt++;
	}
	if (size)
		buf[o.len < size ? o.len : size - 1] = '\0';
	return (int)o.len;
}

int snprintf(char *buf, size_t size, const char *fmt, ...)
{
	va_list ap;
	int n;

	va_start(ap, fmt);
	n = vsnprintf(buf, size, fmt, ap);
	va_end(ap);
	return n;
}
