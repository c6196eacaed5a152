build-mut/kernel/ktest.o: kernel/ktest.c \
 build-mut/include/generated/autoconf.h \
 /work/wt-user-mode/include/kernel/ktest.h \
 /work/wt-user-mode/include/kernel/types.h \
 /work/wt-user-mode/include/kernel/printk.h \
 /work/wt-user-mode/include/kernel/string.h
build-mut/include/generated/autoconf.h:
/work/wt-user-mode/include/kernel/ktest.h:
/work/wt-user-mode/include/kernel/types.h:
/work/wt-user-mode/include/kernel/printk.h:
/work/wt-user-mode/include/kernel/string.h:
