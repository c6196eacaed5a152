/* SPDX-License-Identifier: GPL-2.0 */
/*
 * The Xen guest layer: what a PV and a PVH backend share (pvops/platform/xen-guest/).
 *
 * Both guest types see Xen the same way once they can make hypercalls
 * (hypercall.h): shared_info with its event bitmaps, a vcpu_info with the
 * clock and the upcall flags, event channels bound to VIRQs, the console,
 * the shutdown. How the guest gets there differs and stays in the backend:
 * which page holds shared_info and vcpu_info (a PV guest maps machine
 * frames, a PVH guest adds them to its physmap), and how an upcall arrives
 * (a PV callback, a PVH vector). So the backend points xen_shared_info and
 * xen_vcpu at their homes and calls xen_evtchn_do_upcall() from its own
 * upcall entry; the layer never calls into a backend, it only reads these
 * two pointers, which must be set before any function here runs.
 */
#ifndef PVOPS_XEN_GUEST_H
#define PVOPS_XEN_GUEST_H

#include <kernel/types.h>
#include <xen/xen.h>
#include <xen/event_channel.h>
#include <xen/io/console.h>

extern shared_info_t *xen_shared_info;
extern struct vcpu_info *xen_vcpu;

/*
 * hypercall_hvm.c: the transport of a guest in a hardware container, its own
 * vmcall or vmmcall (the backend says which) stubs written into the page
 * before the first hypercall.
 */
void xen_hvm_fill_hypercall_page(bool vmmcall);

/* features.c: XENVER_get_features submap 0, read once at init. */
extern u32 xen_features;
void xen_read_features(void);

/* console.c: console_io, usable from the first instruction. */
void xen_console_init(void);

/*
 * Whether this guest is the hardware domain (dom0), as its backend learnt it
 * at entry (PV: start_info's SIF_INITDOMAIN). Set before the first printk;
 * dom0-only checks skip by it, and a domU's console and store follow from it.
 */
extern bool xen_initial_domain;

/* console_ring.c: a domU's console, the ring shared with xenconsoled. */
void xen_console_ring_init(struct xencons_interface *intf, evtchn_port_t port);
/* Waits (bounded) until xenconsoled has taken everything; false if it did not. */
bool xen_console_ring_drain(void);
/* Bytes a stalled consumer, or a ring abandoned for its indexes, made the ring give up. */
unsigned long xen_console_ring_lost(void);

/*
 * console_wire.c: the ring's copy, pure. Bytes waiting for xenconsoled, or
 * bytes copied into out[]; -EIO, nothing touched, when out_prod and out_cons
 * are more than the ring apart, which xen_cons_ring_describe() puts in words.
 */
long xen_cons_ring_pending(const struct xencons_interface *intf);
long xen_cons_ring_put(struct xencons_interface *intf, const char *text, size_t len);
void xen_cons_ring_describe(const struct xencons_interface *intf, char *why, size_t len);

/* evtchn_wait.c: signal a port; wait for it by SCHEDOP_poll until a Xen-clock deadline. */
long xen_evtchn_notify(evtchn_port_t port);
void xen_evtchn_clear(evtchn_port_t port);
long xen_evtchn_wait(evtchn_port_t port, u64 deadline_ns);

/* events.c: every port masked; a VIRQ bound and unmasked with its handler. */
typedef void (*xen_port_handler_t)(unsigned int port);
void xen_evtchn_init(void);
unsigned int xen_bind_virq(unsigned int virq, xen_port_handler_t handler);
/* A port the domain builder made (the xenstore's), its handler installed, unmasked. */
void xen_bind_port(unsigned int port, xen_port_handler_t handler);
/* The 2-level demux; the backend calls it from its upcall, events masked. */
void xen_evtchn_do_upcall(void);
extern unsigned long xen_unhandled_events;

/* time.c: the vcpu_time_info clock and a one-shot timer on VIRQ_TIMER. */
u64 xen_sched_clock(void);
unsigned long xen_clock_khz(void);
void xen_set_timer(u64 expires_ns);
void xen_timer_init(void);

/* shutdown.c: SCHEDOP_shutdown with a SHUTDOWN_* reason; never returns. */
void xen_shutdown(unsigned int reason) __noreturn;
/* The SHUTDOWN_* reason that tells the toolstack how a run ended. */
enum machine_exit_reason;
unsigned int xen_shutdown_reason(enum machine_exit_reason reason);

#endif
