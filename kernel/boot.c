// SPDX-License-Identifier: GPL-2.0
/*
 * The generic boot sequence, from an entry path to start_kernel().
 *
 * Every entry path ends in boot_kernel() with a filled struct boot_info, so
 * from here on one sequence serves all of them, and the kernel owns it: the
 * boot state (boot_info, the command line, its error count, loglevel) lives
 * here, the command line is parsed once (so every later decision sees the
 * same values), a backend is chosen (select.c) and initialised, core's
 * setup installs its table and patches the call sites (pvops_install(),
 * only with pv_ops), the kernel is frozen (freeze.c) and start_kernel()
 * runs. The calls go one way: core is handed what it needs (the backend,
 * a symbol resolver) and answers with a count, and never calls back here.
 */
#define pr_fmt(fmt) "pvops: " fmt

#include <kernel/boot.h>
#include <kernel/cmdline.h>
#include <kernel/init.h>
#include <kernel/kallsyms.h>
#include <kernel/machine.h>
#include <kernel/printk.h>
#include <kernel/sections.h>
#include <kernel/smp.h>
#include <kernel/string.h>
#include <pvops/backend.h>
#include <pvops/install.h>

struct pvops_selection boot_selection;
struct boot_info *boot_info;
char boot_command_line[COMMAND_LINE_SIZE];
int boot_cmdline_errors;
static struct boot_state state;

static char requested_backend[32];
KERNEL_PARAM_STRING(backend, "pvops.backend", requested_backend);

static unsigned long loglevel;
static bool loglevel_given;
KERNEL_PARAM_ULONG(loglevel, "loglevel", &loglevel, &loglevel_given);

const char *boot_requested_backend(void)
{
	return requested_backend[0] ? requested_backend : NULL;
}

const char *boot_protocol_name(enum boot_protocol protocol)
{
	switch (protocol) {
	case BOOT_PROTOCOL_PVH:
		return "PVH";
	case BOOT_PROTOCOL_XEN_PV:
		return "Xen PV";
	}
	return "unknown";
}

static void parse_boot_cmdline(void)
{
	boot_cmdline_errors =
		parse_cmdline(boot_command_line, __kparams_start, __kparams_end - __kparams_start);
	boot_cmdline_errors += smp_check_cmdline();
	if (loglevel_given) {
		if (loglevel < 1 || loglevel > 8) {
			pr_err("loglevel=%lu is out of range 1..8; keeping %d\n", loglevel,
			       console_get_loglevel());
			boot_cmdline_errors++;
		} else {
			console_set_loglevel((int)loglevel);
		}
	}
}

static void list_backends(char *buf, size_t size)
{
	const struct pvops_backend *b;
	size_t len = 0;

	buf[0] = '\0';
	for (b = __pvops_backends_start; b < __pvops_backends_end && len < size; b++)
		len += snprintf(buf + len, size - len, "%s%s", len ? ", " : "", b->name);
}

static void report_selection(const struct pvops_selection *sel, const struct boot_info *bi)
{
	char built[128];

	switch (sel->outcome) {
	case PVOPS_SELECT_DETECTED:
		pr_info("backend %s (detected, entered through %s)\n", sel->chosen->name,
			boot_protocol_name(bi->protocol));
		break;
	case PVOPS_SELECT_FORCED:
		pr_info("backend %s (forced by pvops.backend=%pE)\n", sel->chosen->name,
			sel->requested);
		break;
	case PVOPS_SELECT_UNKNOWN:
		list_backends(built, sizeof(built));
		pr_err("pvops.backend=%pE: no such backend is built in (built in: %s); "
		       "using the detected backend %s\n",
		       sel->requested, built, sel->chosen->name);
		break;
	case PVOPS_SELECT_NOT_DETECTED:
		pr_err("pvops.backend=%pE: refused: %s; using the detected backend %s\n",
		       sel->requested, sel->refusal, sel->chosen->name);
		break;
	}
}

void boot_kernel(struct boot_info *bi)
{
	struct pvops_selection *sel = &boot_selection;

	boot_info = bi;
	strlcpy(boot_command_line, bi->cmdline, sizeof(boot_command_line));
	parse_boot_cmdline();

	if (!select_backend(__pvops_backends_start,
				  __pvops_backends_end - __pvops_backends_start, bi,
				  boot_requested_backend(), sel))
		panic("no built-in backend can run here (entered through %s)",
		      boot_protocol_name(bi->protocol));
	report_selection(sel, bi);

	machine_backend = sel->chosen;
	machine_backend->init(bi);
	boot_cmdline_errors += pvops_install(machine_backend, kallsyms_lookup);
	smp_boot_cpu_init();
	freeze_kernel();
	state = (struct boot_state){
		.info = bi,
		.selection = sel,
		.protocol = boot_protocol_name(bi->protocol),
		.cmdline = boot_command_line,
		.cmdline_errors = boot_cmdline_errors,
	};
	start_kernel(&state);
}
