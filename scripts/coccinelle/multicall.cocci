// SPDX-License-Identifier: GPL-2.0
/// A multicall entry with no issue or flush on the same path.
//
// xen_mc_entry() only reserves a slot in the per-CPU multicall buffer;
// nothing reaches Xen until xen_mc_issue() (which flushes unless a lazy
// mode defers it) or xen_mc_flush(). A path that returns in between leaves
// the operation queued: it happens later, in someone else's batch, after
// the caller has already relied on it, and its error is reported against
// the wrong caller. The rule follows every path from the entry to the end
// of the function and reports the entry when one of them issues nothing.
//
// Confidence: Moderate (a helper that issues on the caller's behalf needs
// the issue moved into the same function, which is the better shape anyway)

virtual report

@r exists@
position p;
expression E;
identifier x;
type T;
@@
(
xen_mc_entry@p(...);
|
E = xen_mc_entry@p(...);
|
T x = xen_mc_entry@p(...);
)
... when != xen_mc_issue(...)
    when != xen_mc_flush(...)

@script:python depends on report@
p << r.p;
@@
f = p[0].file[2:] if p[0].file.startswith("./") else p[0].file
print("%s:%s: multicall entry in %s() has a path with no xen_mc_issue() or xen_mc_flush()"
      % (f, p[0].line, p[0].current_element))
