build-mut/kernel/uaccess.o: kernel/uaccess.c \
 build-mut/include/generated/autoconf.h \
 /work/wt-user-mode/include/kernel/errno.h \
 /work/wt-user-mode/include/kernel/extable.h \
 /work/wt-user-mode/include/kernel/types.h \
 /work/wt-user-mode/include/kernel/uaccess.h \
 /work/wt-user-mode/include/kernel/traps.h \
 /work/wt-user-mode/include/kernel/trap_stubs.h
build-mut/include/generated/autoconf.h:
/work/wt-user-mode/include/kernel/errno.h:
/work/wt-user-mode/include/kernel/extable.h:
/work/wt-user-mode/include/kernel/types.h:
/work/wt-user-mode/include/kernel/uaccess.h:
/work/wt-user-mode/include/kernel/traps.h:
/work/wt-user-mode/include/kernel/trap_stubs.h:
