build-mut/kernel/elf.o: kernel/elf.c \
 build-mut/include/generated/autoconf.h \
 /work/wt-user-mode/include/kernel/elf.h \
 /work/wt-user-mode/include/kernel/types.h \
 /work/wt-user-mode/include/kernel/printk.h
build-mut/include/generated/autoconf.h:
/work/wt-user-mode/include/kernel/elf.h:
/work/wt-user-mode/include/kernel/types.h:
/work/wt-user-mode/include/kernel/printk.h:
