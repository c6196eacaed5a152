build-mut/user/lib/crt0.o: user/lib/crt0.S \
 /work/wt-user-mode/include/kernel/syscall_nr.h
/work/wt-user-mode/include/kernel/syscall_nr.h:
