# SPDX-License-Identifier: GPL-2.0
"""What scripts/run-tests counts: every test case and every check once, and
the failures by name; a Section is one row of the summary with its log."""
import os
import sys



class Tally:
    def __init__(self):
        self.passed = self.failed = self.skipped = 0
        self.failures = []

    def add_report(self, label, rep):
        self.passed += rep.passed
        self.skipped += rep.skipped
        for c in rep.cases:
            if not c.ok:
                self.failed += 1
                self.failures.append("%s: %s.%s" % (label, c.suite or "(top)", c.name))
        for e in rep.errors:
            self.failed += 1
            self.failures.append("%s: KTAP: %s" % (label, e))

    def check(self, label, ok, what):
        if ok:
            self.passed += 1
        else:
            self.failed += 1
            self.failures.append("%s: %s" % (label, what))


class Section:
    """One row of the summary: the checks of one kind, and their log."""

    def __init__(self, tally, name, log_dir):
        self.tally, self.name = tally, name
        self.log = os.path.join(log_dir, "static-%s.log" % name)
        self.before = (tally.passed, tally.failed)
        self.text = []

    def check(self, ok, what, detail=""):
        self.tally.check("static/" + self.name, ok, what)
        self.text.append("%s: %s\n%s" % ("PASS" if ok else "FAIL", what, detail))

    def close(self):
        with open(self.log, "w") as f:
            f.write("\n".join(self.text))
        p, f = self.tally.passed - self.before[0], self.tally.failed - self.before[1]
        print("%-8s %-16s %-7s %3d passed, %d failed  %s"
              % ("static", self.name, "PASS" if not f else "FAIL", p, f, self.log))
        sys.stdout.flush()
