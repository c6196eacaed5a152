/* SPDX-License-Identifier: GPL-2.0 */
/* The error numbers kernel functions return, negated, as Linux's do. */
#ifndef KERNEL_ERRNO_H
#define KERNEL_ERRNO_H

#define ENOENT 2
#define ENOMEM 12
#define EEXIST 17
#define EINVAL 22
#define ERANGE 34

#endif
