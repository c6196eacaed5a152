# Host unit tests of the Xen guest layer (included by tests/host/host.mk).
ifeq ($(CONFIG_XEN_GUEST),y)
HOST_TEST_SRCS += pvops/platform/xen-guest/xenstore_wire.c pvops/platform/xen-guest/xenstore_wire_test.c pvops/platform/xen-guest/pvclock_test.c \
		  pvops/platform/xen-guest/console_wire.c pvops/platform/xen-guest/console_wire_test.c
endif
