build-mut/tests/kernel/format_test.o: tests/kernel/format_test.c \
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
