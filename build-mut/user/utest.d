build-mut/user/utest.uo: user/utest.c user/lib/ulib.h \
 /work/wt-user-mode/include/kernel/errno.h \
 /work/wt-user-mode/include/kernel/syscall_nr.h user/utest.h
user/lib/ulib.h:
/work/wt-user-mode/include/kernel/errno.h:
/work/wt-user-mode/include/kernel/syscall_nr.h:
user/utest.h:
