build-mut/pvops/backends/xen/user-asm.o: pvops/backends/xen/user-asm.S \
 build-mut/include/generated/autoconf.h \
 /work/wt-user-mode/include/kernel/syscall_nr.h \
 /work/wt-user-mode/include/kernel/trap_stubs.h \
 /work/wt-user-mode/include/pvops/xen/hypercall.h \
 build-mut/include/xen/xen.h build-mut/include/xen/xen-compat.h \
 build-mut/include/xen/arch-x86/xen.h \
 build-mut/include/xen/arch-x86/../xen.h \
 build-mut/include/xen/arch-x86/xen-x86_64.h
build-mut/include/generated/autoconf.h:
/work/wt-user-mode/include/kernel/syscall_nr.h:
/work/wt-user-mode/include/kernel/trap_stubs.h:
/work/wt-user-mode/include/pvops/xen/hypercall.h:
build-mut/include/xen/xen.h:
build-mut/include/xen/xen-compat.h:
build-mut/include/xen/arch-x86/xen.h:
build-mut/include/xen/arch-x86/../xen.h:
build-mut/include/xen/arch-x86/xen-x86_64.h:
