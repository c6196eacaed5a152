build-mut/pvops/backends/native/boot.o: pvops/backends/native/boot.c \
 build-mut/include/generated/autoconf.h \
 /work/wt-user-mode/include/kernel/bootinfo.h \
 /work/wt-user-mode/include/kernel/cmdline.h \
 /work/wt-user-mode/include/kernel/types.h \
 /work/wt-user-mode/include/kernel/desc.h \
 /work/wt-user-mode/include/kernel/segments.h \
 /work/wt-user-mode/include/kernel/printk.h \
 /work/wt-user-mode/include/kernel/traps.h \
 /work/wt-user-mode/include/kernel/trap_stubs.h \
 /work/wt-user-mode/include/pc/pc.h \
 /work/wt-user-mode/include/x86/insns.h \
 /work/wt-user-mode/include/pvops/pv_ops.h build-mut/include/xen/xen.h \
 build-mut/include/xen/xen-compat.h build-mut/include/xen/arch-x86/xen.h \
 build-mut/include/xen/arch-x86/../xen.h \
 build-mut/include/xen/arch-x86/xen-x86_64.h \
 build-mut/include/xen/arch-x86/hvm/start_info.h \
 pvops/backends/native/native.h \
 /work/wt-user-mode/include/pvops/backend.h \
 pvops/backends/native/start_info.h
build-mut/include/generated/autoconf.h:
/work/wt-user-mode/include/kernel/bootinfo.h:
/work/wt-user-mode/include/kernel/cmdline.h:
/work/wt-user-mode/include/kernel/types.h:
/work/wt-user-mode/include/kernel/desc.h:
/work/wt-user-mode/include/kernel/segments.h:
/work/wt-user-mode/include/kernel/printk.h:
/work/wt-user-mode/include/kernel/traps.h:
/work/wt-user-mode/include/kernel/trap_stubs.h:
/work/wt-user-mode/include/pc/pc.h:
/work/wt-user-mode/include/x86/insns.h:
/work/wt-user-mode/include/pvops/pv_ops.h:
build-mut/include/xen/xen.h:
build-mut/include/xen/xen-compat.h:
build-mut/include/xen/arch-x86/xen.h:
build-mut/include/xen/arch-x86/../xen.h:
build-mut/include/xen/arch-x86/xen-x86_64.h:
build-mut/include/xen/arch-x86/hvm/start_info.h:
pvops/backends/native/native.h:
/work/wt-user-mode/include/pvops/backend.h:
pvops/backends/native/start_info.h:
