/* SPDX-License-Identifier: GPL-2.0 */
/*
 * The spinlock's ops as one CPU that is never descheduled runs them: the
 * templates, one line per op, and the table's lock group over them.
 *
 * Unlike the ring-0 list (include/x86/native_templates.h) none of these is
 * privileged: the unlock is a plain add to the lock's head, waiting is a
 * pause, and "is that vCPU preempted" and "how much time was stolen" are
 * answered 0. So every backend, ring 0 or not, declares them until its
 * hypervisor's versions exist (a Xen guest blocks in SCHEDOP_poll and
 * reads its runstate area only with several vCPUs). Same X-macro shape as
 * native_templates.h: the backend defines X86_LOCK_TEMPLATE(SLOT, name,
 * clobbers) as its PVOP_TEMPLATE() of X86_LOCK_INSN_<SLOT> under its name,
 * then includes this, which expands the list and undefines the macro; no
 * include guard on purpose. X86_LOCK_PV_OPS(prefix) is the lock group over
 * prefix_<name>, and the backend's time group names prefix_steal_clock.
 */
#ifndef X86_LOCK_TEMPLATE
#error "define X86_LOCK_TEMPLATE(SLOT, name, clobbers) before including x86/lock_templates.h"
#endif

#include <pvops/template.h>

#ifndef X86_LOCK_INSNS
#define X86_LOCK_INSNS
/*
 * The holder's release: only it writes the head, so no lock prefix. The
 * add is stretched to the site's 6 bytes (a DS prefix, which 64-bit mode
 * ignores, and a zero disp8), so the patched unlock is this one
 * instruction with no padding after it, as with pv_ops compiled out.
 */
#define X86_LOCK_INSN_UNLOCK "ds {disp8} addw $" __stringify(SPIN_TICKET_INC) ", 0(%rdi)"
/* One pause: the caller re-reads the word and calls again. */
#define X86_LOCK_INSN_WAIT "pause"
#define X86_LOCK_INSN_VCPU_IS_PREEMPTED "xor %eax, %eax"
#define X86_LOCK_INSN_STEAL_CLOCK "xor %eax, %eax"

#define X86_LOCK_PV_OPS(prefix)                                                                    \
	{                                                                                          \
		.unlock = { .func = (void *)prefix##_unlock },                                     \
		.wait = (void *)prefix##_wait,                                                     \
		.kick = (void *)pvops_nop,                                                         \
		.vcpu_is_preempted = (void *)prefix##_vcpu_is_preempted,                           \
	}
#endif

X86_LOCK_TEMPLATE(UNLOCK, unlock, CLBR_NONE);
X86_LOCK_TEMPLATE(WAIT, wait, CLBR_NONE);
X86_LOCK_TEMPLATE(VCPU_IS_PREEMPTED, vcpu_is_preempted, CLBR_RAX);
X86_LOCK_TEMPLATE(STEAL_CLOCK, steal_clock, CLBR_RAX);

#undef X86_LOCK_TEMPLATE
