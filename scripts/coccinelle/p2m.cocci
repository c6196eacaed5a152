// SPDX-License-Identifier: GPL-2.0
/// A raw pfn/mfn conversion outside the p2m helpers.
//
// A Xen PV guest has two frame numberings: its own pseudo-physical pfns and
// the machine mfns that page tables and hypercalls speak. The translation
// tables are the p2m list Xen hands over in start_info->mfn_list (pfn to
// mfn) and machine_to_phys_mapping (mfn to pfn). Reading either by hand
// skips the checks and the typing (pfn_t, mfn_t) that pfn_to_mfn() and
// mfn_to_pfn() in pvops/backends/xen/p2m.c provide, and mixing the two
// numberings is the classic PV bug. So only p2m.c may index those tables
// or read mfn_list; everything else calls the helpers.
//
// Confidence: High

virtual report

@r@
position p;
expression E, I;
identifier m =~ "^(machine_to_phys_mapping|(xen_)?p2m(_[a-z_]+)?)$";
@@
(
m@p[I]
|
E@p->mfn_list
|
E@p.mfn_list
)

@script:python depends on report@
p << r.p;
@@
f = p[0].file[2:] if p[0].file.startswith("./") else p[0].file
if f != "pvops/backends/xen/p2m.c":
    print("%s:%s: raw pfn/mfn translation in %s(); use pfn_to_mfn() or mfn_to_pfn() "
          "(pvops/backends/xen/p2m.c)" % (f, p[0].line, p[0].current_element))
