# Host unit tests of the Xen backend (included by tests/host/host.mk).
ifeq ($(CONFIG_XEN),y)
HOST_TEST_SRCS += pvops/backends/xen/start_info.c pvops/backends/xen/start_info_test.c
endif
