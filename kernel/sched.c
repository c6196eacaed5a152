// SPDX-License-Identifier: GPL-2.0
/*
 * Kernel threads and thread_switch().
 *
 * A new thread gets a stack of its own from the page allocator, prepared
 * so that the first switch to it "returns" into thread_start, which calls
 * the thread's function; when the function returns, the thread switches to
 * the one it names in on_exit and never runs again. The switch itself:
 *
 *   lazy CPU mode on
 *     load_sp0(next's stack)         ring-transition stack
 *     write_gdt_entry(TLS)           the thread's own descriptor
 *     switch_mm() if the address space differs
 *     load_fs_base(), load_gs_base_user() if they differ (processes)
 *   lazy CPU mode off                a backend sends the batch here
 *   save prev's FPU state, load next's (processes: kernel/fpu.c)
 *   swap stacks
 *
 * which on Xen is one multicall, and on bare hardware three plain stores
 * or instructions. Kernel threads have no FPU state of their own (the
 * kernel never touches those registers), so a process's stays in the
 * CPU across them until another process runs.
 */
#include <kernel/desc.h>
#include <kernel/errno.h>
#include <kernel/fpu.h>
#include <kernel/printk.h>
#include <kernel/sched.h>
#include <pvops/ops.h>

struct thread init_thread = { .name = "init" };
struct thread *current_thread = &init_thread;

extern char boot_stack_top[];
extern const char thread_start[];

void __switch_to_asm(unsigned long *prev_sp, unsigned long next_sp);
void thread_entry(void);

void sched_init(void)
{
	init_thread.stack_top = (unsigned long)boot_stack_top;
	init_thread.mm = current_mm();
	init_thread.tls_desc = gdt_table[GDT_ENTRY_TLS].raw;
}

void thread_entry(void)
{
	struct thread *self = current_thread;

	self->fn(self->arg);
	self->finished = true;
	thread_switch(self->on_exit ? self->on_exit : &init_thread);
	panic("thread %s ran again after finishing", self->name);
}

int thread_create(struct thread *t, const char *name, void (*fn)(void *arg), void *arg,
		  struct mm_struct *mm)
{
	unsigned long *sp;
	unsigned int i;

	*t = (struct thread){ .name = name, .fn = fn, .arg = arg, .mm = mm ? mm : current_mm() };
	/* The pages of a stack must be contiguous: take a run the allocator hands out. */
	for (i = 0; i < THREAD_STACK_PAGES; i++) {
		if (!page_alloc(&t->stack_pfns[i]) ||
		    (i && pfn_val(t->stack_pfns[i]) != pfn_val(t->stack_pfns[i - 1]) + 1)) {
			while (i--)
				page_free(t->stack_pfns[i]);
			return -ENOMEM;
		}
	}
	t->stack_top = (unsigned long)pfn_to_virt(t->stack_pfns[0]) +
		       THREAD_STACK_PAGES * PAGE_SIZE;
	/* thread_start below six callee-saved registers; aligned as after a call. */
	sp = (unsigned long *)(t->stack_top - 16);
	*--sp = (unsigned long)thread_start;
	for (i = 0; i < 6; i++)
		*--sp = 0;
	t->sp = (unsigned long)sp;
	return 0;
}

void thread_destroy(struct thread *t)
{
	unsigned int i;

	if (t == current_thread || t == &init_thread)
		panic("thread_destroy: %s is running or is the boot thread", t->name);
	for (i = 0; i < THREAD_STACK_PAGES; i++)
		page_free(t->stack_pfns[i]);
}

void thread_switch(struct thread *next)
{
	struct thread *prev = current_thread;

	if (next == prev)
		return;
	if (next->finished)
		panic("thread_switch: %s has finished", next->name);
	arch_enter_lazy_mode(PVOPS_LAZY_CPU);
	load_sp0(next->stack_top);
	write_gdt_entry(gdt_table, GDT_ENTRY_TLS, &next->tls_desc, sizeof(next->tls_desc));
	if (next->mm != prev->mm)
		switch_mm(prev->mm, next->mm);
	if (next->fs_base != prev->fs_base)
		load_fs_base(next->fs_base);
	if (next->gs_base_user != prev->gs_base_user)
		load_gs_base_user(next->gs_base_user);
	arch_leave_lazy_mode(PVOPS_LAZY_CPU);
	if (prev->fpu)
		fpu_save(prev->fpu);
	if (next->fpu)
		fpu_restore(next->fpu);
	current_thread = next;
	__switch_to_asm(&prev->sp, next->sp);
}
