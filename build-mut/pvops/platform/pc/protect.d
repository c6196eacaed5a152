build-mut/pvops/platform/pc/protect.o: pvops/platform/pc/protect.c \
 build-mut/include/generated/autoconf.h \
 /work/wt-user-mode/include/kernel/errno.h \
 /work/wt-user-mode/include/kernel/mm.h \
 /work/wt-user-mode/include/kernel/bootinfo.h \
 /work/wt-user-mode/include/kernel/cmdline.h \
 /work/wt-user-mode/include/kernel/types.h \
 /work/wt-user-mode/include/pvops/pv_ops.h \
 /work/wt-user-mode/include/kernel/printk.h \
 /work/wt-user-mode/include/pc/pc.h \
 /work/wt-user-mode/include/x86/insns.h \
 /work/wt-user-mode/include/kernel/desc.h \
 /work/wt-user-mode/include/kernel/segments.h
build-mut/include/generated/autoconf.h:
/work/wt-user-mode/include/kernel/errno.h:
/work/wt-user-mode/include/kernel/mm.h:
/work/wt-user-mode/include/kernel/bootinfo.h:
/work/wt-user-mode/include/kernel/cmdline.h:
/work/wt-user-mode/include/kernel/types.h:
/work/wt-user-mode/include/pvops/pv_ops.h:
/work/wt-user-mode/include/kernel/printk.h:
/work/wt-user-mode/include/pc/pc.h:
/work/wt-user-mode/include/x86/insns.h:
/work/wt-user-mode/include/kernel/desc.h:
/work/wt-user-mode/include/kernel/segments.h:
