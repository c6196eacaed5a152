// SPDX-License-Identifier: GPL-2.0
/// A native_* op called from generic code instead of through pv_ops.
//
// The native_* functions of include/x86/insns.h are the raw privileged
// instructions. Generic code that calls one directly works on
// bare hardware and in every native test, then traps (or silently does the
// wrong thing) the first time it runs under Xen, because the call never
// went through the table the backend filled. Only backends and the PC
// device layer may call them; include/pvops/ops.h maps the generic
// wrappers onto them when CONFIG_PVOPS=n, which is the bare-metal build and
// the one sanctioned exception. patchcheck catches the instructions in the binary; this rule
// names the source line before anything is built.
//
// Confidence: High
// Options: --include-headers

virtual report

@r@
identifier fn =~ "^native_";
position p;
@@
fn@p(...)

@script:python depends on report@
fn << r.fn;
p << r.p;
@@
f = p[0].file[2:] if p[0].file.startswith("./") else p[0].file
if (not f.startswith(("pvops/backends/", "pvops/platform/", "include/x86/", "include/pc/"))
        and f != "include/pvops/ops.h"):
    print("%s:%s: %s() is a native op called from generic code; call it through pv_ops "
          "(the wrappers in include/pvops/ops.h)" % (f, p[0].line, fn))
