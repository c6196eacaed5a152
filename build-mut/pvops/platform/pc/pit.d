build-mut/pvops/platform/pc/pit.o: pvops/platform/pc/pit.c \
 build-mut/include/generated/autoconf.h \
 /work/wt-user-mode/include/pc/pc.h \
 /work/wt-user-mode/include/kernel/types.h \
 /work/wt-user-mode/include/x86/insns.h \
 /work/wt-user-mode/include/kernel/desc.h \
 /work/wt-user-mode/include/kernel/segments.h \
 /work/wt-user-mode/include/pvops/pv_ops.h
build-mut/include/generated/autoconf.h:
/work/wt-user-mode/include/pc/pc.h:
/work/wt-user-mode/include/kernel/types.h:
/work/wt-user-mode/include/x86/insns.h:
/work/wt-user-mode/include/kernel/desc.h:
/work/wt-user-mode/include/kernel/segments.h:
/work/wt-user-mode/include/pvops/pv_ops.h:
