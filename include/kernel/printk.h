/* SPDX-License-Identifier: GPL-2.0 */
/*
 * printk, its log levels, the console list and panic().
 *
 * Levels follow Linux: a message may start with KERN_SOH and a digit, and
 * only messages whose level is below the console log level reach the
 * consoles. There is no log buffer: this kernel's consoles work from the
 * first instruction of every entry path (a serial port, or Xen's console_io
 * hypercall), so the early console is simply the first one registered.
 * Output is assembled one line at a time, so a line is never split between
 * two console writes (the test runner reads whole KTAP lines).
 */
#ifndef KERNEL_PRINTK_H
#define KERNEL_PRINTK_H

#include <kernel/types.h>

#define KERN_SOH "\001"
#define KERN_EMERG KERN_SOH "0"
#define KERN_ALERT KERN_SOH "1"
#define KERN_CRIT KERN_SOH "2"
#define KERN_ERR KERN_SOH "3"
#define KERN_WARNING KERN_SOH "4"
#define KERN_NOTICE KERN_SOH "5"
#define KERN_INFO KERN_SOH "6"
#define KERN_DEBUG KERN_SOH "7"
#define LOGLEVEL_DEFAULT 4 /* level of a message that names none */

/*
 * A boot console (boot = true, Linux's CON_BOOT) is an early stand-in: the
 * first console that is not one replaces every boot console, so no line
 * reaches a reader twice once the real console works.
 */
struct console {
	const char *name;
	void (*write)(const char *text, size_t len);
	bool boot;
	struct console *next;
};

void register_console(struct console *con);
void unregister_console(struct console *con);
void console_flush(void);
void console_set_loglevel(int level);
int console_get_loglevel(void);
/* Longest console line holding printk_framed() text, its newline not counted. */
#define CONSOLE_FRAMED_LINE_MAX 126
void printk_framed(const char *tag, const char *text, size_t len);

#ifdef HOST_TEST
/* The host unit-test program also links the C library, which has its own. */
#define vsnprintf kernel_vsnprintf
#define snprintf kernel_snprintf
#endif
int vsnprintf(char *buf, size_t size, const char *fmt, va_list ap);
int snprintf(char *buf, size_t size, const char *fmt, ...) __printf(3, 4);
int vprintk(const char *fmt, va_list ap);
int printk(const char *fmt, ...) __printf(1, 2);

#define pr_emerg(fmt, ...) printk(KERN_EMERG pr_fmt(fmt), ##__VA_ARGS__)
#define pr_err(fmt, ...) printk(KERN_ERR pr_fmt(fmt), ##__VA_ARGS__)
#define pr_warn(fmt, ...) printk(KERN_WARNING pr_fmt(fmt), ##__VA_ARGS__)
#define pr_notice(fmt, ...) printk(KERN_NOTICE pr_fmt(fmt), ##__VA_ARGS__)
#define pr_info(fmt, ...) printk(KERN_INFO pr_fmt(fmt), ##__VA_ARGS__)
#define pr_debug(fmt, ...) printk(KERN_DEBUG pr_fmt(fmt), ##__VA_ARGS__)
#ifndef pr_fmt
#define pr_fmt(fmt) fmt
#endif

void panic(const char *fmt, ...) __printf(1, 2) __noreturn;

#endif
