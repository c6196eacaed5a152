/* SPDX-License-Identifier: GPL-2.0 */
/* The error numbers kernel functions return, negated, as Linux's do. */
#ifndef KERNEL_ERRNO_H
#define KERNEL_ERRNO_H

#define ENOENT 2
#define ESRCH 3
#define ENOEXEC 8
#define EBADF 9
#define ECHILD 10
#define EAGAIN 11
#define ENOMEM 12
#define EFAULT 14
#define EEXIST 17
#define EINVAL 22
#define EMFILE 24
#define EPIPE 32
#define ERANGE 34
#define EDEADLK 35
#define ENOSYS 38

#endif
