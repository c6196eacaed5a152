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
#include <pvops/xen/guest.h>
#include <pvops/xen/hypercall.h>

void xen_shutdown(unsigned int reason)
{
	struct sched_shutdown shutdown = { .reason = reason };

	for (;;)
		HYPERVISOR_sched_op(SCHEDOP_shutdown, &shutdown);
}
