/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Preemption of processes in ring 3 on the timer tick (kernel/preempt.c).
 *
 * It sits on the run queue and under the code that runs processes:
 * process_wait_kernel() starts the tick and stops it, the trap exit calls
 * preempt_user_return() through the hook user_init() registers.
 */
#ifndef KERNEL_PREEMPT_H
#define KERNEL_PREEMPT_H

#include <kernel/traps.h>

/* How long a process in ring 3 runs before the tick may switch to the next. */
#define PREEMPT_SLICE_NS 10000000ULL /* 10 ms */

/* The tick runs between start and stop. */
void preempt_start(void);
void preempt_stop(void);
/* After an interrupt's handler: switch process if its slice is over and it came from ring 3. */
void preempt_user_return(struct pt_regs *regs);
extern unsigned long preempt_switches; /* switches made by preempt_user_return() */

#endif
