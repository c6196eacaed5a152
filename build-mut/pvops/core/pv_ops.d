build-mut/pvops/core/pv_ops.o: pvops/core/pv_ops.c \
 build-mut/include/generated/autoconf.h \
 /work/wt-user-mode/include/kernel/sections.h \
 /work/wt-user-mode/include/kernel/types.h \
 /work/wt-user-mode/include/pvops/backend.h \
 /work/wt-user-mode/include/kernel/bootinfo.h \
 /work/wt-user-mode/include/kernel/cmdline.h \
 /work/wt-user-mode/include/pvops/pv_ops.h
build-mut/include/generated/autoconf.h:
/work/wt-user-mode/include/kernel/sections.h:
/work/wt-user-mode/include/kernel/types.h:
/work/wt-user-mode/include/pvops/backend.h:
/work/wt-user-mode/include/kernel/bootinfo.h:
/work/wt-user-mode/include/kernel/cmdline.h:
/work/wt-user-mode/include/pvops/pv_ops.h:
