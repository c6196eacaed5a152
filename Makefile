# SPDX-License-Identifier: GPL-2.0
#
# pvops top-level Makefile.
#
# One make process builds the whole tree, Kbuild style: every folder has a
# Makefile fragment that lists its objects as `obj-$(CONFIG_X) += file.o` and
# its subfolders as `obj-y += dir/`; `descend` below walks them from the top
# with the values of .config, so what Kconfig turns off is simply never named.
# Configuration comes from scripts/kconfig (kconfiglib), which also refuses a
# configuration without a backend. Outputs go to $(O) (default build/), so
# `make O=dir` builds out of tree; the configuration is $(KCONFIG_CONFIG).
#
# `make help` lists the targets.

O		?= build
KCONFIG_CONFIG	?= .config
export KCONFIG_CONFIG
ENV		?=
ARGS		?=
srctree		:= $(CURDIR)
PYTHON		:= /usr/bin/python3
SHELL		:= /bin/bash

ifeq ($(V),1)
Q :=
else
Q := @
endif

CC		:= gcc
HOSTCC		:= gcc
GCC_INCLUDE	:= $(shell $(CC) -print-file-name=include)

# The kernel sees only its own headers, the compiler's freestanding ones and
# Xen's public headers (linked into $(O)/include/xen from libxen-dev), never libc's.
KERNEL_CPPFLAGS	:= -nostdinc -isystem $(GCC_INCLUDE) -I$(srctree)/include -I$(O)/include \
		   -include $(O)/include/generated/autoconf.h \
		   -D__XEN_INTERFACE_VERSION__=__XEN_LATEST_INTERFACE_VERSION__
KERNEL_CFLAGS	:= -std=gnu11 -O2 -g -ffreestanding -fno-pic -fno-pie -fno-stack-protector \
		   -fno-asynchronous-unwind-tables -fcf-protection=none -mno-red-zone \
		   -mgeneral-regs-only -mcmodel=small -fno-common -fno-strict-aliasing \
		   -Wall -Wextra -Wno-unused-parameter -Wmissing-prototypes -Wstrict-prototypes \
		   -Werror=implicit-function-declaration -fdebug-prefix-map=$(srctree)=.
KERNEL_ASFLAGS	:= -D__ASSEMBLY__ -g -fdebug-prefix-map=$(srctree)=.
KERNEL_LDFLAGS	:= -nostdlib -static -no-pie -Wl,-z,max-page-size=4096 \
		   -Wl,--no-warn-rwx-segments -Wl,--build-id=none

HOST_CFLAGS	:= -std=gnu11 -O1 -g -Wall -Wextra -Wno-unused-parameter -I$(srctree)/include \
		   -I$(O)/include -include $(O)/include/generated/autoconf.h -DHOST_TEST \
		   -fsanitize=address,undefined -fno-sanitize-recover=all -fno-pie -no-pie

CONFIG_TARGETS	:= defconfig olddefconfig savedefconfig allnoconfig allyesconfig randconfig \
		   menuconfig
NO_BUILD_TARGETS := $(CONFIG_TARGETS) clean distclean help deps new-backend coccicheck checkpatch

.DEFAULT_GOAL := all
.PHONY: all clean distclean help deps test run debug bench bench-off new-backend $(CONFIG_TARGETS) FORCE

deps:
	$(Q)scripts/deps

