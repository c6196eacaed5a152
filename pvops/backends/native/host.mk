# Host unit tests of the native backend (included by tests/host/host.mk).
HOST_TEST_SRCS += pvops/backends/native/start_info.c pvops/backends/native/start_info_test.c
