build-mut/kernel/entry_user.o: kernel/entry_user.S \
 build-mut/include/generated/autoconf.h \
 build-mut/include/generated/asm-offsets.h \
 /work/wt-user-mode/include/kernel/trap_stubs.h \
 /work/wt-user-mode/include/pvops/call.h \
 /work/wt-user-mode/include/pvops/site.h
build-mut/include/generated/autoconf.h:
build-mut/include/generated/asm-offsets.h:
/work/wt-user-mode/include/kernel/trap_stubs.h:
/work/wt-user-mode/include/pvops/call.h:
/work/wt-user-mode/include/pvops/site.h:
