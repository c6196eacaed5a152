// SPDX-License-Identifier: GPL-2.0
/*
 * User suite: processes in ring 3, the same on every backend.
 *
 * Each case spawns the utest program (user/utest.c) in a mode, runs it to
 * its end with process_wait_kernel() and checks three things: how it
 * ended (exit code 0 for a mode that checks the ABI itself, killed by the
 * expected signal for a mode that must die), the console line the kernel printed when it killed
 * one (naming the access and the address), and the page allocator's free
 * count, which must be back where it was: a process that exits or is
 * killed frees every page it had, stack, tables, program, anonymous
 * memory and pipes. Kernel memory is read and written from user mode for
 * real: on bare hardware the user bit keeps it out, under Xen PV (where
 * kernel and user share ring 3) the user page table, which has no kernel
 * mappings at all.
 */
#include <kernel/elf.h>
#include <kernel/errno.h>
#include <kernel/ktest.h>
#include <kernel/printk.h>
#include <kernel/process.h>
#include <kernel/sections.h>
#include <kernel/string.h>
#include <kernel/syscall_nr.h>
#include <kernel/uaccess.h>

#include "../../user/utest.h"

static char console[1024];

/* Runs utest(mode, param) to its end; how it ended (exit code -1 if it could not run). */
static struct proc_status run(struct ktest *t, unsigned int mode, unsigned long param)
{
	struct proc_status st = { .code = -1 };
	int pid;

	ktest_capture_start(console, sizeof(console));
	pid = process_spawn("utest", UTEST_ARG(mode, param), NULL);
	if (pid > 0 && process_wait_kernel(pid, &st) != pid)
		st = (struct proc_status){ .code = -1 };
	ktest_capture_stop();
	KTEST_EXPECT_GT(t, pid, 0);
	return st;
}

/* Every process of the case is gone and every page it took is back. */
static void expect_clean(struct ktest *t, unsigned long free)
{
	unsigned int i;

	for (i = 0; i < NR_PROCS; i++)
		KTEST_EXPECT_EQ(t, procs[i].state, PROC_FREE);
	KTEST_EXPECT_UEQ(t, page_alloc_free_pages(), free);
}

static void expect_killed(struct ktest *t, unsigned int mode, unsigned long param, int sig,
			  const char *line)
{
	unsigned long free = page_alloc_free_pages();
	struct proc_status st = run(t, mode, param);

	KTEST_EXPECT_EQ(t, st.signal, sig);
	KTEST_EXPECT_EQ(t, st.code, 0);
	KTEST_EXPECT_EQ(t, proc_wait_status(&st), sig);
	KTEST_EXPECT_TRUE(t, strstr(console, "killed: "));
	if (!KTEST_EXPECT_TRUE(t, strstr(console, line)))
		printk("# console was: %s\n", console);
	expect_clean(t, free);
}

static void expect_passes(struct ktest *t, unsigned int mode, unsigned long param)
{
	unsigned long free = page_alloc_free_pages();
	struct proc_status st = run(t, mode, param);

	KTEST_EXPECT_EQ(t, st.signal, 0);
	if (!KTEST_EXPECT_EQ(t, st.code, 0))
		printk("# console was: %s\n", console);
	KTEST_EXPECT_FALSE(t, strstr(console, "killed"));
	expect_clean(t, free);
}

static void hello_runs_in_user_mode(struct ktest *t)
{
	expect_passes(t, UTEST_HELLO, 0);
	KTEST_EXPECT_TRUE(t, strstr(console, "utest: hello from user mode"));
	KTEST_EXPECT_TRUE(t, strstr(console, "utest: parent: 0")); /* the kernel's child */
}

static void exit_status_reaches_the_parent(struct ktest *t)
{
	unsigned long free = page_alloc_free_pages();
	struct proc_status st = run(t, UTEST_EXIT_CODE, 42);

	KTEST_EXPECT_EQ(t, st.code, 42);
	KTEST_EXPECT_EQ(t, st.signal, 0);
	KTEST_EXPECT_EQ(t, proc_wait_status(&st), 42 << 8);
	expect_clean(t, free);
}

/*
 * exit(139) is what a shell would show for a SIGSEGV kill too; the kernel
 * and wait() tell them apart. The parent in user mode checks its
 * children's statuses with the runtime's WIFEXITED() and friends.
 */
static void exit_is_not_a_kill(struct ktest *t)
{
	unsigned long free = page_alloc_free_pages();
	struct proc_status exited = run(t, UTEST_EXIT_CODE, 128 + SIGSEGV);
	struct proc_status killed = run(t, UTEST_WRITE, 0);

	KTEST_EXPECT_EQ(t, exited.signal, 0);
	KTEST_EXPECT_EQ(t, exited.code, 128 + SIGSEGV);
	KTEST_EXPECT_EQ(t, killed.signal, SIGSEGV);
	KTEST_EXPECT_NE(t, proc_wait_status(&exited), proc_wait_status(&killed));
	exited = run(t, UTEST_WAIT_STATUS, 0); /* its children are killed, not it */
	KTEST_EXPECT_TRUE(t, !exited.code && !exited.signal);
	KTEST_EXPECT_TRUE(t, strstr(console, "#UD invalid opcode"));
	expect_clean(t, free);
}

static void second_program_runs(struct ktest *t)
{
	unsigned long free = page_alloc_free_pages();
	struct proc_status st = { .code = -1 };
	int pid;

	ktest_capture_start(console, sizeof(console));
	pid = process_spawn("hello", 5, NULL);
	KTEST_EXPECT_EQ(t, process_wait_kernel(pid, &st), pid);
	ktest_capture_stop();
	KTEST_EXPECT_EQ(t, st.code, 5);
	KTEST_EXPECT_EQ(t, st.signal, 0);
	KTEST_EXPECT_TRUE(t, strstr(console, "hello: hello, world"));
	expect_clean(t, free);
}

static void kernel_memory_read_is_killed(struct ktest *t)
{
	char line[64];

	snprintf(line, sizeof(line), "page fault reading %#lx (kernel memory)",
		 (unsigned long)__text_start);
	expect_killed(t, UTEST_READ, (unsigned long)__text_start, SIGSEGV, line);
	KTEST_EXPECT_FALSE(t, strstr(console, "utest: read"));
}

static void kernel_memory_write_is_killed(struct ktest *t)
{
	char line[64];

	snprintf(line, sizeof(line), "page fault writing %#lx (kernel memory)",
		 (unsigned long)console);
	expect_killed(t, UTEST_WRITE, (unsigned long)console, SIGSEGV, line);
}

static void privileged_instructions_are_killed(struct ktest *t)
{
	unsigned int i;

	for (i = 0; i < UTEST_NR_PRIV; i++)
		expect_killed(t, UTEST_PRIV, i, i == UTEST_PRIV_UD2 ? SIGILL : SIGSEGV,
			      i == UTEST_PRIV_UD2 ? "#UD invalid opcode" :
						    "a privileged instruction");
}

static void bad_pointers_are_efault(struct ktest *t)
{
	expect_passes(t, UTEST_BADPTR, 0);
}

static void anonymous_memory_on_demand(struct ktest *t)
{
	expect_passes(t, UTEST_MEMORY, 0);
}

static void write_to_read_only_is_killed(struct ktest *t)
{
	expect_killed(t, UTEST_SEGV_RO, 0, SIGSEGV, "(write to a read-only mapping)");
}

static void read_after_munmap_is_killed(struct ktest *t)
{
	expect_killed(t, UTEST_SEGV_UNMAPPED, 0, SIGSEGV, "(no mapping)");
}

static void pipes_block_and_wake(struct ktest *t)
{
	expect_passes(t, UTEST_PIPES, 0);
}

static void int80_is_the_same_call(struct ktest *t)
{
	expect_passes(t, UTEST_ENTRIES, 0);
	KTEST_EXPECT_TRUE(t, strstr(console, "int80: hello"));
}

/* Two processes at the same addresses, each keeping its own value (memory, then %fs/%gs). */
static void run_pair(struct ktest *t, unsigned int mode)
{
	unsigned long free = page_alloc_free_pages();
	int a = process_spawn("utest", UTEST_ARG(mode, 0x1111), NULL);
	int b = process_spawn("utest", UTEST_ARG(mode, 0x2222), NULL);
	struct proc_status sa = { .code = -1 }, sb = { .code = -1 };

	KTEST_ASSERT_TRUE(t, a > 0 && b > 0);
	KTEST_EXPECT_EQ(t, process_wait_kernel(a, &sa), a);
	KTEST_EXPECT_EQ(t, process_wait_kernel(b, &sb), b);
	KTEST_EXPECT_TRUE(t, !sa.code && !sa.signal);
	KTEST_EXPECT_TRUE(t, !sb.code && !sb.signal);
	expect_clean(t, free);
}

static void processes_cannot_corrupt_each_other(struct ktest *t)
{
	run_pair(t, UTEST_OWN);
}

static void segment_bases_are_per_process(struct ktest *t)
{
	run_pair(t, UTEST_TLS);
}

static void killed_process_frees_everything(struct ktest *t)
{
	expect_killed(t, UTEST_HOG, 0, SIGSEGV, "page fault writing");
}

/* Ring 3's DF, AC and arithmetic flags reach no kernel C code, and come back to it. */
static void hostile_flags_at_every_entry(struct ktest *t)
{
	expect_passes(t, UTEST_FLAGS, 0);
	expect_killed(t, UTEST_FLAGS_UD2, 0, SIGILL, "#UD invalid opcode");
}

/*
 * int $n from ring 3 reaches the kernel only through a gate it granted to
 * user mode, int 0x80; every other vector, exceptions, interrupts and
 * unused ones alike, kills the process the same way (a #GP on bare
 * hardware; under Xen PV, Xen's own gates for #BP and #OF forward those
 * two as themselves).
 */
static void ungranted_vectors_are_killed(struct ktest *t)
{
	unsigned long free = page_alloc_free_pages();
	unsigned int v, bad = 0;

	for (v = 0; v < NR_VECTORS; v++) {
		struct proc_status st;

		if (v == SYSCALL_VECTOR)
			continue;
		st = run(t, UTEST_INT_VECTOR, v);
		if (st.signal != SIGSEGV || st.code || !strstr(console, "killed: ")) {
			bad++;
			printk("# int $%#x: exit code %ld, signal %d; console: %s\n", v, st.code,
			       st.signal, console);
		}
	}
	KTEST_EXPECT_EQ(t, bad, 0);
	expect_clean(t, free);
}

static u8 elf_copy[0x8000] __aligned(8);

/*
 * utest's file in elf_copy, cut after its last loaded byte (section
 * headers and debug information are not loaded), with its writable
 * segment's p_memsz set to memsz; that segment's header, or NULL.
 */
static struct elf64_phdr *utest_with_memsz(struct ktest *t, u64 memsz, size_t *len)
{
	size_t flen, need = 0;
	const u8 *f = user_program("utest", &flen);
	const struct elf64_ehdr *eh = (const void *)f;
	struct elf64_phdr *ph, *data = NULL;
	unsigned int i;

	for (i = 0; i < eh->e_phnum; i++) {
		const struct elf64_phdr *q = (const void *)(f + eh->e_phoff + i * sizeof(*q));

		if (q->p_type == PT_LOAD && q->p_offset + q->p_filesz > need)
			need = q->p_offset + q->p_filesz;
	}
	if (!KTEST_EXPECT_ULE(t, need, sizeof(elf_copy)))
		return NULL;
	memcpy(elf_copy, f, need);
	*len = need;
	ph = (struct elf64_phdr *)(elf_copy + eh->e_phoff);
	for (i = 0; i < eh->e_phnum; i++)
		if (ph[i].p_type == PT_LOAD && (ph[i].p_flags & PF_W))
			data = &ph[i];
	if (data)
		data->p_memsz = memsz;
	return data;
}

static struct process *proc_of(int pid)
{
	unsigned int i;

	for (i = 0; i < NR_PROCS; i++)
		if (procs[i].state != PROC_FREE && procs[i].pid == pid)
			return &procs[i];
	return NULL;
}

/* A segment larger than user space is refused by name, before any page is taken. */
static void huge_memsz_is_refused(struct ktest *t)
{
	unsigned long free = page_alloc_free_pages();
	size_t len = 0;
	int pid;

	KTEST_ASSERT_TRUE(t, utest_with_memsz(t, USER_END - USER_START + PAGE_SIZE, &len));
	ktest_capture_start(console, sizeof(console));
	pid = process_spawn_file("utest", elf_copy, len, 0, NULL);
	ktest_capture_stop();
	KTEST_EXPECT_EQ(t, pid, -ENOEXEC);
	if (!KTEST_EXPECT_TRUE(t, strstr(console, "p_memsz")))
		printk("# console was: %s\n", console);
	expect_clean(t, free);
}

/*
 * A 1 TiB BSS, legal, costs no page at spawn: the process holds exactly
 * what plain utest holds (its file pages); the BSS's last long reads as
 * zero when the process touches it, and every page goes back at the end.
 */
static void large_bss_is_demand_zero(struct ktest *t)
{
	unsigned long free = page_alloc_free_pages(), plain;
	struct proc_status st = { .code = -1 };
	struct process *p = proc_of(process_spawn("utest", 0, NULL));
	struct elf64_phdr *data;
	size_t len = 0;
	u64 last;
	int pid;

	KTEST_ASSERT_TRUE(t, p);
	plain = p->user_pages;
	process_reap(p); /* never run */
	expect_clean(t, free);
	data = utest_with_memsz(t, 1ULL << 40, &len);
	KTEST_ASSERT_TRUE(t, data);
	last = data->p_vaddr + data->p_memsz - sizeof(long);
	ktest_capture_start(console, sizeof(console));
	pid = process_spawn_file("utest", elf_copy, len, UTEST_ARG(UTEST_TOUCH, last), NULL);
	p = proc_of(pid);
	if (KTEST_EXPECT_TRUE(t, p)) {
		KTEST_EXPECT_UEQ(t, p->user_pages, plain);
		KTEST_EXPECT_EQ(t, process_wait_kernel(pid, &st), pid);
	}
	ktest_capture_stop();
	KTEST_EXPECT_TRUE(t, !st.code && !st.signal);
	expect_clean(t, free);
}

static void unknown_program_is_refused(struct ktest *t)
{
	KTEST_EXPECT_EQ(t, process_spawn("no-such-program", 0, NULL), -ENOENT);
	KTEST_EXPECT_EQ(t, process_wait_kernel(12345, NULL), -ESRCH);
}

static const struct ktest_case user_cases[] = {
	KTEST_CASE(hello_runs_in_user_mode),
	KTEST_CASE(exit_status_reaches_the_parent),
	KTEST_CASE(exit_is_not_a_kill),
	KTEST_CASE(second_program_runs),
	KTEST_CASE(kernel_memory_read_is_killed),
	KTEST_CASE(kernel_memory_write_is_killed),
	KTEST_CASE(privileged_instructions_are_killed),
	KTEST_CASE(bad_pointers_are_efault),
	KTEST_CASE(anonymous_memory_on_demand),
	KTEST_CASE(write_to_read_only_is_killed),
	KTEST_CASE(read_after_munmap_is_killed),
	KTEST_CASE(pipes_block_and_wake),
	KTEST_CASE(int80_is_the_same_call),
	KTEST_CASE(processes_cannot_corrupt_each_other),
	KTEST_CASE(segment_bases_are_per_process),
	KTEST_CASE(killed_process_frees_everything),
	KTEST_CASE(hostile_flags_at_every_entry),
	KTEST_CASE(ungranted_vectors_are_killed),
	KTEST_CASE(huge_memsz_is_refused),
	KTEST_CASE(large_bss_is_demand_zero),
	KTEST_CASE(unknown_program_is_refused),
};

KTEST_SUITE(user, "user", user_cases);
