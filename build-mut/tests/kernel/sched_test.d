build-mut/tests/kernel/sched_test.o: tests/kernel/sched_test.c \
 build-mut/include/generated/autoconf.h \
 /work/wt-user-mode/include/kernel/desc.h \
 /work/wt-user-mode/include/kernel/segments.h \
 /work/wt-user-mode/include/kernel/types.h \
 /work/wt-user-mode/include/kernel/extable.h \
 /work/wt-user-mode/include/kernel/ktest.h \
 /work/wt-user-mode/include/kernel/sched.h \
 /work/wt-user-mode/include/kernel/mm.h \
 /work/wt-user-mode/include/kernel/bootinfo.h \
 /work/wt-user-mode/include/kernel/cmdline.h \
 /work/wt-user-mode/include/pvops/pv_ops.h \
 /work/wt-user-mode/include/kernel/traps.h \
 /work/wt-user-mode/include/kernel/trap_stubs.h
build-mut/include/generated/autoconf.h:
/work/wt-user-mode/include/kernel/desc.h:
/work/wt-user-mode/include/kernel/segments.h:
/work/wt-user-mode/include/kernel/types.h:
/work/wt-user-mode/include/kernel/extable.h:
/work/wt-user-mode/include/kernel/ktest.h:
/work/wt-user-mode/include/kernel/sched.h:
/work/wt-user-mode/include/kernel/mm.h:
/work/wt-user-mode/include/kernel/bootinfo.h:
/work/wt-user-mode/include/kernel/cmdline.h:
/work/wt-user-mode/include/pvops/pv_ops.h:
/work/wt-user-mode/include/kernel/traps.h:
/work/wt-user-mode/include/kernel/trap_stubs.h:
