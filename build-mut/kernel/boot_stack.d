build-mut/kernel/boot_stack.o: kernel/boot_stack.S \
 build-mut/include/generated/autoconf.h
build-mut/include/generated/autoconf.h:
