build-mut/pvops/platform/x86-user/syscall.o: \
 pvops/platform/x86-user/syscall.S build-mut/include/generated/autoconf.h \
 /work/wt-user-mode/include/kernel/segments.h \
 /work/wt-user-mode/include/x86/user.h
build-mut/include/generated/autoconf.h:
/work/wt-user-mode/include/kernel/segments.h:
/work/wt-user-mode/include/x86/user.h:
