build-mut/pvops/backends/native/start_info.o: \
 pvops/backends/native/start_info.c \
 build-mut/include/generated/autoconf.h \
 /work/wt-user-mode/include/kernel/cmdline.h \
 /work/wt-user-mode/include/kernel/types.h \
 /work/wt-user-mode/include/kernel/printk.h \
 /work/wt-user-mode/include/kernel/string.h build-mut/include/xen/xen.h \
 build-mut/include/xen/xen-compat.h build-mut/include/xen/arch-x86/xen.h \
 build-mut/include/xen/arch-x86/../xen.h \
 build-mut/include/xen/arch-x86/xen-x86_64.h \
 build-mut/include/xen/arch-x86/hvm/start_info.h \
 pvops/backends/native/start_info.h \
 /work/wt-user-mode/include/kernel/bootinfo.h
build-mut/include/generated/autoconf.h:
/work/wt-user-mode/include/kernel/cmdline.h:
/work/wt-user-mode/include/kernel/types.h:
/work/wt-user-mode/include/kernel/printk.h:
/work/wt-user-mode/include/kernel/string.h:
build-mut/include/xen/xen.h:
build-mut/include/xen/xen-compat.h:
build-mut/include/xen/arch-x86/xen.h:
build-mut/include/xen/arch-x86/../xen.h:
build-mut/include/xen/arch-x86/xen-x86_64.h:
build-mut/include/xen/arch-x86/hvm/start_info.h:
pvops/backends/native/start_info.h:
/work/wt-user-mode/include/kernel/bootinfo.h:
