build-mut/kernel/machine.o: kernel/machine.c \
 build-mut/include/generated/autoconf.h \
 /work/wt-user-mode/include/kernel/printk.h \
 /work/wt-user-mode/include/kernel/types.h \
 /work/wt-user-mode/include/pvops/backend.h \
 /work/wt-user-mode/include/kernel/bootinfo.h \
 /work/wt-user-mode/include/kernel/cmdline.h \
 /work/wt-user-mode/include/pvops/pv_ops.h
build-mut/include/generated/autoconf.h:
/work/wt-user-mode/include/kernel/printk.h:
/work/wt-user-mode/include/kernel/types.h:
/work/wt-user-mode/include/pvops/backend.h:
/work/wt-user-mode/include/kernel/bootinfo.h:
/work/wt-user-mode/include/kernel/cmdline.h:
/work/wt-user-mode/include/pvops/pv_ops.h:
