// SPDX-License-Identifier: GPL-2.0
/*
 * The PVH clock's rate, worked out once.
 *
 * The clock is the Xen layer's (pvops/platform/xen-guest/time.c): vcpu_time_info over a
 * TSC that Xen leaves to the guest. Its rate in kHz follows from the
 * record's scale factors by a division, which the layer does per call for
 * PV; here, as natively, the rate is a number kept from the start (the
 * PC layer's pc_tsc_khz), taken at init() once vcpu_info is in place, since the
 * factors Xen publishes move by parts per million at most.
 */
#include <xen-guest/guest.h>

#include "xen_pvh.h"

static unsigned long xen_pvh_khz;

unsigned long xen_pvh_clock_khz(void)
{
	return xen_pvh_khz;
}

void xen_pvh_clock_init(void)
{
	xen_pvh_khz = xen_clock_khz();
}
