build-mut/tests/kernel/cmdline_test.o: tests/kernel/cmdline_test.c \
 build-mut/include/generated/autoconf.h \
 /work/wt-user-mode/include/kernel/cmdline.h \
 /work/wt-user-mode/include/kernel/types.h \
 /work/wt-user-mode/include/kernel/ktest.h \
 /work/wt-user-mode/include/kernel/string.h
build-mut/include/generated/autoconf.h:
/work/wt-user-mode/include/kernel/cmdline.h:
/work/wt-user-mode/include/kernel/types.h:
/work/wt-user-mode/include/kernel/ktest.h:
/work/wt-user-mode/include/kernel/string.h:
