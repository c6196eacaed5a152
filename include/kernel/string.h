/* SPDX-License-Identifier: GPL-2.0 */
/*
 * The string and memory functions of kernel/string.c. On the host the C
 * library provides the same names, which is what lets host unit tests link
 * kernel files unchanged.
 */
#ifndef KERNEL_STRING_H
#define KERNEL_STRING_H

#include <kernel/types.h>

#ifdef HOST_TEST
#include <string.h>
#else
void *memset(void *dst, int c, size_t n);
void *memcpy(void *dst, const void *src, size_t n);
void *memmove(void *dst, const void *src, size_t n);
int memcmp(const void *a, const void *b, size_t n);
size_t strlen(const char *s);
size_t strnlen(const char *s, size_t max);
int strcmp(const char *a, const char *b);
int strncmp(const char *a, const char *b, size_t n);
char *strchr(const char *s, int c);
char *strstr(const char *haystack, const char *needle);
#endif

size_t strlcpy(char *dst, const char *src, size_t size);

#endif
