# Host unit tests of the PC layer (included by tests/host/host.mk).
HOST_TEST_SRCS += pvops/platform/pc/acpi.c pvops/platform/pc/acpi_test.c
