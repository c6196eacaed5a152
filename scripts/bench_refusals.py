# SPDX-License-Identifier: GPL-2.0
"""The judges of `make bench` fed data they must not call "met".

results.md's targets are judged from whatever the boots printed, and a
judge that looks only at the ops it finds passes when an op is missing, an
op cost nothing, or an op skipped the hypercall it exists to make: the
number is then small and the target "met". So each case here is one such
fault, in a table built by hand as scripts/bench's aggregation builds it
(thousandths, a Cell per op), run through the judge itself, and the judge
must say MISSED and name the op; beside each, the same table with the
fault repaired must be "met", so that a judge refusing everything fails
too. The environment is a stand-in with only the data a judge reads, named
so that no backend is. Malformed bench/baseline-limits.txt lines and --ops
names no image has must be refused with one clear line, before any boot.
"""
import importlib.machinery
import importlib.util
import os
import subprocess
import sys
import tempfile
import types

SCRIPTS = os.path.dirname(os.path.abspath(__file__))
MILLI = 1000


def load_bench():
    loader = importlib.machinery.SourceFileLoader("bench_script", os.path.join(SCRIPTS, "bench"))
    spec = importlib.util.spec_from_loader("bench_script", loader)
    module = importlib.util.module_from_spec(spec)
    loader.exec_module(module)
    return module


def stand_in():
    """An environment whose data names one op, its plain hypercall and a reference figure."""
    return types.SimpleNamespace(name="stand-in", backend="stand-in", bench={
        "max_over_hypercall_pct": 10,
        "plain_hypercall": {"op_a": "hc_a"},
        "reference": {"name": "reference", "source": "bench_refusals.py", "op_a": 900},
        "max_instructions": {"op_a": 860},
        "near_env": "near", "near_plus": 2, "near_except": ["op_a"],
    })


def hypervisor_cases(bench):
    """(what, table, verdict wanted, word the text must hold) for judge_hypervisor()."""
    def table(op_value, op_hc, hc_value=800 * MILLI, hc_hc=MILLI):
        return {"stand-in-patched": {"op_a": bench.Cell(op_value, hypercalls=op_hc),
                                     "hc_a": bench.Cell(hc_value, hypercalls=hc_hc)},
                "near-patched": {"op_a": bench.Cell(MILLI), "hc_a": bench.Cell(799 * MILLI)}}
    good = table(840 * MILLI, MILLI)
    far = table(840 * MILLI, MILLI)
    far["near-patched"]["hc_a"] = bench.Cell(797 * MILLI)
    return [
        ("good data", good, "met", "op_a"),
        ("op over its most", table(870 * MILLI, MILLI), "MISSED", "op_a 870 vs 860"),
        ("op more than near_plus over the other column", far, "MISSED", "over on hc_a 800 vs 797"),
        ("op skips its hypercall", table(5 * MILLI, 0), "MISSED", "op_a makes 0 hypercalls"),
        ("op costs nothing", table(0, MILLI), "MISSED", "not measured: op_a"),
        ("plain hypercall did not run", {"stand-in-patched": {"op_a": good["stand-in-patched"]
                                                              ["op_a"]}}, "MISSED",
         "not measured: op_a"),
    ]


def baseline_cases(bench):
    """(what, table, verdict wanted, word) for judge_baseline() on a stand-in baseline."""
    def table(patched):
        return {"stand-in-compiled-out": {"op_a": bench.Cell(MILLI), "op_b": bench.Cell(MILLI)},
                "stand-in-patched": patched}
    both = {"op_a": bench.Cell(2 * MILLI, kind="inline"),
            "op_b": bench.Cell(2 * MILLI, kind="inline")}
    return [
        ("good data", table(both), "met", "2 of 2 ops"),
        ("patched boot lost an op", table({"op_a": both["op_a"]}), "MISSED",
         "not measured in both columns: op_b"),
    ]


def judged(sec, what, got, want, word):
    """Good data: every target met, one naming word. A fault: a MISSED target naming it."""
    if want == "met":
        ok = bool(got) and all(v == "met" for v, _ in got) and any(word in t for _, t in got)
    else:
        ok = any(v == want and word in t for v, t in got)
    sec.check(ok, "%s: %s (%s)" % (what, want, word), "judged: %r" % got)


def check_limits_refusals(sec, bench):
    for line in ("op_a without a colon", "op_a:", ": no op", "op_a: one\nop_a: twice"):
        with tempfile.NamedTemporaryFile("w", suffix=".txt", delete=False) as f:
            f.write("# comment\n" + line + "\n")
        try:
            bench.read_limits(f.name)
            sec.check(False, "limits line %r refused" % line, "read_limits accepted it")
        except SystemExit as e:
            sec.check(str(e).startswith("scripts/bench: %s:" % f.name) and "op: reason" in str(e),
                      "limits line %r refused with file and line" % line, str(e))
        finally:
            os.unlink(f.name)
    sec.check(bool(bench.read_limits()), "bench/baseline-limits.txt itself is read")


def check_unknown_ops(sec, objtree):
    image = os.path.join(objtree, "pvops.elf")
    if not os.path.exists(image):
        sec.check(False, "--ops refusal: no image at %s" % image)
        return
    proc = subprocess.run([sys.executable, os.path.join(SCRIPTS, "bench"), "--objtree", objtree,
                           "--ops", "irq_disable,no_such_op"], stdout=subprocess.PIPE,
                          stderr=subprocess.PIPE, stdin=subprocess.DEVNULL, timeout=120)
    err = proc.stderr.decode("utf-8", "replace")
    sec.check(proc.returncode == 1 and err.startswith("scripts/bench: --ops: no image has "
                                                      "no_such_op ("),
              "scripts/bench refuses an op no image has, before any boot",
              "exit %d\n%s%s" % (proc.returncode, proc.stdout.decode("utf-8", "replace"), err))


def check_bench_refusals(sec, objtree):
    bench = load_bench()
    env = stand_in()
    for what, table, want, word in hypervisor_cases(bench):
        judged(sec, "hypervisor judges, " + what, bench.judge_hypervisor(table, env), want,
               word)
    for what, table, want, word in baseline_cases(bench):
        judged(sec, "per-op baseline judge, " + what,
               bench.judge_baseline(["op_a", "op_b"], table, env), want, word)
    check_limits_refusals(sec, bench)
    check_unknown_ops(sec, objtree)
    sec.close()
