build-mut/pvops/core/sites.o: pvops/core/sites.S \
 build-mut/include/generated/autoconf.h \
 /work/wt-user-mode/include/pvops/site.h
build-mut/include/generated/autoconf.h:
/work/wt-user-mode/include/pvops/site.h:
