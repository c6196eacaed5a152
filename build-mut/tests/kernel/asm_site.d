build-mut/tests/kernel/asm_site.o: tests/kernel/asm_site.S \
 build-mut/include/generated/autoconf.h \
 build-mut/include/generated/asm-offsets.h \
 /work/wt-user-mode/include/pvops/call.h \
 /work/wt-user-mode/include/pvops/site.h
build-mut/include/generated/autoconf.h:
build-mut/include/generated/asm-offsets.h:
/work/wt-user-mode/include/pvops/call.h:
/work/wt-user-mode/include/pvops/site.h:
