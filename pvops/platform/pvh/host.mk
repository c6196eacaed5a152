# Host unit tests of the PVH entry layer (included by tests/host/host.mk).
HOST_TEST_SRCS += pvops/platform/pvh/start_info.c pvops/platform/pvh/start_info_test.c
