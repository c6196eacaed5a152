# SPDX-License-Identifier: GPL-2.0
"""Checks of `make test` whose judges live outside the test runner.

Each function takes one Section of the runner (a summary row and its log)
and fills it; the runner calls it with one line, so the runner stays a list
of questions and the answers live here. checkpatch: `make checkpatch` (Linux's
scripts/checkpatch.pl under .checkpatch.conf) must report nothing, and each
report it makes is one failure naming file, line and rule, so a new error
is seen where it is. gdb: `scripts/debug --batch` per environment, the same
path as `make debug`, must stop at start_kernel, name the backend that
detection chose there and still reach the PASS verdict. docs: example lines
in README.md and docs/ that quote a run must equal what this run printed
(scripts/docs-sync, which can also rewrite them). runner names: the
runner's scripts must name no backend and no environment, whose definitions
are the backends' own data (pvops/backends/*/environments.toml).
"""
import os
import re
import subprocess
import sys

SRCTREE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SCRIPTS = os.path.join(SRCTREE, "scripts")


def run(cmd, timeout=900):
    proc = subprocess.run(cmd, cwd=SRCTREE, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                          stdin=subprocess.DEVNULL, timeout=timeout)
    return (proc.returncode, proc.stdout.decode("utf-8", "replace"),
            proc.stderr.decode("utf-8", "replace"))


def check_checkpatch(sec):
    rc, out, err = run(["make", "--no-print-directory", "-s", "checkpatch"])
    lines = out.splitlines()
    reports = [line for line in lines if ": ERROR:" in line or ": WARNING:" in line]
    for line in reports:
        sec.check(False, "checkpatch: " + line)
    summary = [line for line in lines if line.startswith("checkpatch: ")]
    sec.check(rc == 0 and not reports and len(summary) == 1,
              "make checkpatch: %s" % (summary[-1][len("checkpatch: "):] if summary
                                       else "no summary line"), out + err)
    sec.close()


def check_debug(sec, objtree, envs):
    for env in envs:
        rc, out, err = run([sys.executable, os.path.join(SCRIPTS, "debug"), "--env", env.name,
                            "--objtree", objtree, "--batch", "--", "ktest=boot"],
                           timeout=env.timeout * 3)
        last = (out.strip().splitlines() or ["no output"])[-1]
        sec.check(rc == 0, "%s: %s" % (env.name, last), out + err)
    sec.close()


def check_docs(sec, objtree, log_dir, envs, ops):
    """The docs' quoted lines (if the environment they quote ran its full suite) and the
    table cells of what ran."""
    import docs_sync
    results = docs_sync.check_table(log_dir, envs, ops) + docs_sync.check_listings()
    if os.path.exists(os.path.join(log_dir, docs_sync.RELEASE_BOOT_LOG)):
        results += docs_sync.check_quoted(objtree, log_dir)
    for ok, what, detail in results:
        sec.check(ok, what, detail)
    sec.close()


# The scripts that boot and judge environments: what they know of a backend comes from its data.
RUNNER_FILES = ("scripts/run-tests", "scripts/runner_variants.py", "scripts/runner_tally.py",
                "scripts/runner_builds.py", "scripts/runner_static.py",
                "scripts/runner_accounting.py", "scripts/runner_shell.py",
                "scripts/environments.py", "scripts/boot", "scripts/bench",
                "scripts/benchlib.py", "scripts/referees.py", "scripts/docs_sync.py",
                "scripts/kunit_agree.py", "scripts/debug", "scripts/bench_refusals.py")


def backend_names(environments):
    """Every backend folder's name, and every backend and environment name the data gives."""
    folder = os.path.join(SRCTREE, "pvops", "backends")
    names = {d for d in os.listdir(folder) if os.path.isfile(os.path.join(folder, d, "Kconfig"))}
    for env in environments.ALL_ENVIRONMENTS.values():
        names |= {env.name, env.backend}
    names |= {r.backend for r in environments.REFUSALS}
    return sorted(names)


def runner_name_hits(names, files=RUNNER_FILES):
    """file:line: text for each whole-word use of a name (code, strings or comments alike)."""
    word = re.compile(r"(?<![\w-])(%s)(?![\w-])" % "|".join(re.escape(n) for n in names))
    hits = []
    for rel in files:
        with open(os.path.join(SRCTREE, rel)) as f:
            for i, line in enumerate(f, 1):
                m = word.search(line)
                if m:
                    hits.append("%s:%d: names %r: %s" % (rel, i, m.group(1), line.strip()))
    return hits


def check_runner_names(sec, environments):
    names = backend_names(environments)
    hits = runner_name_hits(names)
    for hit in hits:
        sec.check(False, "the runner names a backend: " + hit)
    sec.check(not hits and len(names) > 1,
              "no runner script names any of %s (%d files)" % (", ".join(names), len(RUNNER_FILES)),
              "\n".join(hits))
    sec.close()
