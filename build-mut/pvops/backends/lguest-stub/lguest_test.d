build-mut/pvops/backends/lguest-stub/lguest_test.o: \
 pvops/backends/lguest-stub/lguest_test.c \
 build-mut/include/generated/autoconf.h \
 /work/wt-user-mode/include/kernel/ktest.h \
 /work/wt-user-mode/include/kernel/types.h \
 /work/wt-user-mode/include/kernel/string.h \
 /work/wt-user-mode/include/pvops/ops.h \
 /work/wt-user-mode/include/pvops/pv_ops.h \
 /work/wt-user-mode/include/pvops/call.h \
 /work/wt-user-mode/include/pvops/site.h \
 /work/wt-user-mode/include/pvops/patch.h \
 /work/wt-user-mode/include/pvops/template.h \
 build-mut/include/generated/asm-offsets.h \
 pvops/backends/lguest-stub/lguest.h \
 /work/wt-user-mode/include/pvops/backend.h \
 /work/wt-user-mode/include/kernel/bootinfo.h \
 /work/wt-user-mode/include/kernel/cmdline.h
build-mut/include/generated/autoconf.h:
/work/wt-user-mode/include/kernel/ktest.h:
/work/wt-user-mode/include/kernel/types.h:
/work/wt-user-mode/include/kernel/string.h:
/work/wt-user-mode/include/pvops/ops.h:
/work/wt-user-mode/include/pvops/pv_ops.h:
/work/wt-user-mode/include/pvops/call.h:
/work/wt-user-mode/include/pvops/site.h:
/work/wt-user-mode/include/pvops/patch.h:
/work/wt-user-mode/include/pvops/template.h:
build-mut/include/generated/asm-offsets.h:
pvops/backends/lguest-stub/lguest.h:
/work/wt-user-mode/include/pvops/backend.h:
/work/wt-user-mode/include/kernel/bootinfo.h:
/work/wt-user-mode/include/kernel/cmdline.h:
