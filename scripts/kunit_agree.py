# SPDX-License-Identifier: GPL-2.0
"""Linux's KTAP parser as a referee of ours.

scripts/ktap.py decides what every run of `make test` passed or failed; if
it miscounted, nothing else would notice. So each log it parses is also fed
to Linux's own parser, `tools/testing/kunit/kunit.py parse` from
linux-source-6.1 (scripts/deps extracts it), and the four totals must be
equal: passed, failed, skipped and crashed, the last being planned results
that never came (ktap.py's `missing`). kunit.py reads the log on standard
input because it changes to its own folder before opening files, and its
totals are taken from the one summary line it prints, "Testing complete.
Ran N tests: passed: P, failed: F, ...", where a count of zero is left out.
A log without that line, or a kunit.py that fails, is a disagreement too:
the referee must not fall silent. This lives apart from the test runner so
that the runner only asks one question per log.
"""
import os
import re
import subprocess

CACHE = os.environ.get("PVOPS_CACHE", os.path.join(os.environ.get("HOME", "/root"),
                                                   ".cache", "pvops"))
KUNIT_PY = os.path.join(CACHE, "linux-6.1", "tools", "testing", "kunit", "kunit.py")
# Debian's interpreter: kunit.py needs nothing else, and this is the one `make` uses.
PYTHON = "/usr/bin/python3"
SUMMARY = re.compile(r"Testing complete\. Ran (\d+) tests?(?:: (.*))?$")
COUNTS = ("passed", "failed", "skipped", "crashed")


def kunit_totals(text):
    """kunit.py's totals for a log, or a sentence saying why there are none."""
    proc = subprocess.run([PYTHON, KUNIT_PY, "parse"], input=text.encode(),
                          stdout=subprocess.PIPE, stderr=subprocess.STDOUT, timeout=120)
    out = proc.stdout.decode("utf-8", "replace")
    found = [SUMMARY.search(line) for line in out.splitlines()]
    found = [m for m in found if m]
    if not found:
        return "kunit.py parse printed no summary (exit %d): %s" % (
            proc.returncode, out.strip().splitlines()[-1:] or "no output")
    totals = dict.fromkeys(COUNTS, 0)
    for item in (found[-1].group(2) or "").split(", "):
        name, _, n = item.partition(": ")
        if name in totals:
            totals[name] = int(n)
    return totals


def ours(rep):
    return {"passed": rep.passed, "failed": rep.failed, "skipped": rep.skipped,
            "crashed": rep.missing}


def fmt(totals):
    return ", ".join("%s %d" % (k, totals[k]) for k in COUNTS)


def check(tally, label, rep, lines):
    """One test: kunit.py's totals for these log lines equal ktap.py's report."""
    theirs = kunit_totals("\n".join(lines) + "\n")
    mine = ours(rep)
    if isinstance(theirs, str):
        tally.check(label, False, "kunit.py disagrees with ktap.py (%s): %s" % (fmt(mine), theirs))
    else:
        tally.check(label, theirs == mine, "kunit.py counts %s; ktap.py counts %s"
                    % (fmt(theirs), fmt(mine)))
