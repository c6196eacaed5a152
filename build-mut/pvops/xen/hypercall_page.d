build-mut/pvops/xen/hypercall_page.o: pvops/xen/hypercall_page.S \
 build-mut/include/generated/autoconf.h \
 /work/wt-user-mode/include/pvops/xen/hypercall.h
build-mut/include/generated/autoconf.h:
/work/wt-user-mode/include/pvops/xen/hypercall.h:
