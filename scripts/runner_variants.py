# SPDX-License-Identifier: GPL-2.0
"""The variants scripts/run-tests boots in each environment: a command line
each, with the console lines it must show and how it must end (the full
suite, nopatch and poison, detection's cases, refusals, the forged verdict,
the backend's own panics), and the guests of a dom0 boot."""
import os
import re
import sys
from dataclasses import dataclass, field

import environments
from runner_shell import run



@dataclass
class Variant:
    name: str
    args: str
    # Console substrings that must appear (each one counts as a test).
    expect_log: list = field(default_factory=list)
    needs: tuple = ()       # config symbols the variant needs
    verdict: str = "pass"   # "fail": the kernel must refuse the line and print no KTAP
    # A line after which the kernel must stop for good: nothing it prints may follow.
    stops_after: str = ""
    image: str = None       # another image than <objtree>/pvops.elf
    # The boot must end in the kernel's panic (status 37), its KTAP cut short there.
    expect_panic: bool = False
    # QEMU carries the isa-debug-exit device; without it a Xen guest's shutdown ends the run.
    debug_exit: bool = True
    # Guest environments only. How the guest must end instead of a verdict ("poweroff":
    # the toolstack asked), after the toolstack's request `action` (xl-shutdown) was sent
    # on the console line `when`; xl.cfg lines to add; the start of the reason the run
    # must fail with (a config the toolstack refuses).
    ends: str = ""
    action: str = "run"
    when: str = ""
    xl_cfg: str = ""
    fails_with: str = ""
    # The boot must end in FAIL, out of band, with this KTAP case the only one failed.
    must_fail: str = ""
    # Starts of console lines that must not appear (each one counts as a test).
    absent_lines: list = field(default_factory=list)


def read_config(objtree):
    conf = {}
    path = os.path.join(objtree, "include", "config", "auto.conf")
    with open(path) as f:
        for line in f:
            if line.startswith("CONFIG_") and "=" in line:
                key, val = line.strip().split("=", 1)
                conf[key[len("CONFIG_"):]] = val.strip('"')
    return conf


def env_args(env):
    return ("ktest.expect_mem_mib=%d ktest.expect_protocol=%s ktest.expect_backend=%s"
            " ktest.expect_cpus=%d" % (env.mem_mib, env.protocol, env.backend, env.cpus))


def selection(env):
    """What the backend suite must find selection did: detected, or forced by the
    environment itself."""
    return "forced" if env.forced else "detected"


# What the domu suite prints when it starts waiting for the toolstack's request.
WAITING_LINE = "domu: waiting for control/shutdown"


def guest_variants(env, config):
    """A guest environment's variants, all guests of one dom0 boot: the full suite three
    ways, the toolstack's poweroff honoured mid-test, a panic and a refused config seen
    as the failures they are."""
    full = [v for v in variants_for(env, config, direct=True)
            if v.name in ("all", "all-nopatch", "all-poison")]
    return full + [
        Variant("xl-shutdown", "ktest=domu ktest.wait_shutdown " + env_args(env),
                [WAITING_LINE, "control/shutdown: poweroff requested by the toolstack"],
                ends="poweroff", action="xl-shutdown", when=WAITING_LINE),
        Variant("lazy-misuse", "ktest=lazy ktest.lazy_misuse",
                ["Kernel panic - not syncing: lazy mode misuse: "], expect_panic=True),
        Variant("xl-refused", "ktest=boot", xl_cfg='kernel = "/guests/no-such-kernel"',
                fails_with="toolstack: xl create "),
        forge_variant(env),
    ]


# What the forge program prints last, after every forged verdict line.
FORGE_DONE = "forge: every forged line printed"


def forge_variant(env, name="forge", debug_exit=True):
    """A user process prints every verdict line the runner once trusted, then a case fails
    for real: the boot must end in FAIL (tests/kernel/forge_test.c)."""
    return Variant(name, "ktest=forge ktest.forge " + env_args(env), [FORGE_DONE],
                   must_fail="must_fail", debug_exit=debug_exit)


