// SPDX-License-Identifier: GPL-2.0
/*
 * Bad example for scripts/coccinelle/multicall.cocci: one function that
 * issues its multicall on every path (fine) and two that leave it queued,
 * one always and one on an early return. Never compiled; `make test`
 * checks that the rule reports exactly the two marked entries.
 */
struct multicall_space {
	void *args;
};

struct multicall_space xen_mc_entry(unsigned long args);
void xen_mc_issue(int mode);
void xen_mc_flush(void);

void issues_always(int fast);
void issues_always(int fast)
{
	struct multicall_space mc = xen_mc_entry(8);

	if (fast) {
		xen_mc_flush();
		return;
	}
	xen_mc_issue(0);
}

void never_issues(void);
void never_issues(void)
{
	struct multicall_space mc = xen_mc_entry(8); /* reported */
}

int issues_late(int bail);
int issues_late(int bail)
{
	struct multicall_space mc;

	mc = xen_mc_entry(8); /* reported */
	if (bail)
		return -1;
	xen_mc_issue(0);
	return 0;
}
