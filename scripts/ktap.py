# SPDX-License-Identifier: GPL-2.0
"""KTAP version 1 parser for the kernel's console logs and the host tests.

It reads what kernel/ktest.c prints (KUnit's layout): a top-level plan, one
indented subtest per suite, one result line per case. Console lines that are
not KTAP (kernel messages, Xen's own "(XEN)" lines) are ignored. The parser
counts leaf results - cases inside suites, plus top-level results that have
no subtest (such as a suite name that does not exist) - and checks that every
plan was fulfilled, because a kernel that died mid-suite leaves a plan short.
It is strict about numbering too, since a count that matches can still hide
a repeated or a stray case: every result must carry a number inside its
plan, each number once, and a plan of 1..0 (a suite, or a whole run, that
promised nothing) is an error, because the kernel only prints a plan for
tests that were asked for. Every error names the suite it is about; the
malformed inputs that must stay errors are kept in tests/ktap/.
"""
import re
from dataclasses import dataclass, field

RESULT = re.compile(r"^(?P<indent> *)(?P<ok>ok|not ok) (?P<num>\d+) (?P<name>[^#]*?)\s*"
                    r"(?:#\s*(?P<directive>.*))?$")
PLAN = re.compile(r"^(?P<indent> *)1\.\.(?P<count>\d+)\s*$")
VERSION = re.compile(r"^(?P<indent> *)KTAP version 1\s*$")
SUBTEST = re.compile(r"^(?P<indent> *)# Subtest: (?P<name>.+?)\s*$")


@dataclass
class Case:
    suite: str
    name: str
    ok: bool
    skipped: bool
    reason: str = ""


@dataclass
class Report:
    cases: list = field(default_factory=list)
    errors: list = field(default_factory=list)
    seen_version: bool = False
    missing: int = 0      # planned results that never came (kunit.py's "crashed")

    @property
    def passed(self):
        return sum(1 for c in self.cases if c.ok and not c.skipped)

    @property
    def failed(self):
        return sum(1 for c in self.cases if not c.ok)

    @property
    def skipped(self):
        return sum(1 for c in self.cases if c.ok and c.skipped)


def parse(lines):
    """Parse an iterable of lines; returns a Report."""
    rep = Report()
    top_plan = None
    top_results = 0
    suite = None          # name of the open subtest
    suite_plan = None
    suite_cases = []
    suite_numbers = []
    top_numbers = []
    started = False       # a suite's header came, its top-level result not yet

    def close_suite(result_ok):
        nonlocal suite, suite_plan, suite_cases, suite_numbers
        check_numbers("suite %s" % suite, suite_plan, suite_numbers)
        if suite_plan is None:
            rep.errors.append("suite %s has no plan" % suite)
        elif len(suite_cases) != suite_plan:
            rep.missing += max(0, suite_plan - len(suite_cases))
            rep.errors.append("suite %s planned %d cases but reported %d"
                              % (suite, suite_plan, len(suite_cases)))
        if not result_ok and all(c.ok for c in suite_cases):
            rep.errors.append("suite %s reported not ok with no failing case" % suite)
        rep.cases.extend(suite_cases)
        suite, suite_plan, suite_cases, suite_numbers = None, None, [], []

    def check_numbers(what, plan, numbers):
        if plan == 0:
            rep.errors.append("%s planned no tests (1..0)" % what)
        seen = set()
        for num, name in numbers:
            if num in seen:
                rep.errors.append("%s: test number %d reported twice (again by %s)"
                                  % (what, num, name))
            seen.add(num)
            if plan is not None and not 1 <= num <= plan:
                rep.errors.append("%s: test number %d (%s) is outside its plan 1..%d"
                                  % (what, num, name, plan))

    for raw in lines:
        line = raw.rstrip("\r\n")
        m = VERSION.match(line)
        if m:
            if not m.group("indent"):
                rep.seen_version = True
            started = started or bool(m.group("indent"))
            continue
        m = SUBTEST.match(line)
        if m and m.group("indent"):
            if suite is not None:
                rep.errors.append("suite %s never closed" % suite)
                close_suite(True)
            suite = m.group("name")
            started = True
            continue
        m = PLAN.match(line)
        if m:
            if m.group("indent"):
                suite_plan = int(m.group("count"))
            else:
                top_plan = int(m.group("count"))
            continue
        m = RESULT.match(line)
        if not m:
            continue
        ok = m.group("ok") == "ok"
        directive = (m.group("directive") or "").strip()
        skipped = directive.upper().startswith("SKIP")
        reason = directive[4:].strip() if skipped else directive
        name = m.group("name").strip()
        if m.group("indent"):
            if suite is None:
                rep.errors.append("case %s outside any suite" % name)
                continue
            suite_cases.append(Case(suite, name, ok, skipped, reason))
            suite_numbers.append((int(m.group("num")), name))
        else:
            top_results += 1
            top_numbers.append((int(m.group("num")), name))
            started = False
            if suite is not None and name == suite:
                close_suite(ok)
            else:
                if suite is not None:
                    rep.errors.append("suite %s closed by a result named %s" % (suite, name))
                    close_suite(ok)
                rep.cases.append(Case("", name, ok, skipped, reason))

    if suite is not None:
        rep.errors.append("suite %s was cut off" % suite)
        check_numbers("suite %s" % suite, suite_plan, suite_numbers)
        rep.cases.extend(suite_cases)
        rep.missing += max(0, (suite_plan or 0) - len(suite_cases))
    if rep.seen_version and top_plan is not None:
        check_numbers("the top level", top_plan, top_numbers)
    if not rep.seen_version:
        rep.errors.append("no KTAP output")
    elif top_plan is None:
        rep.errors.append("no top-level plan")
    elif top_results != top_plan:
        # A suite cut off is counted by its cases, as kunit.py counts it.
        rep.missing += max(0, top_plan - top_results - started)
        rep.errors.append("planned %d suites but %d reported" % (top_plan, top_results))
    return rep
