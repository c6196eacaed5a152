// SPDX-License-Identifier: GPL-2.0
/*
 * Leaving as a Xen guest: SCHEDOP_shutdown.
 *
 * Any Xen guest ends the same way, by asking Xen to shut the domain down
 * with a reason (poweroff, reboot, crash) that Xen logs and that the
 * toolstack acts on. The call does not return when it works; when it
 * fails there is nothing better to do than ask again, so it loops rather
 * than fall through into whatever follows. What a backend does before
 * (the test harness's isa-debug-exit port, which a PV dom0 may reach only
 * after PHYSDEVOP_set_iopl) is the backend's.
 */
#include <pvops/backend.h>
#include <xen-guest/guest.h>
#include <xen-guest/hypercall.h>

void xen_shutdown(unsigned int reason)
{
	struct sched_shutdown shutdown = { .reason = reason };

	for (;;)
		HYPERVISOR_sched_op(SCHEDOP_shutdown, &shutdown);
}

/*
 * A domU's toolstack sees only the shutdown reason, so the verdict is that
 * reason (docs/backends.md): poweroff is a pass or the toolstack's own
 * poweroff, reboot only the toolstack's, crash a failure or a panic (the
 * console tells those two apart).
 */
unsigned int xen_shutdown_reason(enum machine_exit_reason reason)
{
	switch (reason) {
	case EXIT_PASS:
	case EXIT_POWEROFF:
		return SHUTDOWN_poweroff;
	case EXIT_REBOOT:
		return SHUTDOWN_reboot;
	case EXIT_FAIL:
	case EXIT_PANIC:
		break;
	}
	return SHUTDOWN_crash;
}
