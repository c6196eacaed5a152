/* SPDX-License-Identifier: GPL-2.0 */
/*
 * start_info checking (start_info.c), shared by the entry path and the
 * host unit tests.
 */
#ifndef XEN_START_INFO_H
#define XEN_START_INFO_H

#include <kernel/bootinfo.h>
#include <xen/xen.h>

/*
 * The start of start_info.magic for a 64-bit PV guest: public/xen.h
 * documents "xen-<version>-<platform>" but names no constant for it.
 */
#define XEN_START_INFO_MAGIC "xen-3.0-x86_64"

/* 0 on success, with bi filled; otherwise -1 and why holds the reason. */
int xen_parse_start_info(const start_info_t *si, struct boot_info *bi, char *why, size_t len);

#endif
