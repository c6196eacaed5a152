# Host unit tests of the PVH entry layer (included by tests/host/host.mk).
HOST_TEST_SRCS += pvops/platform/pvh/start_info.c pvops/platform/pvh/start_info_test.c \
		  pvops/platform/pvh/memmap.c pvops/platform/pvh/memmap_test.c
