// SPDX-License-Identifier: GPL-2.0
/*
 * hello: the smallest program, a second file for the loader and the
 * example of what a user program is: main(arg), its result the status.
 */
#include "lib/ulib.h"

int main(unsigned long arg);
int main(unsigned long arg)
{
	uputs("hello: hello, world\n");
	return (int)arg;
}
