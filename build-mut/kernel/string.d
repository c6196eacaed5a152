build-mut/kernel/string.o: kernel/string.c \
 build-mut/include/generated/autoconf.h \
 /work/wt-user-mode/include/kernel/string.h \
 /work/wt-user-mode/include/kernel/types.h
build-mut/include/generated/autoconf.h:
/work/wt-user-mode/include/kernel/string.h:
/work/wt-user-mode/include/kernel/types.h:
