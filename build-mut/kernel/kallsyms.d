build-mut/kernel/kallsyms.o: kernel/kallsyms.c \
 build-mut/include/generated/autoconf.h \
 /work/wt-user-mode/include/kernel/kallsyms.h \
 /work/wt-user-mode/include/kernel/types.h
build-mut/include/generated/autoconf.h:
/work/wt-user-mode/include/kernel/kallsyms.h:
/work/wt-user-mode/include/kernel/types.h:
