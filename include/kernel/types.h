/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Fixed-width types and the few compiler helpers every file wants.
 *
 * The kernel is freestanding: it takes <stdint.h>, <stddef.h>, <stdbool.h>
 * and <stdarg.h> from the compiler (never from libc) and gives them the short
 * Linux names. The same header compiles on the host, so host unit tests can
 * link the pure parts of the kernel (printk formatting, the command-line
 * parser, KTAP emission, the patcher's byte generation) against a test
 * program.
 */
#ifndef KERNEL_TYPES_H
#define KERNEL_TYPES_H

#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

typedef uint8_t u8;
typedef uint16_t u16;
typedef uint32_t u32;
typedef uint64_t u64;
typedef int8_t s8;
typedef int16_t s16;
typedef int32_t s32;
typedef int64_t s64;

#define ARRAY_SIZE(a) (sizeof(a) / sizeof((a)[0]))
#define container_of(ptr, type, member) ((type *)((char *)(ptr)-offsetof(type, member)))
#define __section(s) __attribute__((__section__(s)))
#define __used __attribute__((__used__))
#define noinline __attribute__((__noinline__))
#define __noreturn __attribute__((__noreturn__))
#define __printf(a, b) __attribute__((__format__(printf, a, b)))
#define __aligned(n) __attribute__((__aligned__(n)))
#define __packed __attribute__((__packed__))
#define likely(x) __builtin_expect(!!(x), 1)
#define unlikely(x) __builtin_expect(!!(x), 0)
#define READ_ONCE(x) (*(const volatile __typeof__(x) *)&(x))
#define WRITE_ONCE(x, v) (*(volatile __typeof__(x) *)&(x) = (v))

/* The compiler may not move memory accesses across it. */
static inline void barrier(void)
{
	__asm__ __volatile__("" ::: "memory");
}
#define __stringify_1(x) #x
#define __stringify(x) __stringify_1(x)

#define PAGE_SHIFT 12
#define PAGE_SIZE (1UL << PAGE_SHIFT)
#define PAGE_MASK (~(PAGE_SIZE - 1))
#define PAGE_ALIGN(addr) (((addr) + PAGE_SIZE - 1) & PAGE_MASK)

/*
 * sparse (make C=1) sees __bitwise types as distinct from every other
 * integer type, so a frame number cannot be used as another kind of frame
 * number, or as a plain number, without a __force cast that shows in
 * review; gcc sees plain integers. pfn_t is the kernel's own (physical, or
 * under Xen PV pseudo-physical) frame number; a backend with other
 * numberings defines its own types the same way (Xen: mfn_t, in
 * pvops/backends/xen/p2m.h).
 */
#ifdef __CHECKER__
#define __bitwise __attribute__((bitwise))
#define __force __attribute__((force))
#else
#define __bitwise
#define __force
#endif
typedef unsigned long __bitwise pfn_t;
#define __pfn(x) ((__force pfn_t)(x))
#define pfn_val(p) ((__force unsigned long)(p))

#endif
