build-mut/pvops/core/poison.o: pvops/core/poison.c \
 build-mut/include/generated/autoconf.h \
 /work/wt-user-mode/include/kernel/printk.h \
 /work/wt-user-mode/include/kernel/types.h \
 /work/wt-user-mode/include/pvops/patch.h \
 /work/wt-user-mode/include/pvops/site.h \
 /work/wt-user-mode/include/pvops/template.h \
 /work/wt-user-mode/include/pvops/pv_ops.h \
 build-mut/include/generated/asm-offsets.h
build-mut/include/generated/autoconf.h:
/work/wt-user-mode/include/kernel/printk.h:
/work/wt-user-mode/include/kernel/types.h:
/work/wt-user-mode/include/pvops/patch.h:
/work/wt-user-mode/include/pvops/site.h:
/work/wt-user-mode/include/pvops/template.h:
/work/wt-user-mode/include/pvops/pv_ops.h:
build-mut/include/generated/asm-offsets.h:
