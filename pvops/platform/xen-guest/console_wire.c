// SPDX-License-Identifier: GPL-2.0
/*
 * The console ring's bytes: what console_ring.c copies into out[] and how
 * much is still waiting for xenconsoled, with nothing that waits or signals,
 * so the host unit tests drive it over a page in ordinary memory.
 *
 * out_cons is xenconsoled's and out_prod lives in the same page, so both are
 * checked before either is believed (include/xen-guest/ring.h): a consumer
 * that jumped ahead of the producer, or a producer more than the ring ahead
 * of it, would have the guest write over bytes not yet taken. Such a pair is
 * -EIO, with nothing copied; console_ring.c then abandons the ring. The in[]
 * half is never read: this kernel takes no console input.
 */
#include <kernel/errno.h>
#include <kernel/printk.h>
#include <xen-guest/guest.h>
#include <xen-guest/ring.h>

long xen_cons_ring_pending(const struct xencons_interface *intf)
{
	XENCONS_RING_IDX prod = READ_ONCE(intf->out_prod), cons = READ_ONCE(intf->out_cons);

	if (!xen_ring_indexes_ok(prod, cons, sizeof(intf->out)))
		return -EIO;
	return prod - cons;
}

long xen_cons_ring_put(struct xencons_interface *intf, const char *text, size_t len)
{
	XENCONS_RING_IDX prod = READ_ONCE(intf->out_prod), cons = READ_ONCE(intf->out_cons);
	size_t room, n, i;

	if (!xen_ring_indexes_ok(prod, cons, sizeof(intf->out)))
		return -EIO;
	room = sizeof(intf->out) - (prod - cons);
	n = len < room ? len : room;
	for (i = 0; i < n; i++)
		intf->out[MASK_XENCONS_IDX(prod + i, intf->out)] = text[i];
	barrier(); /* the bytes before the index: x86 keeps stores in order */
	WRITE_ONCE(intf->out_prod, prod + n);
	return n;
}

void xen_cons_ring_describe(const struct xencons_interface *intf, char *why, size_t len)
{
	XENCONS_RING_IDX prod = READ_ONCE(intf->out_prod), cons = READ_ONCE(intf->out_cons);

	snprintf(why, len, "console ring: out_prod %#x is %u bytes ahead of out_cons %#x, more "
		 "than the %zu-byte ring", prod, prod - cons, cons, sizeof(intf->out));
}
