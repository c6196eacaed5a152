build-mut/pvops/backends/xen/xen-head.o: pvops/backends/xen/xen-head.S \
 build-mut/include/generated/autoconf.h build-mut/include/xen/elfnote.h \
 build-mut/include/xen/features.h
build-mut/include/generated/autoconf.h:
build-mut/include/xen/elfnote.h:
build-mut/include/xen/features.h:
