build-mut/pvops/core/patch.o: pvops/core/patch.c \
 build-mut/include/generated/autoconf.h \
 /work/wt-user-mode/include/kernel/string.h \
 /work/wt-user-mode/include/kernel/types.h \
 /work/wt-user-mode/include/pvops/patch.h \
 /work/wt-user-mode/include/pvops/site.h \
 /work/wt-user-mode/include/pvops/template.h \
 /work/wt-user-mode/include/pvops/pv_ops.h \
 build-mut/include/generated/asm-offsets.h
build-mut/include/generated/autoconf.h:
/work/wt-user-mode/include/kernel/string.h:
/work/wt-user-mode/include/kernel/types.h:
/work/wt-user-mode/include/pvops/patch.h:
/work/wt-user-mode/include/pvops/site.h:
/work/wt-user-mode/include/pvops/template.h:
/work/wt-user-mode/include/pvops/pv_ops.h:
build-mut/include/generated/asm-offsets.h:
