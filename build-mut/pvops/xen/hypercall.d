build-mut/pvops/xen/hypercall.o: pvops/xen/hypercall.c \
 build-mut/include/generated/autoconf.h \
 /work/wt-user-mode/include/kernel/printk.h \
 /work/wt-user-mode/include/kernel/types.h \
 /work/wt-user-mode/include/pvops/xen/hypercall.h \
 build-mut/include/xen/xen.h build-mut/include/xen/xen-compat.h \
 build-mut/include/xen/arch-x86/xen.h \
 build-mut/include/xen/arch-x86/../xen.h \
 build-mut/include/xen/arch-x86/xen-x86_64.h \
 build-mut/include/xen/sched.h build-mut/include/xen/event_channel.h \
 build-mut/include/xen/xen.h build-mut/include/xen/physdev.h \
 build-mut/include/xen/vcpu.h build-mut/include/xen/version.h \
 build-mut/include/xen/features.h build-mut/include/xen/event_channel.h
build-mut/include/generated/autoconf.h:
/work/wt-user-mode/include/kernel/printk.h:
/work/wt-user-mode/include/kernel/types.h:
/work/wt-user-mode/include/pvops/xen/hypercall.h:
build-mut/include/xen/xen.h:
build-mut/include/xen/xen-compat.h:
build-mut/include/xen/arch-x86/xen.h:
build-mut/include/xen/arch-x86/../xen.h:
build-mut/include/xen/arch-x86/xen-x86_64.h:
build-mut/include/xen/sched.h:
build-mut/include/xen/event_channel.h:
build-mut/include/xen/xen.h:
build-mut/include/xen/physdev.h:
build-mut/include/xen/vcpu.h:
build-mut/include/xen/version.h:
build-mut/include/xen/features.h:
build-mut/include/xen/event_channel.h:
