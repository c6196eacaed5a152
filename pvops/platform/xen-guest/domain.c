// SPDX-License-Identifier: GPL-2.0
/*
 * Which kind of Xen guest this is: the hardware domain, or any other.
 *
 * Much follows from it. dom0 talks to Xen's own console with console_io and
 * has no xenstore to connect to (it runs xenstored); a domU gets a console
 * ring and a store ring from its domain builder, is refused console_io on a
 * non-debug Xen, and cannot reach QEMU's I/O ports. Suites that check what
 * only dom0 has skip elsewhere by this property rather than by reading Xen's
 * feature bits, which are the very thing such a suite checks. The backend
 * learns it at entry, from the boot structure Xen hands over (PV:
 * start_info's SIF_INITDOMAIN), and sets it before the first printk, because
 * the console to register depends on it.
 */
#include <xen-guest/guest.h>

bool xen_initial_domain;
