# SPDX-License-Identifier: GPL-2.0
#
# User programs: small static freestanding ELF executables, each one .c
# file plus the runtime in user/lib/, linked at a fixed user address by
# user/user.lds and embedded in the kernel image by user/programs.S
# (.incbin from $(O)/user/). They see the kernel's ABI headers
# (include/kernel/syscall_nr.h, errno.h) and nothing else of the kernel;
# position-independent code, so the small code model works at an address
# above 4 GiB.
USER_PROGRAMS	:= utest hello ubench forge uswitch
USER_CFLAGS	:= -std=gnu11 -O2 -g -ffreestanding -fno-stack-protector -fcf-protection=none \
		   -fpie -fno-asynchronous-unwind-tables -mgeneral-regs-only -nostdinc \
		   -isystem $(GCC_INCLUDE) -I$(srctree)/include -Wall -Wextra -Wno-unused-parameter \
		   -Wmissing-prototypes
USER_LDFLAGS	:= -nostdlib -static -no-pie -Wl,-z,max-page-size=4096 -Wl,--build-id=none \
		   -Wl,-T,user/user.lds
USER_LIB_OBJS	:= $(O)/user/lib/crt0.o $(O)/user/lib/ulib.o $(O)/user/lib/flags.o \
		   $(O)/user/lib/vectors.o
USER_ELFS	:= $(patsubst %,$(O)/user/%.elf,$(USER_PROGRAMS))

$(O)/user/lib/%.o: user/lib/%.c
	@mkdir -p $(dir $@)
	@$(if $(Q),echo "  UCC     $<")
	$(Q)$(CC) $(USER_CFLAGS) -MMD -MP -c $< -o $@

$(O)/user/lib/%.o: user/lib/%.S
	@mkdir -p $(dir $@)
	@$(if $(Q),echo "  UAS     $<")
	$(Q)$(CC) $(USER_CFLAGS) -D__ASSEMBLY__ -MMD -MP -c $< -o $@

$(O)/user/%.uo: user/%.c
	@mkdir -p $(dir $@)
	@$(if $(Q),echo "  UCC     $<")
	$(Q)$(CC) $(USER_CFLAGS) -MMD -MP -c $< -o $@

$(O)/user/%.elf: $(O)/user/%.uo $(USER_LIB_OBJS) user/user.lds
	@$(if $(Q),echo "  ULD     $@")
	$(Q)$(CC) $(USER_CFLAGS) $(USER_LDFLAGS) $< $(USER_LIB_OBJS) -o $@

$(O)/user/programs.o: $(USER_ELFS)
$(O)/user/programs.o: KERNEL_ASFLAGS += -Wa,-I$(O)/user

-include $(USER_LIB_OBJS:.o=.d) $(patsubst %,$(O)/user/%.d,$(USER_PROGRAMS))