def variants_for(env, config, direct=False):
    if env.runs_guests() and not direct:
        return guest_variants(env, config)
    base = env_args(env)
    sel = "ktest=backend,boot " + base
    full = "ktest=all ktest.expect_selection=%s " % selection(env) + base
    # Detection's cases are the detected environments'; a forced one forces already.
    detection = [] if env.forced else selection_variants(env, sel)
    if "PVOPS" not in config:
        return ([Variant("all", full)] + detection + refusal_variants(base) +
                shutdown_variants(env, base) + spinlock_variants(base))
    return [
        # What pvops.report must show is the environment's own (its report_lines).
        Variant("all", full + " pvops.report",
                ["pvops: patched "] + env.report_lines +
                ["time.sched_clock len 6 clbr 0x001 -> kept: clobber mismatch [ff 15 "]),
        Variant("all-nopatch", full + " pvops.nopatch",
                ["(pvops.nopatch): 0 inline, 0 call, 0 jmp"]),
        Variant("all-poison", full + " pvops.poison",
                [" 0 call, ", " 0 nop, 0 ident, 0 ud2, ", "(0 could not be patched safely)"]),
    ] + detection + refusal_variants(base) + [forge_variant(env)] + [
        Variant("nopatch-poison", "ktest=backend,boot,patch ktest.expect_selection=%s "
                "pvops.nopatch pvops.poison ktest.expect_cmdline_errors=1 %s"
                % (selection(env), base),
                ["pvops.poison refused: pvops.nopatch leaves every site unpatched",
                 "(pvops.nopatch): 0 inline, 0 call, 0 jmp, 0 nop, 0 ident, 0 ud2, 0 poison"]),
    ] + shutdown_variants(env, base) + panic_variants(env) + spinlock_variants(base)


# The debug checks' panic (kernel/spinlock.c): the misuse, the lock, then the caller.
SPINLOCK_PANIC = "Kernel panic - not syncing: spinlock: "


def spinlock_variants(base):
    """Each misuse CONFIG_DEBUG_SPINLOCK catches, on every backend: the panic must name
    the misuse, the lock (spinlock_bug_lock), the caller and, for a held lock, the holder
    (tests/kernel/spinlock_test.c)."""
    lock = "spinlock_bug_lock by spinlock_bug_"
    cases = [
        ("recursion", "recursive lock of %srecursion+" % lock,
         ": held by cpu 0 since spinlock_bug_recursion+"),
        ("unheld", "unlock of %sunheld+" % lock, ": the lock is not held (word 0)"),
        ("other-cpu", "unlock of %sother_cpu+" % lock,
         ": held by cpu 1 since spinlock_bug_other_cpu+"),
    ]
    return [Variant("spinlock-" + name, "ktest=spinlock ktest.spinlock_bug=%s %s" % (name, base),
                    [SPINLOCK_PANIC + start, holder], needs=("DEBUG_SPINLOCK",),
                    expect_panic=True)
            for name, start, holder in cases]


def panic_variants(env):
    """The backend's own boots that must end in a panic (its environments.toml)."""
    return [Variant(p["name"], p["args"], [p["panic"]], expect_panic=True)
            for p in env.panic_variants]


def shutdown_variants(env, base):
    """Where the loader reports a guest's shutdown: boots without isa-debug-exit, so the
    kernel's SCHEDOP_shutdown is what ends them, poweroff on a pass, crash on a fail."""
    if not env.reports_shutdown():
        return []
    return [
        Variant("shutdown-pass", "ktest=boot " + base, [environments.XEN_POWEROFF_MARKER],
                debug_exit=False),
        Variant("shutdown-fail", "ktest= " + base, [environments.XEN_DOM0_CRASH_MARKER],
                verdict="fail", debug_exit=False),
        forge_variant(env, "forge-shutdown", debug_exit=False),
    ]


def refusal_variants(base):
    """Command lines that ask for tests the kernel cannot run: a FAIL verdict, no KTAP."""
    return [
        Variant("ktest-empty", "ktest= " + base,
                ["cmdline: 'ktest=' needs a value",
                 "ktest: a requested suite list was refused (see above); the verdict is FAIL"],
                verdict="fail"),
        # A suite named twice runs once; the repeat is refused, so the verdict is FAIL.
        Variant("ktest-repeated", "ktest=boot,boot " + base,
                ["# ktest: suite 'boot' is named more than once; it runs once"],
                must_fail="boot"),
    ]


# A quoted word whose newline and escape sequence the kernel must echo escaped (%pE), on
# its one line, rather than start a line that passes for Xen's.
FAKE_LINE = "(XEN) Hardware Dom0 halted: halting machine"
ESCAPED_WORD = '"x\n%s\x1b[2K"' % FAKE_LINE


# Loaders keep 1023 bytes of a command line (Xen cuts it, the PVH entry copies no more).
CMDLINE_KEPT = 1023


def cut_cmdline(args):
    """args, padded with one unknown word so that the cut splits the last word after =12."""
    kept = " bench.min_ticks=12"
    pad = CMDLINE_KEPT - len(args) - len(" pad=") - len(kept)
    return "%s pad=%s%s3456" % (args, "x" * pad, kept)


def forced_variants(env, sel):
    """The backend forced where it runs, every other environment's where it does not, and
    each declared refusal (a backend with no environment of its own)."""
    out = [Variant("backend-forced", sel + " pvops.backend=%s ktest.expect_selection=forced"
                   % env.backend, ["backend %s (forced by pvops.backend=%s)"
                                   % (env.backend, env.backend)])]
    for i, (other, other_symbol) in enumerate(environments.other_backends(env)):
        out.append(Variant("backend-refused" + ("-" + other if i else ""),
                           sel + " pvops.backend=%s ktest.expect_selection=refused" % other,
                           ["pvops.backend=%s: refused: " % other], (other_symbol,)))
    for r in environments.REFUSALS:
        out.append(Variant(r.variant, sel + " pvops.backend=%s ktest.expect_selection=refused"
                           % r.backend, ["pvops.backend=%s: refused: %s" % (r.backend, r.message)],
                           (r.config_symbol,)))
    return out


