build-mut/tests/kernel/boot_test.o: tests/kernel/boot_test.c \
 build-mut/include/generated/autoconf.h \
 /work/wt-user-mode/include/kernel/bootinfo.h \
 /work/wt-user-mode/include/kernel/cmdline.h \
 /work/wt-user-mode/include/kernel/types.h \
 /work/wt-user-mode/include/kernel/ktest.h \
 /work/wt-user-mode/include/kernel/string.h \
 /work/wt-user-mode/include/pvops/backend.h \
 /work/wt-user-mode/include/pvops/pv_ops.h
build-mut/include/generated/autoconf.h:
/work/wt-user-mode/include/kernel/bootinfo.h:
/work/wt-user-mode/include/kernel/cmdline.h:
/work/wt-user-mode/include/kernel/types.h:
/work/wt-user-mode/include/kernel/ktest.h:
/work/wt-user-mode/include/kernel/string.h:
/work/wt-user-mode/include/pvops/backend.h:
/work/wt-user-mode/include/pvops/pv_ops.h:
