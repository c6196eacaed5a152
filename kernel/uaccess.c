// SPDX-License-Identifier: GPL-2.0
/*
 * Copies between kernel and user memory (include/kernel/uaccess.h).
 *
 * One rep movsb does the copy, with a fixup entry that resumes right after
 * it: a fault leaves %rcx at the bytes not copied, so a partial copy is
 * seen and refused as a whole. The range check comes first, so the copy
 * never reaches kernel memory on a user's behalf whatever the page tables
 * say; the fixup covers only what the range check cannot know (holes,
 * read-only pages). The fault handler has first refusal on a fault inside
 * the copy: an untouched page of an anonymous mapping is populated and the
 * copy goes on (kernel/uvm.c).
 */
#include <kernel/errno.h>
#include <kernel/extable.h>
#include <kernel/uaccess.h>

/* Bytes not copied: 0 unless a page faulted. */
static unsigned long copy_bytes(void *dst, const void *src, unsigned long len)
{
	__asm__ __volatile__("1: rep movsb\n2:\n" _ASM_EXTABLE(1b, 2b)
			     : "+D"(dst), "+S"(src), "+c"(len)
			     :
			     : "memory");
	return len;
}

int copy_from_user(void *dst, unsigned long usrc, unsigned long len)
{
	if (!user_range_ok(usrc, len))
		return -EFAULT;
	return copy_bytes(dst, (const void *)usrc, len) ? -EFAULT : 0;
}

int copy_to_user(unsigned long udst, const void *src, unsigned long len)
{
	if (!user_range_ok(udst, len))
		return -EFAULT;
	return copy_bytes((void *)udst, src, len) ? -EFAULT : 0;
}

long strncpy_from_user(char *dst, unsigned long usrc, unsigned long size)
{
	unsigned long i;

	for (i = 0; i < size; i++) {
		if (copy_from_user(&dst[i], usrc + i, 1))
			return -EFAULT;
		if (!dst[i])
			return i;
	}
	dst[size - 1] = '\0';
	return -ERANGE;
}
