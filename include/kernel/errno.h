/* SPDX-License-Identifier: GPL-2.0 */
/*
 * The error numbers kernel functions return, negated, as Linux's do. Xen's
 * xenstore reports errors by these names (xs_wire.h's xsd_errors, which is
 * only defined once EINVAL is), so every name in that table is here too.
 */
#ifndef KERNEL_ERRNO_H
#define KERNEL_ERRNO_H

#define EPERM 1
#define ENOENT 2
#define ESRCH 3
#define EIO 5
#define E2BIG 7
#define ENOEXEC 8
#define EBADF 9
#define ECHILD 10
#define EAGAIN 11
#define ENOMEM 12
#define EACCES 13
#define EFAULT 14
#define EBUSY 16
#define EEXIST 17
#define EISDIR 21
#define EINVAL 22
#define EMFILE 24
#define ENOSPC 28
#define EROFS 30
#define EPIPE 32
#define ERANGE 34
#define EDEADLK 35
#define ENOSYS 38
#define ENOTEMPTY 39
#define EPROTO 71
#define EISCONN 106
#define ETIMEDOUT 110

#endif
