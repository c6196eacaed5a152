build-mut/tools/obj/tools/patchcheck/privileged.o: \
 tools/patchcheck/privileged.c build-mut/include/generated/autoconf.h \
 build-mut/include/xen/xen.h build-mut/include/xen/xen-compat.h \
 build-mut/include/xen/arch-x86/xen.h \
 build-mut/include/xen/arch-x86/../xen.h \
 build-mut/include/xen/arch-x86/xen-x86_64.h \
 /work/wt-user-mode/include/pvops/privileged.h \
 tools/patchcheck/patchcheck.h /work/wt-user-mode/include/kernel/types.h \
 /work/wt-user-mode/include/pvops/patch.h \
 /work/wt-user-mode/include/pvops/site.h \
 /work/wt-user-mode/include/pvops/template.h \
 /work/wt-user-mode/include/pvops/pv_ops.h \
 build-mut/include/generated/asm-offsets.h
build-mut/include/generated/autoconf.h:
build-mut/include/xen/xen.h:
build-mut/include/xen/xen-compat.h:
build-mut/include/xen/arch-x86/xen.h:
build-mut/include/xen/arch-x86/../xen.h:
build-mut/include/xen/arch-x86/xen-x86_64.h:
/work/wt-user-mode/include/pvops/privileged.h:
tools/patchcheck/patchcheck.h:
/work/wt-user-mode/include/kernel/types.h:
/work/wt-user-mode/include/pvops/patch.h:
/work/wt-user-mode/include/pvops/site.h:
/work/wt-user-mode/include/pvops/template.h:
/work/wt-user-mode/include/pvops/pv_ops.h:
build-mut/include/generated/asm-offsets.h:
