// SPDX-License-Identifier: GPL-2.0
/*
 * Pipes and the descriptor table.
 *
 * A pipe is one page of ring buffer (from the page allocator, so the
 * accounting of a process's teardown covers it) with a count of open read
 * and write ends. A descriptor points at an end, shared by every process
 * that inherited it; the pipe goes when both counts reach zero. Blocking
 * is the scheduler's: a reader of an empty pipe sleeps on the pipe while
 * a writer may still come, a writer of a full one while a reader may
 * still drain it, and every change that could let a sleeper on, a write,
 * a read or a close, wakes them all (they re-check). As on Linux, a read
 * with no writer left returns what is there and then 0, and a write with
 * no reader left is -EPIPE. Descriptors 0 to 2 start as the console end,
 * which writes to the console and reads end of file. What a process
 * writes there is framed (printk_framed()): each of its lines starts with
 * "name[pid]: ", so nothing it prints can pass for a line of the kernel's
 * or the hypervisor's.
 */
#include <kernel/errno.h>
#include <kernel/printk.h>
#include <kernel/pipe.h>
#include <kernel/string.h>
#include <kernel/uaccess.h>

#define NR_PIPES 16
#define CONSOLE_FDS 3
#define CHUNK 128

struct pipe {
	bool used;
	pfn_t page;
	char *buf;
	unsigned long head, len; /* ring: oldest byte at head */
	unsigned int readers, writers;
};

struct pipe_end {
	struct pipe *pipe;
	bool write;
	unsigned int refs;
};

static struct pipe pipes[NR_PIPES];
static struct pipe_end ends[NR_PIPES * 2];
static struct pipe_end console_end = { .write = true };

static struct pipe_end *end_of(struct process *p, int fd)
{
	return fd >= 0 && fd < NR_FDS ? p->fds[fd] : NULL;
}

bool fd_is_console(const struct process *p, int fd)
{
	return fd >= 0 && fd < NR_FDS && p->fds[fd] == &console_end;
}

static int free_fd(const struct process *p, int after)
{
	int fd;

	for (fd = after + 1; fd < NR_FDS; fd++)
		if (!p->fds[fd])
			return fd;
	return -EMFILE;
}

int pipe_create(struct process *p, int fds[2])
{
	struct pipe *pp = NULL;
	unsigned int i;
	pfn_t page;

	fds[0] = free_fd(p, -1);
	fds[1] = fds[0] < 0 ? -EMFILE : free_fd(p, fds[0]);
	if (fds[1] < 0)
		return -EMFILE;
	for (i = 0; i < NR_PIPES && !pp; i++)
		if (!pipes[i].used)
			pp = &pipes[i];
	if (!pp)
		return -EMFILE;
	if (!page_alloc(&page))
		return -ENOMEM;
	i = pp - pipes;
	*pp = (struct pipe){ .used = true, .page = page, .buf = pfn_to_virt(page),
			     .readers = 1, .writers = 1 };
	ends[2 * i] = (struct pipe_end){ .pipe = pp, .refs = 1 };
	ends[2 * i + 1] = (struct pipe_end){ .pipe = pp, .write = true, .refs = 1 };
	p->fds[fds[0]] = &ends[2 * i];
	p->fds[fds[1]] = &ends[2 * i + 1];
	return 0;
}

static void end_put(struct pipe_end *e)
{
	struct pipe *pp = e->pipe;

	if (e == &console_end || --e->refs)
		return;
	if (e->write)
		pp->writers--;
	else
		pp->readers--;
	process_wake(pp);
	if (!pp->readers && !pp->writers) {
		page_free(pp->page);
		pp->used = false;
	}
}

int fd_close(struct process *p, int fd)
{
	struct pipe_end *e = end_of(p, fd);

	if (!e)
		return -EBADF;
	p->fds[fd] = NULL;
	end_put(e);
	return 0;
}

void fds_close_all(struct process *p)
{
	int fd;

	for (fd = 0; fd < NR_FDS; fd++)
		if (p->fds[fd])
			fd_close(p, fd);
}

void fds_inherit(struct process *child, const struct process *parent)
{
	int fd;

	for (fd = 0; fd < NR_FDS; fd++) {
		struct pipe_end *e = parent ? parent->fds[fd] : (fd < CONSOLE_FDS ? &console_end :
										     NULL);

		child->fds[fd] = e;
		if (e && e != &console_end)
			e->refs++;
	}
}

static long console_write(const struct process *p, unsigned long ubuf, unsigned long len)
{
	char chunk[CHUNK], tag[PROC_NAME_LEN + 16];
	unsigned long done = 0;

	snprintf(tag, sizeof(tag), "%s[%d]: ", p->name, p->pid);
	if (!user_range_ok(ubuf, len))
		return -EFAULT;
	while (done < len) {
		unsigned long n = len - done < sizeof(chunk) ? len - done : sizeof(chunk);

		if (copy_from_user(chunk, ubuf + done, n))
			return done ? (long)done : -EFAULT;
		printk_framed(tag, chunk, n);
		done += n;
	}
	return done;
}

long pipe_read(struct process *p, int fd, unsigned long ubuf, unsigned long len)
{
	struct pipe_end *e = end_of(p, fd);
	struct pipe *pp;
	unsigned long n, first;

	if (!e || e->write)
		return -EBADF;
	if (e == &console_end)
		return 0;
	if (!user_range_ok(ubuf, len))
		return -EFAULT;
	pp = e->pipe;
	while (!pp->len && pp->writers)
		process_block(pp);
	n = len < pp->len ? len : pp->len;
	first = n < PAGE_SIZE - pp->head ? n : PAGE_SIZE - pp->head;
	if (copy_to_user(ubuf, pp->buf + pp->head, first) ||
	    copy_to_user(ubuf + first, pp->buf, n - first))
		return -EFAULT;
	pp->head = (pp->head + n) % PAGE_SIZE;
	pp->len -= n;
	if (n)
		process_wake(pp);
	return n;
}

long pipe_write(struct process *p, int fd, unsigned long ubuf, unsigned long len)
{
	struct pipe_end *e = end_of(p, fd);
	struct pipe *pp;
	unsigned long done = 0;

	if (!e || !e->write)
		return -EBADF;
	if (e == &console_end)
		return console_write(p, ubuf, len);
	if (!user_range_ok(ubuf, len))
		return -EFAULT;
	pp = e->pipe;
	while (done < len) {
		unsigned long tail, n;

		while (pp->len == PAGE_SIZE && pp->readers)
			process_block(pp);
		if (!pp->readers)
			return done ? (long)done : -EPIPE;
		tail = (pp->head + pp->len) % PAGE_SIZE;
		n = len - done;
		if (n > PAGE_SIZE - pp->len)
			n = PAGE_SIZE - pp->len;
		if (n > PAGE_SIZE - tail)
			n = PAGE_SIZE - tail;
		if (copy_from_user(pp->buf + tail, ubuf + done, n))
			return done ? (long)done : -EFAULT;
		pp->len += n;
		done += n;
		process_wake(pp);
	}
	return done;
}
