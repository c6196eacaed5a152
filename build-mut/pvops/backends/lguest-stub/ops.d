build-mut/pvops/backends/lguest-stub/ops.o: \
 pvops/backends/lguest-stub/ops.c build-mut/include/generated/autoconf.h \
 /work/wt-user-mode/include/kernel/desc.h \
 /work/wt-user-mode/include/kernel/segments.h \
 /work/wt-user-mode/include/kernel/types.h \
 /work/wt-user-mode/include/kernel/sched.h \
 /work/wt-user-mode/include/kernel/mm.h \
 /work/wt-user-mode/include/kernel/bootinfo.h \
 /work/wt-user-mode/include/kernel/cmdline.h \
 /work/wt-user-mode/include/pvops/pv_ops.h \
 /work/wt-user-mode/include/kernel/string.h \
 /work/wt-user-mode/include/pvops/ops.h \
 /work/wt-user-mode/include/pvops/call.h \
 /work/wt-user-mode/include/pvops/site.h \
 /work/wt-user-mode/include/pvops/privileged.h \
 /work/wt-user-mode/include/pvops/template.h \
 build-mut/include/generated/asm-offsets.h \
 pvops/backends/lguest-stub/lguest.h \
 /work/wt-user-mode/include/pvops/backend.h
build-mut/include/generated/autoconf.h:
/work/wt-user-mode/include/kernel/desc.h:
/work/wt-user-mode/include/kernel/segments.h:
/work/wt-user-mode/include/kernel/types.h:
/work/wt-user-mode/include/kernel/sched.h:
/work/wt-user-mode/include/kernel/mm.h:
/work/wt-user-mode/include/kernel/bootinfo.h:
/work/wt-user-mode/include/kernel/cmdline.h:
/work/wt-user-mode/include/pvops/pv_ops.h:
/work/wt-user-mode/include/kernel/string.h:
/work/wt-user-mode/include/pvops/ops.h:
/work/wt-user-mode/include/pvops/call.h:
/work/wt-user-mode/include/pvops/site.h:
/work/wt-user-mode/include/pvops/privileged.h:
/work/wt-user-mode/include/pvops/template.h:
build-mut/include/generated/asm-offsets.h:
pvops/backends/lguest-stub/lguest.h:
/work/wt-user-mode/include/pvops/backend.h:
