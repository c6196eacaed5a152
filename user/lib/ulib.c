// SPDX-License-Identifier: GPL-2.0
/*
 * The user runtime's helpers: enough output for a test to say what it saw.
 */
#include "ulib.h"

size_t ustrlen(const char *s)
{
	size_t n = 0;

	while (s[n])
		n++;
	return n;
}

void uputs(const char *s)
{
	sys_write(1, s, ustrlen(s));
}

void uputn(const char *what, long n)
{
	char buf[24];
	unsigned long v = n < 0 ? -(unsigned long)n : (unsigned long)n;
	int i = sizeof(buf);

	buf[--i] = '\n';
	do {
		buf[--i] = '0' + v % 10;
		v /= 10;
	} while (v);
	if (n < 0)
		buf[--i] = '-';
	uputs(what);
	uputs(": ");
	sys_write(1, buf + i, sizeof(buf) - i);
}
