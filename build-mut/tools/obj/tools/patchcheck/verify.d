build-mut/tools/obj/tools/patchcheck/verify.o: tools/patchcheck/verify.c \
 build-mut/include/generated/autoconf.h \
 /work/wt-user-mode/include/pvops/privileged.h \
 /work/wt-user-mode/include/pvops/pv_ops.h \
 /work/wt-user-mode/include/kernel/types.h \
 /work/wt-user-mode/include/pvops/template.h \
 /work/wt-user-mode/include/pvops/site.h \
 build-mut/include/generated/asm-offsets.h tools/patchcheck/patchcheck.h \
 /work/wt-user-mode/include/pvops/patch.h
build-mut/include/generated/autoconf.h:
/work/wt-user-mode/include/pvops/privileged.h:
/work/wt-user-mode/include/pvops/pv_ops.h:
/work/wt-user-mode/include/kernel/types.h:
/work/wt-user-mode/include/pvops/template.h:
/work/wt-user-mode/include/pvops/site.h:
build-mut/include/generated/asm-offsets.h:
tools/patchcheck/patchcheck.h:
/work/wt-user-mode/include/pvops/patch.h:
