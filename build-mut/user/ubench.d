build-mut/user/ubench.uo: user/ubench.c user/lib/ulib.h \
 /work/wt-user-mode/include/kernel/errno.h \
 /work/wt-user-mode/include/kernel/syscall_nr.h user/ubench.h
user/lib/ulib.h:
/work/wt-user-mode/include/kernel/errno.h:
/work/wt-user-mode/include/kernel/syscall_nr.h:
user/ubench.h:
