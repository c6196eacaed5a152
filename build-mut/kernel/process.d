build-mut/kernel/process.o: kernel/process.c \
 build-mut/include/generated/autoconf.h \
 /work/wt-user-mode/include/kernel/elf.h \
 /work/wt-user-mode/include/kernel/types.h \
 /work/wt-user-mode/include/kernel/errno.h \
 /work/wt-user-mode/include/kernel/printk.h \
 /work/wt-user-mode/include/kernel/process.h \
 /work/wt-user-mode/include/kernel/mm.h \
 /work/wt-user-mode/include/kernel/bootinfo.h \
 /work/wt-user-mode/include/kernel/cmdline.h \
 /work/wt-user-mode/include/pvops/pv_ops.h \
 /work/wt-user-mode/include/kernel/sched.h \
 /work/wt-user-mode/include/kernel/traps.h \
 /work/wt-user-mode/include/kernel/trap_stubs.h \
 /work/wt-user-mode/include/kernel/string.h \
 /work/wt-user-mode/include/kernel/syscall_nr.h \
 /work/wt-user-mode/include/kernel/uaccess.h \
 /work/wt-user-mode/include/pvops/ops.h \
 /work/wt-user-mode/include/pvops/call.h \
 /work/wt-user-mode/include/pvops/site.h
build-mut/include/generated/autoconf.h:
/work/wt-user-mode/include/kernel/elf.h:
/work/wt-user-mode/include/kernel/types.h:
/work/wt-user-mode/include/kernel/errno.h:
/work/wt-user-mode/include/kernel/printk.h:
/work/wt-user-mode/include/kernel/process.h:
/work/wt-user-mode/include/kernel/mm.h:
/work/wt-user-mode/include/kernel/bootinfo.h:
/work/wt-user-mode/include/kernel/cmdline.h:
/work/wt-user-mode/include/pvops/pv_ops.h:
/work/wt-user-mode/include/kernel/sched.h:
/work/wt-user-mode/include/kernel/traps.h:
/work/wt-user-mode/include/kernel/trap_stubs.h:
/work/wt-user-mode/include/kernel/string.h:
/work/wt-user-mode/include/kernel/syscall_nr.h:
/work/wt-user-mode/include/kernel/uaccess.h:
/work/wt-user-mode/include/pvops/ops.h:
/work/wt-user-mode/include/pvops/call.h:
/work/wt-user-mode/include/pvops/site.h:
