build-mut/pvops/backends/native/ops.o: pvops/backends/native/ops.c \
 build-mut/include/generated/autoconf.h \
 /work/wt-user-mode/include/pc/pc.h \
 /work/wt-user-mode/include/kernel/types.h \
 /work/wt-user-mode/include/x86/insns.h \
 /work/wt-user-mode/include/kernel/desc.h \
 /work/wt-user-mode/include/kernel/segments.h \
 /work/wt-user-mode/include/pvops/pv_ops.h \
 /work/wt-user-mode/include/pvops/backend.h \
 /work/wt-user-mode/include/kernel/bootinfo.h \
 /work/wt-user-mode/include/kernel/cmdline.h \
 /work/wt-user-mode/include/pvops/privileged.h \
 /work/wt-user-mode/include/pvops/template.h \
 /work/wt-user-mode/include/pvops/site.h \
 build-mut/include/generated/asm-offsets.h \
 /work/wt-user-mode/include/x86/user.h pvops/backends/native/native.h
build-mut/include/generated/autoconf.h:
/work/wt-user-mode/include/pc/pc.h:
/work/wt-user-mode/include/kernel/types.h:
/work/wt-user-mode/include/x86/insns.h:
/work/wt-user-mode/include/kernel/desc.h:
/work/wt-user-mode/include/kernel/segments.h:
/work/wt-user-mode/include/pvops/pv_ops.h:
/work/wt-user-mode/include/pvops/backend.h:
/work/wt-user-mode/include/kernel/bootinfo.h:
/work/wt-user-mode/include/kernel/cmdline.h:
/work/wt-user-mode/include/pvops/privileged.h:
/work/wt-user-mode/include/pvops/template.h:
/work/wt-user-mode/include/pvops/site.h:
build-mut/include/generated/asm-offsets.h:
/work/wt-user-mode/include/x86/user.h:
pvops/backends/native/native.h:
