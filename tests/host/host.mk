# SPDX-License-Identifier: GPL-2.0
#
# The host unit-test program: the kernel's pure files, compiled for the host
# with AddressSanitizer and UBSan, linked with the suites that need no
# hardware. It prints KTAP like the kernel does, so scripts/run-tests reads
# both with one parser.

HOST_TEST_SRCS := kernel/string.c kernel/vsprintf.c kernel/printk.c kernel/cmdline.c \
		  kernel/ktest.c kernel/select.c pvops/core/patch.c pvops/core/slots.c \
		  pvops/core/pv_ops.c kernel/lazy.c tests/kernel/lazy_test.c \
		  tests/kernel/cmdline_test.c tests/kernel/format_test.c tests/kernel/select_test.c \
		  tests/host/main.c tests/host/ktap_test.c tests/host/libc_format_test.c \
		  tests/host/patch_bytes_test.c kernel/elf.c tests/kernel/elf_test.c
# A backend or layer with host-testable code adds its files in its own host.mk.
include $(wildcard pvops/backends/*/host.mk pvops/platform/*/host.mk)

HOST_TEST_OBJS := $(patsubst %.c,$(O)/host/%.o,$(HOST_TEST_SRCS))

$(O)/host/%.o: %.c $(O)/include/generated/autoconf.h
	@mkdir -p $(dir $@)
	@$(if $(Q),echo "  HOSTCC  $<")
	$(Q)$(HOSTCC) $(HOST_CFLAGS) -MMD -MP -c $< -o $@

$(O)/host/unit-tests: $(HOST_TEST_OBJS)
	@$(if $(Q),echo "  HOSTLD  $@")
	$(Q)$(HOSTCC) $(HOST_CFLAGS) $^ -o $@

-include $(HOST_TEST_OBJS:.o=.d)

.PHONY: host-tests
host-tests: $(O)/host/unit-tests
