build-mut/kernel/printk.o: kernel/printk.c \
 build-mut/include/generated/autoconf.h \
 /work/wt-user-mode/include/kernel/printk.h \
 /work/wt-user-mode/include/kernel/types.h \
 /work/wt-user-mode/include/kernel/string.h
build-mut/include/generated/autoconf.h:
/work/wt-user-mode/include/kernel/printk.h:
/work/wt-user-mode/include/kernel/types.h:
/work/wt-user-mode/include/kernel/string.h:
