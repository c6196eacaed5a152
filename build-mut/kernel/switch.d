build-mut/kernel/switch.o: kernel/switch.S \
 build-mut/include/generated/autoconf.h
build-mut/include/generated/autoconf.h:
