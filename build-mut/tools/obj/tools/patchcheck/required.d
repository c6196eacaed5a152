build-mut/tools/obj/tools/patchcheck/required.o: \
 tools/patchcheck/required.c build-mut/include/generated/autoconf.h \
 /work/wt-user-mode/include/pvops/pv_ops.h \
 /work/wt-user-mode/include/kernel/types.h tools/patchcheck/patchcheck.h \
 /work/wt-user-mode/include/pvops/patch.h \
 /work/wt-user-mode/include/pvops/site.h \
 /work/wt-user-mode/include/pvops/template.h \
 build-mut/include/generated/asm-offsets.h
build-mut/include/generated/autoconf.h:
/work/wt-user-mode/include/pvops/pv_ops.h:
/work/wt-user-mode/include/kernel/types.h:
tools/patchcheck/patchcheck.h:
/work/wt-user-mode/include/pvops/patch.h:
/work/wt-user-mode/include/pvops/site.h:
/work/wt-user-mode/include/pvops/template.h:
build-mut/include/generated/asm-offsets.h:
