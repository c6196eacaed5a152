# Host unit tests of the Xen guest layer (included by tests/host/host.mk).
ifeq ($(CONFIG_XEN_GUEST),y)
HOST_TEST_SRCS += pvops/xen/xenstore_wire.c pvops/xen/xenstore_wire_test.c pvops/xen/pvclock_test.c \
		  pvops/xen/console_wire.c pvops/xen/console_wire_test.c
endif
