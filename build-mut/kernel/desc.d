build-mut/kernel/desc.o: kernel/desc.c \
 build-mut/include/generated/autoconf.h \
 /work/wt-user-mode/include/kernel/desc.h \
 /work/wt-user-mode/include/kernel/segments.h \
 /work/wt-user-mode/include/kernel/types.h \
 /work/wt-user-mode/include/pvops/ops.h \
 /work/wt-user-mode/include/pvops/pv_ops.h \
 /work/wt-user-mode/include/pvops/call.h \
 /work/wt-user-mode/include/pvops/site.h
build-mut/include/generated/autoconf.h:
/work/wt-user-mode/include/kernel/desc.h:
/work/wt-user-mode/include/kernel/segments.h:
/work/wt-user-mode/include/kernel/types.h:
/work/wt-user-mode/include/pvops/ops.h:
/work/wt-user-mode/include/pvops/pv_ops.h:
/work/wt-user-mode/include/pvops/call.h:
/work/wt-user-mode/include/pvops/site.h:
