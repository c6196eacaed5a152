// SPDX-License-Identifier: GPL-2.0
/*
 * The PC console: the first 16550 UART (COM1), polled.
 *
 * Polling is deliberate. The console must work from the first C line of the
 * entry path, before there is an IDT or a timer, and must still work inside
 * panic() with interrupts in any state; a transmit-ready poll per byte is
 * slow only on real hardware at real baud rates, and QEMU's UART is always
 * ready. LF becomes CRLF so a terminal shows what a log file shows.
 */
#include <kernel/printk.h>
#include <pc/pc.h>

#define COM1 0x3f8
#define UART_THR 0 /* transmit holding register */
#define UART_IER 1
#define UART_FCR 2
#define UART_LCR 3
#define UART_LSR 5
#define UART_LSR_THRE 0x20
#define UART_LCR_DLAB 0x80
#define UART_LCR_8N1 0x03

static void serial_putc(char c)
{
	while (!(native_inb(COM1 + UART_LSR) & UART_LSR_THRE))
		;
	native_outb((u8)c, COM1 + UART_THR);
}

static void serial_write(const char *text, size_t len)
{
	while (len--) {
		if (*text == '\n')
			serial_putc('\r');
		serial_putc(*text++);
	}
}

static struct console pc_serial_console = {
	.name = "ttyS0",
	.write = serial_write,
};

void pc_serial_init(void)
{
	native_outb(0x00, COM1 + UART_IER);	     /* no interrupts */
	native_outb(UART_LCR_DLAB, COM1 + UART_LCR);
	native_outb(0x01, COM1 + 0);		     /* divisor 1: 115200 baud */
	native_outb(0x00, COM1 + 1);
	native_outb(UART_LCR_8N1, COM1 + UART_LCR);
	native_outb(0xc7, COM1 + UART_FCR);	     /* FIFOs on and cleared */
	register_console(&pc_serial_console);
}
