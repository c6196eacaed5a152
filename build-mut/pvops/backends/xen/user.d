build-mut/pvops/backends/xen/user.o: pvops/backends/xen/user.c \
 build-mut/include/generated/autoconf.h \
 /work/wt-user-mode/include/kernel/mm.h \
 /work/wt-user-mode/include/kernel/bootinfo.h \
 /work/wt-user-mode/include/kernel/cmdline.h \
 /work/wt-user-mode/include/kernel/types.h \
 /work/wt-user-mode/include/pvops/pv_ops.h \
 /work/wt-user-mode/include/kernel/printk.h \
 /work/wt-user-mode/include/kernel/string.h \
 build-mut/include/xen/callback.h build-mut/include/xen/xen.h \
 build-mut/include/xen/xen-compat.h build-mut/include/xen/arch-x86/xen.h \
 build-mut/include/xen/arch-x86/../xen.h \
 build-mut/include/xen/arch-x86/xen-x86_64.h \
 pvops/backends/xen/hypercall.h \
 /work/wt-user-mode/include/pvops/xen/hypercall.h \
 build-mut/include/xen/xen.h build-mut/include/xen/sched.h \
 build-mut/include/xen/event_channel.h build-mut/include/xen/physdev.h \
 build-mut/include/xen/vcpu.h build-mut/include/xen/version.h \
 build-mut/include/xen/features.h build-mut/include/xen/event_channel.h \
 pvops/backends/xen/multicalls.h pvops/backends/xen/p2m.h \
 pvops/backends/xen/xen.h /work/wt-user-mode/include/pvops/backend.h \
 /work/wt-user-mode/include/pvops/xen/guest.h
build-mut/include/generated/autoconf.h:
/work/wt-user-mode/include/kernel/mm.h:
/work/wt-user-mode/include/kernel/bootinfo.h:
/work/wt-user-mode/include/kernel/cmdline.h:
/work/wt-user-mode/include/kernel/types.h:
/work/wt-user-mode/include/pvops/pv_ops.h:
/work/wt-user-mode/include/kernel/printk.h:
/work/wt-user-mode/include/kernel/string.h:
build-mut/include/xen/callback.h:
build-mut/include/xen/xen.h:
build-mut/include/xen/xen-compat.h:
build-mut/include/xen/arch-x86/xen.h:
build-mut/include/xen/arch-x86/../xen.h:
build-mut/include/xen/arch-x86/xen-x86_64.h:
pvops/backends/xen/hypercall.h:
/work/wt-user-mode/include/pvops/xen/hypercall.h:
build-mut/include/xen/xen.h:
build-mut/include/xen/sched.h:
build-mut/include/xen/event_channel.h:
build-mut/include/xen/physdev.h:
build-mut/include/xen/vcpu.h:
build-mut/include/xen/version.h:
build-mut/include/xen/features.h:
build-mut/include/xen/event_channel.h:
pvops/backends/xen/multicalls.h:
pvops/backends/xen/p2m.h:
pvops/backends/xen/xen.h:
/work/wt-user-mode/include/pvops/backend.h:
/work/wt-user-mode/include/pvops/xen/guest.h:
