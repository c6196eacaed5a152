build-mut/user/lib/ulib.o: user/lib/ulib.c user/lib/ulib.h \
 /work/wt-user-mode/include/kernel/errno.h \
 /work/wt-user-mode/include/kernel/syscall_nr.h
user/lib/ulib.h:
/work/wt-user-mode/include/kernel/errno.h:
/work/wt-user-mode/include/kernel/syscall_nr.h:
