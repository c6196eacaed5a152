/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Where user space lives, and the only ways the kernel touches it.
 *
 * User mappings start at PML4 slot 1 (512 GiB): slot 0 holds the kernel's
 * direct map and image, whose tables every address space shares, so a
 * user page there would appear in every process. They end a page below
 * the top of the canonical lower half, so no range check can wrap into
 * the non-canonical hole. A pointer from user space is first checked to
 * lie wholly inside that range (with the length, without overflow), then
 * copied by one instruction covered by the fixup table: a page that is
 * not mapped, or mapped without the access, ends the copy with -EFAULT
 * instead of a kernel fault, and a page of an anonymous mapping that was
 * never touched is populated by the fault handler on the way. The kernel
 * never dereferences a user pointer any other way.
 */
#ifndef KERNEL_UACCESS_H
#define KERNEL_UACCESS_H

#include <kernel/traps.h>
#include <kernel/types.h>

#define USER_START 0x0000008000000000UL
#define USER_END 0x00007ffffffff000UL

static inline bool user_range_ok(unsigned long addr, unsigned long len)
{
	return addr >= USER_START && addr <= USER_END && len <= USER_END - addr;
}

static inline bool user_addr(unsigned long addr)
{
	return addr >= USER_START && addr < USER_END;
}

/* 0, or -EFAULT if any byte could not be copied. */
int copy_from_user(void *dst, unsigned long usrc, unsigned long len);
int copy_to_user(unsigned long udst, const void *src, unsigned long len);
/* The user string's length (copied with its NUL), -EFAULT, or -ERANGE if size is too small. */
long strncpy_from_user(char *dst, unsigned long usrc, unsigned long size);

/*
 * The frame was pushed by an entry from ring 3. Xen PV runs its kernel in
 * ring 3 too, but reports the kernel's frames with RPL 0 (and its iret
 * toggles to user mode exactly when RPL is 3), so the test is the same.
 */
static inline bool user_mode(const struct pt_regs *regs)
{
	return (regs->cs & 3) == 3;
}

#endif
