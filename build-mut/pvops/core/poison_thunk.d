build-mut/pvops/core/poison_thunk.o: pvops/core/poison_thunk.S \
 build-mut/include/generated/autoconf.h
build-mut/include/generated/autoconf.h:
