build-mut/pvops/backends/native/entry.o: pvops/backends/native/entry.S \
 build-mut/include/generated/autoconf.h \
 /work/wt-user-mode/include/kernel/trap_stubs.h \
 build-mut/include/xen/elfnote.h
build-mut/include/generated/autoconf.h:
/work/wt-user-mode/include/kernel/trap_stubs.h:
build-mut/include/xen/elfnote.h:
