# Host unit tests of the Xen guest layer (included by tests/host/host.mk).
ifeq ($(CONFIG_XEN_GUEST),y)
HOST_TEST_SRCS += pvops/xen/pvclock_test.c
endif
