build-mut/kernel/main.o: kernel/main.c \
 build-mut/include/generated/autoconf.h \
 /work/wt-user-mode/include/kernel/bootinfo.h \
 /work/wt-user-mode/include/kernel/cmdline.h \
 /work/wt-user-mode/include/kernel/types.h \
 /work/wt-user-mode/include/kernel/desc.h \
 /work/wt-user-mode/include/kernel/segments.h \
 /work/wt-user-mode/include/kernel/init.h \
 /work/wt-user-mode/include/kernel/mm.h \
 /work/wt-user-mode/include/pvops/pv_ops.h \
 /work/wt-user-mode/include/kernel/printk.h \
 /work/wt-user-mode/include/kernel/process.h \
 /work/wt-user-mode/include/kernel/sched.h \
 /work/wt-user-mode/include/kernel/traps.h \
 /work/wt-user-mode/include/kernel/trap_stubs.h \
 /work/wt-user-mode/include/pvops/backend.h
build-mut/include/generated/autoconf.h:
/work/wt-user-mode/include/kernel/bootinfo.h:
/work/wt-user-mode/include/kernel/cmdline.h:
/work/wt-user-mode/include/kernel/types.h:
/work/wt-user-mode/include/kernel/desc.h:
/work/wt-user-mode/include/kernel/segments.h:
/work/wt-user-mode/include/kernel/init.h:
/work/wt-user-mode/include/kernel/mm.h:
/work/wt-user-mode/include/pvops/pv_ops.h:
/work/wt-user-mode/include/kernel/printk.h:
/work/wt-user-mode/include/kernel/process.h:
/work/wt-user-mode/include/kernel/sched.h:
/work/wt-user-mode/include/kernel/traps.h:
/work/wt-user-mode/include/kernel/trap_stubs.h:
/work/wt-user-mode/include/pvops/backend.h:
