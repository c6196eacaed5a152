build-mut/kernel/boot.o: kernel/boot.c \
 build-mut/include/generated/autoconf.h \
 /work/wt-user-mode/include/kernel/cmdline.h \
 /work/wt-user-mode/include/kernel/types.h \
 /work/wt-user-mode/include/kernel/init.h \
 /work/wt-user-mode/include/kernel/bootinfo.h \
 /work/wt-user-mode/include/kernel/kallsyms.h \
 /work/wt-user-mode/include/kernel/printk.h \
 /work/wt-user-mode/include/kernel/sections.h \
 /work/wt-user-mode/include/kernel/string.h \
 /work/wt-user-mode/include/pvops/backend.h \
 /work/wt-user-mode/include/pvops/pv_ops.h \
 /work/wt-user-mode/include/pvops/install.h
build-mut/include/generated/autoconf.h:
/work/wt-user-mode/include/kernel/cmdline.h:
/work/wt-user-mode/include/kernel/types.h:
/work/wt-user-mode/include/kernel/init.h:
/work/wt-user-mode/include/kernel/bootinfo.h:
/work/wt-user-mode/include/kernel/kallsyms.h:
/work/wt-user-mode/include/kernel/printk.h:
/work/wt-user-mode/include/kernel/sections.h:
/work/wt-user-mode/include/kernel/string.h:
/work/wt-user-mode/include/pvops/backend.h:
/work/wt-user-mode/include/pvops/pv_ops.h:
/work/wt-user-mode/include/pvops/install.h:
