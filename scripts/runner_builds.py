# SPDX-License-Identifier: GPL-2.0
"""The checks scripts/run-tests makes by building rather than booting: the host
unit tests, the Kconfig configurations, configs/release (built, and booted
plain and asked for tests), and both scaffold flavours in copies of the tree."""
import os
import re
import shutil
import subprocess
import sys

import docs_sync
import environments
import ktap
import kunit_agree
from runner_shell import make



def run_host_tests(objtree, tally, log_dir):
    exe = os.path.join(objtree, "host", "unit-tests")
    log = os.path.join(log_dir, "host-unit-tests.log")
    proc = subprocess.run([exe], stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                          timeout=300)
    out = proc.stdout.decode("utf-8", "replace")
    with open(log, "w") as f:
        f.write(out)
    rep = ktap.parse(out.splitlines())
    tally.add_report("host", rep)
    kunit_agree.check(tally, "host", rep, out.splitlines())
    status_ok = (proc.returncode == 0) == (rep.failed == 0 and not rep.errors)
    tally.check("host", status_ok and proc.returncode in (0, 1),
                "unit-tests exit status %d does not match its KTAP (see %s)"
                % (proc.returncode, log))
    print("%-8s %-16s %-7s %3d passed, %d failed, %d skipped  %s"
          % ("host", "unit-tests", "PASS" if proc.returncode == 0 else "FAIL",
             rep.passed, rep.failed + len(rep.errors), rep.skipped, log))


# Configurations built (not booted) by every run; the randconfig seeds are
# chosen to cover an image with only the hypervisor backend, a stub-only
# image, pv_ops with only the bare-hardware backend, and a configuration
# Kconfig must refuse (no backend).
CONFIG_CHECKS = [("allnoconfig", None), ("allyesconfig", None), ("randconfig", 7),
                 ("randconfig", 13), ("randconfig", 23), ("randconfig", 24)]
NO_BACKEND_MESSAGE = "this configuration selects no backend"



def run_config_checks(objtree, tally, log_dir):
    """Build each configuration of CONFIG_CHECKS in its own output folder."""
    for target, seed in CONFIG_CHECKS:
        label = target if seed is None else "%s-%d" % (target, seed)
        out_dir = os.path.join(objtree, "configs", label)
        log = os.path.join(log_dir, "config-%s.log" % label)
        open(log, "w").close()
        conf = ["O=" + out_dir, "KCONFIG_CONFIG=%s.config" % out_dir]
        rc, out = make(conf + [target] + (["SEED=%d" % seed] if seed is not None else []),
                       log=log)
        if rc and NO_BACKEND_MESSAGE in out:
            tally.check("config/" + label, True, "")
            status = "REFUSED (no backend, as Kconfig must)"
        elif rc:
            tally.check("config/" + label, False, "%s failed (log: %s)" % (target, log))
            status = "FAIL (configuration)"
        else:
            rc, out = make(conf, log=log)
            tally.check("config/" + label, rc == 0, "build failed (log: %s)" % log)
            status = "PASS" if rc == 0 else "FAIL (build)"
        print("%-8s %-16s %s  %s" % ("config", label, status, log))
        sys.stdout.flush()


RELEASE_REFUSAL = b"ktest=all: this kernel is built without CONFIG_KTEST"


def section_is_empty(image, start, end):
    """Whether the symbols start and end of image have one address."""
    out = subprocess.run(["nm", image], stdout=subprocess.PIPE, check=True).stdout.decode()
    syms = {l.split()[2]: l.split()[0] for l in out.splitlines() if len(l.split()) == 3}
    return start in syms and syms.get(start) == syms.get(end)


def run_release_check(objtree, tally, log_dir):
    """configs/release, the kernel a user ships: it builds, links no suite and
    no benchmark, boots to PASS, and refuses ktest=all with a FAIL rather
    than passing having run nothing."""
    out_dir = os.path.join(objtree, "configs", "release")
    log = os.path.join(log_dir, "config-release.log")
    open(log, "w").close()
    conf = ["O=" + out_dir, "KCONFIG_CONFIG=%s.config" % out_dir]
    rc, _ = make(conf + ["defconfig", "DEFCONFIG=configs/release"], log=log)
    if rc == 0:
        rc, _ = make(conf, log=log)
    image = os.path.join(out_dir, "pvops.elf")
    checks = [("build", rc == 0, "build failed (log: %s)" % log)]
    if rc == 0:
        checks.append(("no suites", section_is_empty(image, "__ktest_suites_start",
                                                     "__ktest_suites_end"),
                       "%s links test suites" % image))
        checks.append(("no benchmarks", section_is_empty(image, "__bench_own_ops_start",
                                                         "__bench_own_ops_end") and
                       not section_is_empty(image, "__late_work_start", "__late_work_end"),
                       "%s links benchmarks, or lacks the refusal" % image))
        bare = environments.with_role("bench", "baseline")[0].name
        console = os.path.join(out_dir, "run-logs", bare + ".log")
        for name, args, want_rc in (("boots", [], 0), ("refuses ktest", ["ktest=all"], 1)):
            proc = subprocess.run([sys.executable, "scripts/boot", "--env", bare, "--objtree",
                                   out_dir, "--"] + args, stdout=subprocess.PIPE,
                                  stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL)
            with open(console, "rb") as f:
                text = f.read()
            with open(log, "ab") as f:
                f.write(proc.stdout + text)
            if not args:
                # docs/design.md quotes this boot's patch totals (scripts/docs_sync.py).
                with open(os.path.join(log_dir, docs_sync.RELEASE_BOOT_LOG), "wb") as f:
                    f.write(text)
            ok = proc.returncode == want_rc and (not args or RELEASE_REFUSAL in text)
            checks.append((name, ok, "scripts/boot %s exited %d, wanted %d%s (log: %s)" % (
                " ".join(args), proc.returncode, want_rc,
                "" if not args else " with the CONFIG_KTEST refusal", log)))
    for name, ok, why in checks:
        tally.check("release/" + name, ok, why)
    failed = [name for name, ok, _ in checks if not ok]
    print("%-8s %-16s %s  %s" % ("config", "release", "FAIL (%s)" % ", ".join(failed)
                                 if failed else "PASS", log))
    sys.stdout.flush()


def copy_tree(dest):
    """The source tree as git sees it (tracked and new files), without outputs."""
    src = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    if os.path.exists(dest):
        shutil.rmtree(dest)
    listing = subprocess.run(["git", "ls-files", "-co", "--exclude-standard", "-z"], cwd=src,
                             stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
    if listing.returncode != 0:
        shutil.copytree(src, dest, ignore=shutil.ignore_patterns("build", ".config*", ".git"))
        return
    for rel in listing.stdout.decode().split("\0"):
        if not rel or not os.path.isfile(os.path.join(src, rel)):
            continue
        os.makedirs(os.path.join(dest, os.path.dirname(rel)), exist_ok=True)
        shutil.copy2(os.path.join(src, rel), os.path.join(dest, rel))


# The generic suites a bare-metal scaffold must pass as made (docs/backends.md,
# section 3), and its own.
SCAFFOLD_METAL = "scaffold-metal"


def tree_snapshot(tree):
    """Every file of a copied tree (outputs aside) and its lines, to diff later."""
    files = {}
    for root, dirs, names in os.walk(tree):
        dirs[:] = [d for d in dirs if os.path.relpath(os.path.join(root, d), tree) != "build"]
        for name in names:
            path = os.path.join(root, name)
            rel = os.path.relpath(path, tree)
            if rel.startswith(".config"):
                continue
            with open(path, "rb") as f:
                files[rel] = f.read().decode("utf-8", "replace").splitlines()
    return files


def scaffold_footprint(before, after, folder):
    """None if the scaffold added its folder plus exactly two lines elsewhere, else why not."""
    import difflib
    outside = 0
    for rel in sorted(set(before) | set(after)):
        if rel.startswith(folder + "/"):
            continue
        old, new = before.get(rel), after.get(rel)
        if old == new:
            continue
        if old is None or new is None:
            return "%s %s outside %s/" % (rel, "added" if old is None else "removed", folder)
        for line in difflib.unified_diff(old, new, lineterm="", n=0):
            if line.startswith(("+++", "---", "@@")):
                continue
            if line.startswith("-"):
                return "%s: a line removed outside %s/" % (rel, folder)
            outside += 1
    if not any(rel.startswith(folder + "/") for rel in after):
        return "nothing created in %s/" % folder
    if outside != 2:
        return "%d lines added outside %s/, not 2" % (outside, folder)
    return None


def run_scaffold_check(objtree, tally, log_dir):
    """scripts/new-backend in copies of the tree, both flavours. The stub flavour:
    scaffold, allyesconfig, build, host tests. The bare-metal flavour: scaffold,
    check its footprint (its folder plus two lines), allyesconfig, build, and
    run every variant of the forced environment it brings (its environments.toml),
    as make test does, requiring its own suite to have run and passed."""
    log = os.path.join(log_dir, "scaffold-check.log")
    stub_tree = os.path.abspath(os.path.join(objtree, "scaffold-check"))
    metal_tree = os.path.abspath(os.path.join(objtree, "scaffold-check-metal"))
    copy_tree(stub_tree)
    copy_tree(metal_tree)
    metal_before = tree_snapshot(metal_tree)
    folder = "pvops/backends/" + SCAFFOLD_METAL
    run_env = [sys.executable, "scripts/run-tests", "--objtree", "build", "--env",
               SCAFFOLD_METAL, "--no-static"]
    own_suite = re.compile(rb"^ok \d+ %s$" % SCAFFOLD_METAL.replace("-", "_").encode(), re.M)
    steps = [
        ("scaffold", stub_tree, ["scripts/new-backend", "scaffold-demo"]),
        ("allyesconfig", stub_tree, ["make", "allyesconfig"]),
        ("build", stub_tree, ["make", "-j2"]),
        ("host tests", stub_tree, ["make", "-j2", "host-tests"]),
        ("its suite", stub_tree, ["build/host/unit-tests", "scaffold_demo"]),
        ("bare-metal scaffold", metal_tree,
         ["make", "new-backend", "NAME=" + SCAFFOLD_METAL, "FLAVOUR=bare-metal"]),
        ("bare-metal footprint", metal_tree, None),
        ("bare-metal allyesconfig", metal_tree, ["make", "allyesconfig"]),
        ("bare-metal build", metal_tree, ["make", "-j2"]),
        ("bare-metal host tests", metal_tree, ["make", "-j2", "host-tests"]),
        ("bare-metal environment", metal_tree, run_env),
    ]
    failed = None
    with open(log, "w") as f:
        for name, tree, cmd in steps:
            if failed:
                tally.check("scaffold/" + name, False, "skipped after %s failed" % failed)
                continue
            if cmd is None:
                why = scaffold_footprint(metal_before, tree_snapshot(metal_tree), folder)
                f.write("$ footprint of %s\n%s\n" % (folder, why or "its folder plus 2 lines"))
                ok = why is None
                tally.check("scaffold/" + name, ok, "%s (log: %s)" % (why, log))
                if not ok:
                    failed = name
                continue
            proc = subprocess.run(cmd, cwd=tree, stdout=subprocess.PIPE,
                                  stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL)
            f.write("$ %s\n%s" % (" ".join(cmd), proc.stdout.decode("utf-8", "replace")))
            ok = proc.returncode == 0
            if name == "its suite":
                ok = ok and b"ok 1 scaffold_demo" in proc.stdout
            if name == "bare-metal environment":
                with open(os.path.join(tree, "build", "test-logs", SCAFFOLD_METAL + "-all.log"),
                          "rb") as c:
                    console = c.read()
                ok = (ok and b"pvops: backend %s (forced by" % SCAFFOLD_METAL.encode() in console
                      and own_suite.search(console) is not None)
            tally.check("scaffold/" + name, ok, "%s failed (log: %s)" % (name, log))
            if not ok:
                failed = name
    print("%-8s %-16s %s  %s" % ("scaffold", "new-backend", "FAIL" if failed else "PASS", log))
    sys.stdout.flush()
