build-mut/tools/obj/tools/patchcheck/main.o: tools/patchcheck/main.c \
 build-mut/include/generated/autoconf.h tools/patchcheck/patchcheck.h \
 /work/wt-user-mode/include/kernel/types.h \
 /work/wt-user-mode/include/pvops/patch.h \
 /work/wt-user-mode/include/pvops/site.h \
 /work/wt-user-mode/include/pvops/template.h \
 /work/wt-user-mode/include/pvops/pv_ops.h \
 build-mut/include/generated/asm-offsets.h
build-mut/include/generated/autoconf.h:
tools/patchcheck/patchcheck.h:
/work/wt-user-mode/include/kernel/types.h:
/work/wt-user-mode/include/pvops/patch.h:
/work/wt-user-mode/include/pvops/site.h:
/work/wt-user-mode/include/pvops/template.h:
/work/wt-user-mode/include/pvops/pv_ops.h:
build-mut/include/generated/asm-offsets.h:
