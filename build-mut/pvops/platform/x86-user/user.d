build-mut/pvops/platform/x86-user/user.o: pvops/platform/x86-user/user.c \
 build-mut/include/generated/autoconf.h \
 /work/wt-user-mode/include/kernel/desc.h \
 /work/wt-user-mode/include/kernel/segments.h \
 /work/wt-user-mode/include/kernel/types.h \
 /work/wt-user-mode/include/pvops/privileged.h \
 /work/wt-user-mode/include/x86/insns.h \
 /work/wt-user-mode/include/pvops/pv_ops.h \
 /work/wt-user-mode/include/x86/user.h
build-mut/include/generated/autoconf.h:
/work/wt-user-mode/include/kernel/desc.h:
/work/wt-user-mode/include/kernel/segments.h:
/work/wt-user-mode/include/kernel/types.h:
/work/wt-user-mode/include/pvops/privileged.h:
/work/wt-user-mode/include/x86/insns.h:
/work/wt-user-mode/include/pvops/pv_ops.h:
/work/wt-user-mode/include/x86/user.h:
