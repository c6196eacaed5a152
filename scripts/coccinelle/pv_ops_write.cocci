// SPDX-License-Identifier: GPL-2.0
/// A write to pv_ops outside the backend setup path.
//
// pv_ops is filled once, in pvops_install() (pvops/core/install.c), by copying
// the chosen backend's constant table right after its init(), and the call
// sites are patched from it immediately after. A later store to a slot
// compiles, links and even changes what an unpatched site would call, but
// every patched site has already had the old target written into its
// bytes: the store is silently ignored on exactly the paths that matter.
// So the one assignment in pvops_install() is the only write allowed; a
// backend that needs a different op puts it in its table before init()
// returns.
//
// Confidence: High

virtual report

@r@
position p;
expression E;
identifier f1, f2, f3;
symbol pv_ops;
@@
(
pv_ops@p = E
|
pv_ops@p.f1 = E
|
pv_ops@p.f1.f2 = E
|
pv_ops@p.f1.f2.f3 = E
|
memcpy(&pv_ops@p, ...)
|
memset(&pv_ops@p, ...)
)

@script:python depends on report@
p << r.p;
@@
f = p[0].file[2:] if p[0].file.startswith("./") else p[0].file
if not (f == "pvops/core/install.c" and p[0].current_element == "pvops_install"):
    print("%s:%s: write to pv_ops in %s(); only pvops_install() installs the table, and a "
          "store after patching is silently ignored" % (f, p[0].line, p[0].current_element))