# --- static checks: Coccinelle (scripts/coccinelle/*.cocci) ----------------------
# `make coccicheck [COCCI=rule.cocci] [M=dir-or-file]`: every rule over the
# tree (or M), one line per report, sorted; any report fails. Rules exempt
# the files they allow themselves; tests/coccinelle/ holds their bad examples.
COCCI		?= $(wildcard scripts/coccinelle/*.cocci)
COCCI_DIRS	:= include kernel pvops tests/kernel tests/host tools
.PHONY: coccicheck
coccicheck:
	$(Q)scripts/deps --quiet check
	$(Q)set -o pipefail; out=$$(for r in $(COCCI); do for d in $(or $(M),$(COCCI_DIRS)); do \
		spatch --very-quiet -D report --include-headers --jobs 2 --sp-file $$r \
			$$([ -d $$d ] && echo --dir) $$d || exit 2; \
		done; done | sort -u) || { echo "coccicheck: spatch failed" >&2; exit 2; }; \
	if [ -n "$$out" ]; then echo "$$out"; \
		echo "coccicheck: $$(echo "$$out" | wc -l) report(s)" >&2; exit 1; fi
# --- end Coccinelle ---------------------------------------------------------------

# --- static checks: Linux's scripts/checkpatch.pl (from linux-source-6.1) ---------
# `make checkpatch [CHECKPATCH_SRCS=files]`: every C file and header of the
# tree, judged with the options and reasoned ignores of .checkpatch.conf;
# any ERROR or WARNING fails, and the last line counts them.
PVOPS_CACHE	?= $(or $(HOME),/root)/.cache/pvops
CHECKPATCH	:= $(PVOPS_CACHE)/linux-6.1/scripts/checkpatch.pl
CHECKPATCH_DIRS	:= bench include kernel pvops tests tools user
CHECKPATCH_SRCS	?= $(sort $(shell find $(CHECKPATCH_DIRS) -name '*.[ch]'))
.PHONY: checkpatch
checkpatch:
	$(Q)scripts/deps --quiet linux
	$(Q)set -o pipefail; out=$$(perl $(CHECKPATCH) -f --terse --quiet $(CHECKPATCH_SRCS) | \
		grep -v '^total: ') || [ $$? = 1 ] || { echo "checkpatch: checkpatch.pl failed" >&2; exit 2; }; \
	e=$$(grep -c ': ERROR:' <<<"$$out"); w=$$(grep -c ': WARNING:' <<<"$$out"); \
	[ -z "$$out" ] || echo "$$out"; \
	echo "checkpatch: $$e errors, $$w warnings in $(words $(CHECKPATCH_SRCS)) files"; \
	[ -z "$$out" ]
# --- end checkpatch ---------------------------------------------------------------

$(CONFIG_TARGETS):
	$(Q)scripts/deps --quiet kconfig
	$(Q)$(PYTHON) scripts/kconfig $@ --objtree $(O) $(if $(SEED),--seed $(SEED)) \
		$(if $(DEFCONFIG),--defconfig $(DEFCONFIG))

new-backend:
	$(if $(NAME),,$(error usage: make new-backend NAME=name [FLAVOUR=bare-metal]))
	$(if $(filter-out bare-metal,$(FLAVOUR)),$(error FLAVOUR=$(FLAVOUR): the only flavour is bare-metal))
	$(Q)$(PYTHON) scripts/new-backend $(if $(FLAVOUR),--$(FLAVOUR)) $(NAME)

help:
	@echo 'Configuration:'
	@echo '  defconfig [DEFCONFIG=configs/release] allnoconfig allyesconfig randconfig [SEED=n]'
	@echo '  olddefconfig savedefconfig menuconfig'
	@echo 'Build:'
	@echo '  all (default)  - $(O)/pvops.elf; uses configs/defconfig when there is no $(KCONFIG_CONFIG)'
	@echo '  clean          - remove $(O)'
	@echo '  distclean      - also remove $(KCONFIG_CONFIG)'
	@echo 'Run and test:'
	@echo '  run  [ENV=native|xen-pv] [ARGS="..."] - boot and stream the console (no ENV: both)'
	@echo '  test [ENV=native|xen-pv]              - host unit tests, then the in-kernel suites'
	@echo '  debug ENV=native|xen-pv [ARGS="..."]  - boot halted under gdb, breaking at the backend entry'
	@echo '  bench [MODE=icount|time] [OPS=a,b] [RUNS=n] [ACCEL=auto|tcg|kvm]'
	@echo '                 - every pv op in every variant; $(O)/bench/results.{md,csv,svg}'
	@echo 'Backends:'
	@echo '  new-backend NAME=name                 - scaffold pvops/backends/name from the lguest stub'
	@echo '  new-backend NAME=name FLAVOUR=bare-metal - a bare-metal backend on the PC layer'
	@echo 'Static checks:'
	@echo '  patchcheck     - $(O)/tools/patchcheck (the build verifies every image with it)'
	@echo '  sparse         - sparse on every kernel C file (C=1: on files compiled, C=2: all)'
	@echo '  coccicheck     - scripts/coccinelle/*.cocci over the tree [COCCI=rule] [M=dir]'
	@echo '  checkpatch     - Linux'"'"'s checkpatch.pl over every C file and header (.checkpatch.conf)'
	@echo 'Options: V=1 (show commands), O=dir (output folder)'

clean:
	rm -rf $(O)

distclean: clean
	rm -f $(KCONFIG_CONFIG) $(KCONFIG_CONFIG).old defconfig

ifeq ($(filter-out $(NO_BUILD_TARGETS),$(or $(MAKECMDGOALS),all)),)
# Only configuration or housekeeping was asked for: read no configuration.
else

$(KCONFIG_CONFIG):
	$(Q)scripts/deps --quiet kconfig
	@echo "  no $(KCONFIG_CONFIG): using configs/defconfig"
	$(Q)$(PYTHON) scripts/kconfig defconfig --objtree $(O)

# Every Kconfig file syncconfig read, listed by kconfiglib itself.
-include $(O)/include/config/auto.conf.cmd

$(O)/include/config/auto.conf: $(KCONFIG_CONFIG) scripts/kconfig
	$(Q)scripts/deps --quiet kconfig
	$(Q)$(PYTHON) scripts/kconfig syncconfig --objtree $(O)
	$(Q)touch $@

$(O)/include/generated/autoconf.h: $(O)/include/config/auto.conf

include $(O)/include/config/auto.conf

# --- Kbuild-style object lists -------------------------------------------------
all-objs :=
define descend
obj-y :=
include $(srctree)/$(1)Makefile
all-objs += $$(addprefix $(1),$$(filter %.o,$$(obj-y)))
subdirs-$(1) := $$(addprefix $(1),$$(filter %/,$$(obj-y)))
$$(foreach d,$$(subdirs-$(1)),$$(eval $$(call descend,$$(d))))
endef
$(foreach d,kernel/ pvops/ tests/ bench/ user/,$(eval $(call descend,$(d))))

KERNEL_OBJS	:= $(addprefix $(O)/,$(all-objs))
LDSCRIPT	:= kernel/pvops.lds

$(O)/include/xen:
	$(Q)scripts/deps --quiet build
	$(Q)mkdir -p $(O)/include && ln -sfn /usr/include/xen $@

$(KERNEL_OBJS): $(O)/include/generated/autoconf.h | $(O)/include/xen

# Constants for assembly that only C can compute (kernel/asm-offsets.c): every
# "->slot:group.member N" marker becomes #define PVOP_SLOT_MEMBER N, every
# "->const:NAME N" (a structure offset) #define NAME N. Two members
# that would share a name stop the build here rather than misnumber a site.
$(O)/include/generated/asm-offsets.h: kernel/asm-offsets.c $(O)/include/generated/autoconf.h \
		include/pvops/pv_ops.h include/pvops/slots.h include/kernel/smp.h \
		include/kernel/desc.h | $(O)/include/xen
	$(Q)$(CC) $(KERNEL_CPPFLAGS) $(KERNEL_CFLAGS) -S $< -o $(O)/.tmp_asm-offsets.s
	$(Q)(echo "/* Generated from kernel/asm-offsets.c; do not edit. */"; \
	  sed -n -e '/->slot:/{s/^.*->slot:[a-z_0-9]*\.\([a-z_0-9.]*\) \([0-9]*\).*/\U\1\E \2/' \
	  -e 's/\./_/g' -e 's/^/#define PVOP_SLOT_/p' -e '}' \
	  -e '/->const:/{s/^.*->const:\([A-Z_0-9]*\) \([0-9]*\).*/#define \1 \2/p' -e '}' \
	  $(O)/.tmp_asm-offsets.s) > $@.tmp
	$(Q)dup=$$(awk '/^#define/ {print $$2}' $@.tmp | sort | uniq -d); \
	if [ -n "$$dup" ]; then echo "asm-offsets: two slots named $$dup" >&2; rm -f $@.tmp; exit 1; fi
	$(Q)mv $@.tmp $@

$(filter $(patsubst %.S,$(O)/%.o,$(wildcard $(addsuffix *.S,$(sort $(dir $(all-objs)))))),$(KERNEL_OBJS)): \
	$(O)/include/generated/asm-offsets.h

$(O)/%.o: %.c
	@mkdir -p $(dir $@)
	@$(if $(Q),echo "  CC      $<")
	$(Q)$(CC) $(KERNEL_CPPFLAGS) $(KERNEL_CFLAGS) -MMD -MP -c $< -o $@
	$(if $(filter 1,$(C)),$(Q)$(call sparse_cmd,$<))

$(O)/%.o: %.S
	@mkdir -p $(dir $@)
	@$(if $(Q),echo "  AS      $<")
	$(Q)$(CC) $(KERNEL_CPPFLAGS) $(KERNEL_ASFLAGS) -MMD -MP -c $< -o $@

# Two links, as Linux does for kallsyms: the first with an empty symbol
# table, from which scripts/kallsyms builds the real one for the second. The
# table sits after code and data, so no code moves; the check makes sure.
LINK_KERNEL = $(CC) $(KERNEL_LDFLAGS) -Wl,-T,$(LDSCRIPT) $(KERNEL_OBJS)
TEXT_SYMS = nm -n $(1) | grep -i ' t '

$(O)/.tmp_kallsyms0.S: scripts/kallsyms
	$(Q)$(PYTHON) scripts/kallsyms /dev/null > $@

$(O)/.tmp_kallsyms1.S: $(O)/.tmp_pvops.elf scripts/kallsyms
	$(Q)nm -S -n $< > $(O)/.tmp_nm
	$(Q)$(PYTHON) scripts/kallsyms $(O)/.tmp_nm > $@

$(O)/.tmp_kallsyms%.o: $(O)/.tmp_kallsyms%.S
	$(Q)$(CC) $(KERNEL_ASFLAGS) -c $< -o $@

$(O)/.tmp_pvops.elf: $(KERNEL_OBJS) $(LDSCRIPT) $(O)/.tmp_kallsyms0.o
	@$(if $(Q),echo "  LD      $@")
	$(Q)$(LINK_KERNEL) $(O)/.tmp_kallsyms0.o -o $@

# --- static checks: patchcheck verifies the image it links (tools/patchcheck) --
# A failed verification removes the image, so a bad one is never left to boot.
# `required` then holds include/pvops/slots.h to what kernel/ calls: REQ is a
# fact computed from the image's call sites, not a promise.
include tools/patchcheck/patchcheck.mk

$(O)/pvops.elf: $(O)/.tmp_pvops.elf $(O)/.tmp_kallsyms1.o $(PATCHCHECK)
	@$(if $(Q),echo "  LD      $@")
	$(Q)$(LINK_KERNEL) $(O)/.tmp_kallsyms1.o -Wl,-Map,$(O)/pvops.map -o $@.tmp
	$(Q)if ! cmp -s <($(call TEXT_SYMS,$<)) <($(call TEXT_SYMS,$@.tmp)); then \
		echo "kallsyms: linking the symbol table moved code; see kernel/pvops.lds" >&2; \
		exit 1; fi
	$(Q)mv $@.tmp $@
	@$(if $(Q),echo "  VERIFY  $@")
	$(Q)$(PATCHCHECK) verify -q $@ || { rm -f $@; exit 1; }
	@$(if $(Q),echo "  REQ     $@")
	$(Q)$(PATCHCHECK) required -q $@ || { rm -f $@; exit 1; }

# sparse, as in Linux: C=1 checks the kernel C files being compiled, C=2 (or
# `make sparse`) all of this configuration's; SPARSE_SRCS=... names others.
# Warnings are errors: the tree is kept at zero.
CHECK		:= sparse
CHECKFLAGS	:= --arch=x86_64 -std=gnu11 -ffreestanding -Wbitwise -Wno-return-void \
		   -Wsparse-error
KERNEL_C_SRCS	:= $(wildcard $(all-objs:.o=.c))
SPARSE_SRCS	?= $(KERNEL_C_SRCS)
sparse_cmd	= $(if $(Q),echo "  CHECK   $(1)";) $(CHECK) $(KERNEL_CPPFLAGS) $(CHECKFLAGS) $(1)

.PHONY: sparse check-deps
check-deps:
	$(Q)scripts/deps --quiet check
ifneq ($(filter 1 2,$(C)),)
$(KERNEL_OBJS): | check-deps
endif
ifeq ($(C),2)
all: sparse
endif
sparse: $(O)/include/generated/autoconf.h | $(O)/include/xen check-deps
	$(Q)rc=0; for f in $(SPARSE_SRCS); do $(call sparse_cmd,$$f) || rc=1; done; exit $$rc
# --- end static checks ------------------------------------------------------------

all: $(O)/pvops.elf

# A kernel with MANY_SITES extra call sites (tests/many-sites/), built and booted
# only by `make test`, to show the patcher has no limit on the number of sites.
# It keeps the empty symbol table of the first link: it is never debugged.
MANY_SITES	?= 20000
MANY_SITES_ELF	:= $(O)/many-sites/pvops.elf

$(O)/many-sites/many_sites.o: tests/many-sites/many_sites.S $(O)/include/generated/asm-offsets.h
	@mkdir -p $(dir $@)
	@$(if $(Q),echo "  AS      $<")
	$(Q)$(CC) $(KERNEL_CPPFLAGS) $(KERNEL_ASFLAGS) -DPVOPS_MANY_SITES=$(MANY_SITES) -c $< -o $@

$(MANY_SITES_ELF): $(KERNEL_OBJS) $(O)/many-sites/many_sites.o $(LDSCRIPT) \
		$(O)/.tmp_kallsyms0.o $(PATCHCHECK)
	@$(if $(Q),echo "  LD      $@")
	$(Q)$(LINK_KERNEL) $(O)/many-sites/many_sites.o $(O)/.tmp_kallsyms0.o -o $@.tmp
	$(Q)$(PATCHCHECK) verify -q $@.tmp || { rm -f $@.tmp; exit 1; }
	$(Q)mv $@.tmp $@

# A kernel whose site table holds records outside the text (tests/refused-site/), built
# and booted only by `make test`: the patcher must refuse them unread. patchcheck verify
# must refuse the image too, naming exactly those two records.
REFUSED_SITE_ELF := $(O)/refused-site/pvops.elf

$(O)/refused-site/refused_site.o: tests/refused-site/refused_site.S \
		$(O)/include/generated/asm-offsets.h
	@mkdir -p $(dir $@)
	@$(if $(Q),echo "  AS      $<")
	$(Q)$(CC) $(KERNEL_CPPFLAGS) $(KERNEL_ASFLAGS) -c $< -o $@

$(REFUSED_SITE_ELF): $(KERNEL_OBJS) $(O)/refused-site/refused_site.o $(LDSCRIPT) \
		$(O)/.tmp_kallsyms0.o $(PATCHCHECK)
	@$(if $(Q),echo "  LD      $@")
	$(Q)$(LINK_KERNEL) $(O)/refused-site/refused_site.o $(O)/.tmp_kallsyms0.o -o $@.tmp
	$(Q)$(PATCHCHECK) verify $@.tmp > $@.verify; rc=$$?; \
	if [ $$rc != 1 ] || [ $$(grep -c -e 'lies in .rodata, which is not an executable section' \
	     -e 'are not inside any one section of the image' $@.verify) != 2 ]; then \
		echo "$@: patchcheck verify must refuse exactly its two records (exit $$rc):" >&2; \
		cat $@.verify >&2; rm -f $@.tmp; exit 1; fi
	$(Q)mv $@.tmp $@

-include $(KERNEL_OBJS:.o=.d)

include tests/host/host.mk
include user/user.mk

# Inline templates (include/pvops/template.h) name their slot by this index too,
# in C files as well as assembly.
$(KERNEL_OBJS) $(HOST_TEST_OBJS): | $(O)/include/generated/asm-offsets.h

# No back-edge from pvops/core into the layers above it (scripts/check-layering).
.PHONY: check-layering
check-layering: $(KERNEL_OBJS)
	$(Q)$(PYTHON) scripts/check-layering $(O) $(KERNEL_OBJS)

test: $(O)/pvops.elf host-tests tools-tests check-layering \
	$(if $(CONFIG_PVOPS),$(MANY_SITES_ELF) $(REFUSED_SITE_ELF))
	$(Q)scripts/deps --quiet run linux debug
	$(Q)$(PYTHON) scripts/run-tests --objtree $(O) --fuzz-seconds $(FUZZ_SECONDS) $(if $(ENV),--env $(ENV)) $(if $(TIMEOUT),--timeout $(TIMEOUT)) $(if $(CONFIG_PVOPS),--many-sites $(MANY_SITES) --refused-site)

run: $(O)/pvops.elf
	$(Q)scripts/deps --quiet run
	$(Q)$(PYTHON) scripts/boot $(if $(ENV),--env $(ENV)) --objtree $(O) --stream -- $(ARGS)

# QEMU halted with its gdbstub, and gdb on the image stopping at the backend's entry.
debug: $(O)/pvops.elf
	$(if $(ENV),,$(error usage: make debug ENV=native|xen-pv [ARGS="..."]))
	$(Q)scripts/deps --quiet run debug
	$(Q)$(PYTHON) scripts/debug --env $(ENV) --objtree $(O) -- $(ARGS)

# The CONFIG_PVOPS=n baseline of `make bench`: this configuration with pv_ops
# compiled out, built in a tree of its own with a configuration file of its own.
BENCH_OFF := $(O)/bench/pvops-off

bench-off: $(KCONFIG_CONFIG)
	$(Q)mkdir -p $(BENCH_OFF)
	$(Q)(grep -v -e '^CONFIG_PVOPS=' -e '^# CONFIG_PVOPS is not set' $(KCONFIG_CONFIG); \
	  echo '# CONFIG_PVOPS is not set') > $(BENCH_OFF)/config.in
	$(Q)$(PYTHON) scripts/kconfig defconfig --defconfig $(BENCH_OFF)/config.in \
		--config $(BENCH_OFF)/.config --objtree $(BENCH_OFF) > /dev/null
	$(Q)$(MAKE) $(if $(Q),-s) --no-print-directory O=$(BENCH_OFF) \
		KCONFIG_CONFIG=$(BENCH_OFF)/.config all

bench: $(O)/pvops.elf bench-off
	$(Q)scripts/deps --quiet run bench
	$(Q)$(PYTHON) scripts/bench --objtree $(O) --off-objtree $(BENCH_OFF) \
		$(if $(MODE),--mode $(MODE)) $(if $(OPS),--ops $(OPS)) $(if $(RUNS),--runs $(RUNS)) \
		$(if $(ACCEL),--accel $(ACCEL))

endif