def selection_variants(env, sel):
    return [
        Variant("backend-bogus", sel + " pvops.backend=bogus ktest.expect_selection=unknown",
                ["pvops.backend=bogus: no such backend is built in"]),
    ] + forced_variants(env, sel) + [
        Variant("cmdline-cut", cut_cmdline(sel + " ktest.expect_cmdline_errors=1 "
                                           "ktest.expect_selection=detected"),
                ["command line: word 'bench.min_ticks=12' ", "cut; dropped"]),
        Variant("cmdline-escape", sel + " " + ESCAPED_WORD + " ktest.expect_cmdline_errors=1 "
                "ktest.expect_selection=detected",
                ["cmdline: unknown parameter 'x\\x0a%s\\x1b[2K' ignored" % FAKE_LINE,
                 "pvops: command line: 'ktest=backend,boot "], absent_lines=[FAKE_LINE]),
        Variant("halt-masked", "ktest=halt ktest.halt_masked " + env_args(env),
                stops_after="halt: halting with interrupts disabled and a timer armed"),
        Variant("cmdline-errors", sel + " no.such.param=1 loglevel=99 loglevel=7 maxcpus=9 "
                "ktest.expect_cmdline_errors=4 ktest.expect_selection=detected",
                ["cmdline: unknown parameter 'no.such.param=1' ignored",
                 "cmdline: 'loglevel=7' ignored: loglevel was given earlier on the line",
                 "loglevel=99 is out of range",
                 "smp: maxcpus=9 is out of range 1..8; ignored"]),
        # The CPU bounds: one CPU online whatever the machine has (the smp suite counts).
        Variant("maxcpus-1", "ktest=smp maxcpus=1 ktest.expect_cpus=1",
                ["smp: 1 of ", " CPU(s) online (maxcpus=)"]),
        Variant("nosmp", "ktest=smp nosmp ktest.expect_cpus=1",
                ["smp: 1 of ", " CPU(s) online (nosmp)"]),
        # A kernel bug generic code must catch the same way on every backend.
        Variant("lazy-misuse", "ktest=lazy ktest.lazy_misuse",
                ["Kernel panic - not syncing: lazy mode misuse: leaving lazy CPU mode "
                 "while in lazy MMU mode (leave of another mode)"], expect_panic=True),
    ]


# The totals line of the patcher: `make test` predicts it for the many-sites image.
PATCHED_RE = re.compile(r"^pvops: patched (\d+) call sites for (\S+): (\d+) inline, (\d+) call, "
                        r"(.*)$")


def many_sites_variant(env, objtree, many):
    """Boots build/many-sites/pvops.elf: the default image's sites plus `many` sched_clock
    sites, each of which every backend makes a direct call. The totals must be the default
    image's (as patchcheck predicts them) with `many` more sites and `many` more calls."""
    pc = os.path.join(objtree, "tools", "patchcheck")
    rc, out, err = run([pc, "show", os.path.join(objtree, "pvops.elf"), "--backend",
                        env.backend, "--report"])
    m = [PATCHED_RE.match(line) for line in out.splitlines()]
    m = [x for x in m if x]
    if rc or len(m) != 1:
        sys.exit("run-tests: patchcheck show --report gave no totals line: %s" % err)
    sites, name, inline, calls, rest = m[0].groups()
    want = "pvops: patched %d call sites for %s: %s inline, %d call, %s" % (
        int(sites) + many, name, inline, int(calls) + many, rest)
    return Variant("many-sites", "ktest=patch " + env_args(env), [want],
                   image=os.path.join(objtree, "many-sites", "pvops.elf"))


def refused_site_variant(env, objtree):
    """Boots build/refused-site/pvops.elf, whose table holds two records outside the text
    (tests/refused-site/): the patch suite must pass without reading them, and pvops.report
    must print for them what patchcheck predicts, no bytes."""
    image = os.path.join(objtree, "refused-site", "pvops.elf")
    rc, out, err = run([os.path.join(objtree, "tools", "patchcheck"), "show", image,
                        "--backend", env.backend, "--report"])
    want = [line for line in out.splitlines() if " -> kept: outside kernel text " in line]
    if rc or len(want) != 2:
        sys.exit("run-tests: patchcheck show --report of %s predicts %d refused sites: %s"
                 % (image, len(want), err))
    return Variant("refused-site", "ktest=patch pvops.report " + env_args(env),
                   want + ["# patch: 2 sites refused as outside the text, left unread"],
                   image=image)
