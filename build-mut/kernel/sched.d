build-mut/kernel/sched.o: kernel/sched.c \
 build-mut/include/generated/autoconf.h \
 /work/wt-user-mode/include/kernel/desc.h \
 /work/wt-user-mode/include/kernel/segments.h \
 /work/wt-user-mode/include/kernel/types.h \
 /work/wt-user-mode/include/kernel/errno.h \
 /work/wt-user-mode/include/kernel/printk.h \
 /work/wt-user-mode/include/kernel/sched.h \
 /work/wt-user-mode/include/kernel/mm.h \
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
/work/wt-user-mode/include/kernel/errno.h:
/work/wt-user-mode/include/kernel/printk.h:
/work/wt-user-mode/include/kernel/sched.h:
/work/wt-user-mode/include/kernel/mm.h:
/work/wt-user-mode/include/kernel/bootinfo.h:
/work/wt-user-mode/include/kernel/cmdline.h:
/work/wt-user-mode/include/pvops/pv_ops.h:
/work/wt-user-mode/include/pvops/ops.h:
/work/wt-user-mode/include/pvops/call.h:
/work/wt-user-mode/include/pvops/site.h:
