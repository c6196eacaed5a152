/* SPDX-License-Identifier: GPL-2.0 */
/*
 * A small xenstore client (pvops/platform/xen-guest/xenstore.c) and its wire format
 * (xenstore_wire.c, pure, host-tested), plus control/shutdown (control.c).
 *
 * Every call returns 0 (or a length) or a negative errno: xenstored's own
 * error names mapped through xs_wire.h's table, -E2BIG for a request or a
 * value larger than the wire allows, -ETIMEDOUT for a daemon that did not
 * answer in time, -EIO once a malformed reply or ring indexes more than a
 * ring apart have broken the connection.
 */
#ifndef PVOPS_XEN_XENSTORE_H
#define PVOPS_XEN_XENSTORE_H

#include <kernel/types.h>
#include <xen/xen.h>
#include <xen/event_channel.h>
#include <xen/io/xs_wire.h>

/*
 * The wire, over a ring page in memory: nothing here waits or signals. Each
 * ring function returns bytes (room, copied, available), or -EIO, touching
 * nothing, when its ring's indexes are more than a ring apart;
 * xen_store_check_ring() then says which ring and which values (why filled).
 */
long xen_store_ring_room(const struct xenstore_domain_interface *intf);
long xen_store_ring_put(struct xenstore_domain_interface *intf, const void *data, size_t len);
long xen_store_ring_avail(const struct xenstore_domain_interface *intf);
long xen_store_ring_get(struct xenstore_domain_interface *intf, void *buf, size_t len);
int xen_store_check_ring(const struct xenstore_domain_interface *intf, char *why, size_t why_len);
/* 0, or why the header cannot start a reply (why is filled). */
int xen_store_check_header(const struct xsd_sockmsg *msg, char *why, size_t why_len);
/* 0 if the reply answers request req_id, a request of that type; else its error. */
int xen_store_reply_status(const struct xsd_sockmsg *msg, const char *payload, u32 type,
			   u32 req_id, char *why, size_t why_len);
/* Splits a watch event's "path\0token\0" payload; -EPROTO if it is not that. */
int xen_store_parse_watch(const char *payload, u32 len, const char **path, const char **token);

/* The client: after xen_store_init(), from any context but with one CPU. */
int xen_store_init(struct xenstore_domain_interface *intf, evtchn_port_t port);
bool xen_store_connected(void);
int xen_store_read(const char *path, char *buf, size_t len);
int xen_store_write(const char *path, const char *value);
typedef void (*xen_store_watch_fn)(const char *path, const char *token);
int xen_store_watch(const char *path, const char *token, xen_store_watch_fn fn);

/* control.c: watch control/shutdown, leaving through machine_exit() when asked. */
void xen_control_init(void);

#endif
