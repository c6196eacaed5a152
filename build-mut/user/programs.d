build-mut/user/programs.o: user/programs.S \
 build-mut/include/generated/autoconf.h
build-mut/include/generated/autoconf.h:
