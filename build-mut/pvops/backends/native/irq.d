build-mut/pvops/backends/native/irq.o: pvops/backends/native/irq.c \
 build-mut/include/generated/autoconf.h \
 /work/wt-user-mode/include/kernel/timer.h \
 /work/wt-user-mode/include/kernel/types.h \
 /work/wt-user-mode/include/kernel/traps.h \
 /work/wt-user-mode/include/kernel/trap_stubs.h \
 /work/wt-user-mode/include/pc/pc.h \
 /work/wt-user-mode/include/x86/insns.h \
 /work/wt-user-mode/include/kernel/desc.h \
 /work/wt-user-mode/include/kernel/segments.h \
 /work/wt-user-mode/include/pvops/pv_ops.h pvops/backends/native/native.h \
 /work/wt-user-mode/include/pvops/backend.h \
 /work/wt-user-mode/include/kernel/bootinfo.h \
 /work/wt-user-mode/include/kernel/cmdline.h
build-mut/include/generated/autoconf.h:
/work/wt-user-mode/include/kernel/timer.h:
/work/wt-user-mode/include/kernel/types.h:
/work/wt-user-mode/include/kernel/traps.h:
/work/wt-user-mode/include/kernel/trap_stubs.h:
/work/wt-user-mode/include/pc/pc.h:
/work/wt-user-mode/include/x86/insns.h:
/work/wt-user-mode/include/kernel/desc.h:
/work/wt-user-mode/include/kernel/segments.h:
/work/wt-user-mode/include/pvops/pv_ops.h:
pvops/backends/native/native.h:
/work/wt-user-mode/include/pvops/backend.h:
/work/wt-user-mode/include/kernel/bootinfo.h:
/work/wt-user-mode/include/kernel/cmdline.h:
