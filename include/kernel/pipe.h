/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Pipes and a process's descriptors (kernel/pipe.c).
 *
 * Descriptors sit on the run queue (a reader or writer blocks on its
 * pipe) and under the process's life: kernel/process.c gives a new
 * process its parent's descriptors and closes them all when it dies.
 */
#ifndef KERNEL_PIPE_H
#define KERNEL_PIPE_H

#include <kernel/runqueue.h>

int pipe_create(struct process *p, int fds[2]);
long pipe_read(struct process *p, int fd, unsigned long ubuf, unsigned long len);
long pipe_write(struct process *p, int fd, unsigned long ubuf, unsigned long len);
int fd_close(struct process *p, int fd);
void fds_inherit(struct process *child, const struct process *parent);
void fds_close_all(struct process *p);
bool fd_is_console(const struct process *p, int fd);

#endif
