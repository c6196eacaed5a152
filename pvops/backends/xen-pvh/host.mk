# Host unit tests of the Xen PVH backend (included by tests/host/host.mk).
ifeq ($(CONFIG_XEN_PVH),y)
HOST_TEST_SRCS += pvops/backends/xen-pvh/features.c pvops/backends/xen-pvh/features_test.c
endif
