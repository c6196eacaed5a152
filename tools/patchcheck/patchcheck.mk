# SPDX-License-Identifier: GPL-2.0
#
# Building patchcheck, its fuzzer and its fixture images.
#
# The tool links the kernel's own pvops/core/patch.c and slots.c, compiled
# for the host exactly as the host unit tests compile them (-DHOST_TEST, the
# same autoconf.h), so what `patchcheck show --backend` prints is what the
# kernel's patcher does. The command is built plain (-O2) because the build
# runs it on every image; the fuzzer is the same sources built by clang with
# libFuzzer, ASan and UBSan, since that is where bad input is thrown at it.
# The fixtures are small images linked with the kernel's own linker script
# from tests/tools/fixture.{S,c} and tests/tools/layer/io.c (a folder that
# declares port I/O); their code sits at fixed addresses, which
# is what lets tests/tools/*.expected hold exact output.

PC_SRCS		:= tools/patchcheck/image.c tools/patchcheck/verify.c tools/patchcheck/show.c \
		   tools/patchcheck/privileged.c tools/patchcheck/required.c tools/patchcheck/report.c \
		   pvops/core/patch.c pvops/core/slots.c
PC_CPPFLAGS	:= -I$(srctree)/include -I$(O)/include -include $(O)/include/generated/autoconf.h \
		   -DHOST_TEST
PC_CFLAGS	:= -std=gnu11 -O2 -g -Wall -Wextra -Wno-unused-parameter -Wmissing-prototypes
PC_LIBS		:= -lcapstone -ldw -lelf
PATCHCHECK	:= $(O)/tools/patchcheck
PC_FUZZER	:= $(O)/tools/patchcheck-fuzz
FUZZ_CC		:= clang
FUZZ_CFLAGS	:= -std=gnu11 -O1 -g -fsanitize=fuzzer-no-link,address,undefined \
		   -fno-sanitize-recover=all -Wno-unused-command-line-argument
FUZZ_SECONDS	?= 60

PC_OBJS		:= $(patsubst %.c,$(O)/tools/obj/%.o,$(PC_SRCS) tools/patchcheck/main.c)
PC_FUZZ_OBJS	:= $(patsubst %.c,$(O)/tools/fuzz-obj/%.o,$(PC_SRCS) tools/patchcheck/fuzz.c)

$(O)/tools/obj/%.o: %.c $(O)/include/generated/autoconf.h
	$(Q)scripts/deps --quiet build
	@mkdir -p $(dir $@)
	@$(if $(Q),echo "  HOSTCC  $<")
	$(Q)$(HOSTCC) $(PC_CPPFLAGS) $(PC_CFLAGS) -MMD -MP -c $< -o $@

$(PATCHCHECK): $(PC_OBJS)
	@$(if $(Q),echo "  HOSTLD  $@")
	$(Q)$(HOSTCC) $(PC_CFLAGS) $^ $(PC_LIBS) -o $@

$(O)/tools/fuzz-obj/%.o: %.c $(O)/include/generated/autoconf.h
	$(Q)scripts/deps --quiet check
	@mkdir -p $(dir $@)
	@$(if $(Q),echo "  FUZZCC  $<")
	$(Q)$(FUZZ_CC) $(PC_CPPFLAGS) $(FUZZ_CFLAGS) -MMD -MP -c $< -o $@

$(PC_FUZZER): $(PC_FUZZ_OBJS)
	@$(if $(Q),echo "  FUZZLD  $@")
	$(Q)$(FUZZ_CC) $(FUZZ_CFLAGS) -fsanitize=fuzzer $^ $(PC_LIBS) -o $@

-include $(PC_OBJS:.o=.d) $(PC_FUZZ_OBJS:.o=.d)

# include/pvops/template.h names slots by their asm-offsets index.
$(PC_OBJS) $(PC_FUZZ_OBJS) $(O)/tools/fixture/data.o: | $(O)/include/generated/asm-offsets.h

# --- fixtures ------------------------------------------------------------------
$(O)/include/generated/fixture-offsets.h: tests/tools/fixture-offsets.c \
		$(O)/include/generated/autoconf.h include/pvops/pv_ops.h | $(O)/include/xen
	$(Q)$(CC) $(KERNEL_CPPFLAGS) $(KERNEL_CFLAGS) -S $< -o $(O)/.tmp_fixture-offsets.s
	$(Q)(echo "/* Generated from tests/tools/fixture-offsets.c; do not edit. */"; \
	  sed -n 's/^.*->\([A-Za-z_0-9]*\) \$$\{0,1\}\(-\{0,1\}[0-9]*\).*/#define \1 \2/p' \
	  $(O)/.tmp_fixture-offsets.s) > $@

$(O)/tools/fixture/good.o: tests/tools/fixture.S $(O)/include/generated/fixture-offsets.h
	@mkdir -p $(dir $@)
	$(Q)$(CC) $(KERNEL_CPPFLAGS) $(KERNEL_ASFLAGS) -MMD -MP -c $< -o $@
$(O)/tools/fixture/bad.o: tests/tools/fixture.S $(O)/include/generated/fixture-offsets.h
	@mkdir -p $(dir $@)
	$(Q)$(CC) $(KERNEL_CPPFLAGS) $(KERNEL_ASFLAGS) -DFIXTURE_BAD -MMD -MP -c $< -o $@
$(O)/tools/fixture/data.o: tests/tools/fixture.c $(O)/include/generated/autoconf.h \
		| $(O)/include/xen
	@mkdir -p $(dir $@)
	$(Q)$(CC) $(KERNEL_CPPFLAGS) $(KERNEL_CFLAGS) -MMD -MP -c $< -o $@
$(O)/tools/fixture/layer-io.o: tests/tools/layer/io.c $(O)/include/generated/autoconf.h \
		| $(O)/include/xen
	@mkdir -p $(dir $@)
	$(Q)$(CC) $(KERNEL_CPPFLAGS) $(KERNEL_CFLAGS) -MMD -MP -c $< -o $@
$(O)/tools/fixture/sites.o: pvops/core/sites.S $(O)/include/generated/autoconf.h
	@mkdir -p $(dir $@)
	$(Q)$(CC) $(KERNEL_CPPFLAGS) $(KERNEL_ASFLAGS) -MMD -MP -c $< -o $@

-include $(wildcard $(O)/tools/fixture/*.d)

$(O)/tools/fixture-%.elf: $(O)/tools/fixture/%.o $(O)/tools/fixture/data.o \
		$(O)/tools/fixture/sites.o $(O)/tools/fixture/layer-io.o $(LDSCRIPT)
	@$(if $(Q),echo "  LD      $@")
	$(Q)$(CC) $(KERNEL_LDFLAGS) -Wl,-T,$(LDSCRIPT) -Wl,-e,fixture_start \
		$(filter %.o,$^) -o $@

PC_FIXTURES	:= $(O)/tools/fixture-good.elf $(O)/tools/fixture-bad.elf

.PHONY: patchcheck tools-tests
patchcheck: $(PATCHCHECK)
tools-tests: $(PATCHCHECK) $(PC_FUZZER) $(PC_FIXTURES)
