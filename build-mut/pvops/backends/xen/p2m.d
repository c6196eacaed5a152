build-mut/pvops/backends/xen/p2m.o: pvops/backends/xen/p2m.c \
 build-mut/include/generated/autoconf.h \
 /work/wt-user-mode/include/kernel/printk.h \
 /work/wt-user-mode/include/kernel/types.h build-mut/include/xen/xen.h \
 build-mut/include/xen/xen-compat.h build-mut/include/xen/arch-x86/xen.h \
 build-mut/include/xen/arch-x86/../xen.h \
 build-mut/include/xen/arch-x86/xen-x86_64.h pvops/backends/xen/p2m.h \
 /work/wt-user-mode/include/kernel/mm.h \
 /work/wt-user-mode/include/kernel/bootinfo.h \
 /work/wt-user-mode/include/kernel/cmdline.h \
 /work/wt-user-mode/include/pvops/pv_ops.h
build-mut/include/generated/autoconf.h:
/work/wt-user-mode/include/kernel/printk.h:
/work/wt-user-mode/include/kernel/types.h:
build-mut/include/xen/xen.h:
build-mut/include/xen/xen-compat.h:
build-mut/include/xen/arch-x86/xen.h:
build-mut/include/xen/arch-x86/../xen.h:
build-mut/include/xen/arch-x86/xen-x86_64.h:
pvops/backends/xen/p2m.h:
/work/wt-user-mode/include/kernel/mm.h:
/work/wt-user-mode/include/kernel/bootinfo.h:
/work/wt-user-mode/include/kernel/cmdline.h:
/work/wt-user-mode/include/pvops/pv_ops.h:
