build-mut/bench/trips.o: bench/trips.c \
 build-mut/include/generated/autoconf.h \
 /work/wt-user-mode/include/kernel/extable.h \
 /work/wt-user-mode/include/kernel/types.h \
 /work/wt-user-mode/include/kernel/mm.h \
 /work/wt-user-mode/include/kernel/bootinfo.h \
 /work/wt-user-mode/include/kernel/cmdline.h \
 /work/wt-user-mode/include/pvops/pv_ops.h \
 /work/wt-user-mode/include/kernel/printk.h \
 /work/wt-user-mode/include/kernel/sched.h \
 /work/wt-user-mode/include/kernel/timer.h \
 /work/wt-user-mode/include/pvops/backend.h \
 /work/wt-user-mode/include/pvops/ops.h \
 /work/wt-user-mode/include/pvops/call.h \
 /work/wt-user-mode/include/pvops/site.h bench/bench.h
build-mut/include/generated/autoconf.h:
/work/wt-user-mode/include/kernel/extable.h:
/work/wt-user-mode/include/kernel/types.h:
/work/wt-user-mode/include/kernel/mm.h:
/work/wt-user-mode/include/kernel/bootinfo.h:
/work/wt-user-mode/include/kernel/cmdline.h:
/work/wt-user-mode/include/pvops/pv_ops.h:
/work/wt-user-mode/include/kernel/printk.h:
/work/wt-user-mode/include/kernel/sched.h:
/work/wt-user-mode/include/kernel/timer.h:
/work/wt-user-mode/include/pvops/backend.h:
/work/wt-user-mode/include/pvops/ops.h:
/work/wt-user-mode/include/pvops/call.h:
/work/wt-user-mode/include/pvops/site.h:
bench/bench.h:
