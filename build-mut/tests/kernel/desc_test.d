build-mut/tests/kernel/desc_test.o: tests/kernel/desc_test.c \
 build-mut/include/generated/autoconf.h \
 /work/wt-user-mode/include/kernel/desc.h \
 /work/wt-user-mode/include/kernel/segments.h \
 /work/wt-user-mode/include/kernel/types.h \
 /work/wt-user-mode/include/kernel/ktest.h \
 /work/wt-user-mode/include/pvops/backend.h \
 /work/wt-user-mode/include/kernel/bootinfo.h \
 /work/wt-user-mode/include/kernel/cmdline.h \
 /work/wt-user-mode/include/pvops/pv_ops.h \
 /work/wt-user-mode/include/pvops/ops.h \
 /work/wt-user-mode/include/pvops/call.h \
 /work/wt-user-mode/include/pvops/site.h
build-mut/include/generated/autoconf.h:
/work/wt-user-mode/include/kernel/desc.h:
/work/wt-user-mode/include/kernel/segments.h:
/work/wt-user-mode/include/kernel/types.h:
/work/wt-user-mode/include/kernel/ktest.h:
/work/wt-user-mode/include/pvops/backend.h:
/work/wt-user-mode/include/kernel/bootinfo.h:
/work/wt-user-mode/include/kernel/cmdline.h:
/work/wt-user-mode/include/pvops/pv_ops.h:
/work/wt-user-mode/include/pvops/ops.h:
/work/wt-user-mode/include/pvops/call.h:
/work/wt-user-mode/include/pvops/site.h:
