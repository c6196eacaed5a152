# Host unit tests of this backend (included by tests/host/host.mk): while it
# cannot boot, they are what keeps it compiling and correct.
ifeq ($(CONFIG_LGUEST_STUB),y)
HOST_TEST_SRCS += pvops/backends/lguest-stub/register.c pvops/backends/lguest-stub/ops.c \
		  pvops/backends/lguest-stub/lguest_test.c
endif
