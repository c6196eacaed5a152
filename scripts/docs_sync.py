#!/usr/bin/python3
# SPDX-License-Identifier: GPL-2.0
"""Numbers the docs quote from a run, held to the run.

README.md and docs/ show lines a boot or a tool prints (how many sites were
patched and into what, what patchcheck says of the image) and the
benchmark table. Typed by hand they go stale the first time a site is
added, so `make test` compares each with what this run printed: the
"pvops: patched ..." line of docs/design.md with the boot of configs/release
on bare hardware (a fixed configuration, so adding a backend changes no doc),
the patchcheck listings of docs/tools.md with the fixture's expected output
that make test holds
patchcheck to (tests/tools/fixture-good.*.expected), and the README
table's patched cells of the ops `bench-repeat` runs with that run's counts, for the
environments that declare benchmark data (so, again, adding a backend changes no doc). `scripts/docs_sync.py --update` rewrites the first
from the last `make test`'s logs, and the README's tables and targets
from the last `make bench`'s build/bench/results.md, which this check then
keeps honest.
A quoted line is found by its fixed start, so a doc that loses it fails
rather than passing by having nothing to compare.
"""
import argparse
import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import benchlib  # noqa: E402
import environments  # noqa: E402

SRCTREE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PATCHED = "pvops: patched "


def table_column(env_name):
    """The README column that an environment's patched bench-repeat boot measures."""
    return env_name + " patched"


def doc_path(name):
    return os.path.join(SRCTREE, name)


def read(name):
    with open(doc_path(name)) as f:
        return f.read().splitlines()


def log_lines(log_dir, name):
    path = os.path.join(log_dir, name)
    if not os.path.exists(path):
        return None
    with open(path, errors="replace") as f:
        return f.read().splitlines()


# The boot docs/design.md quotes: configs/release on bare hardware (scripts/run-tests'
# release check), a configuration the docs name, whose count no backend's suite changes.
RELEASE_BOOT_LOG = "config-release-boot.log"


def quoted_lines(objtree, log_dir):
    """(doc, the pattern that finds the quoted line, what this run printed there or None)."""
    bare = environments.with_role("bench", "baseline")[0]
    rules = [("docs/design.md", re.escape(PATCHED) + r"\d+ call sites for %s: "
              % re.escape(bare.backend))]
    printed = log_lines(log_dir, RELEASE_BOOT_LOG) or []
    out = []
    for doc, pattern in rules:
        hits = [line for line in printed if re.match(pattern, line)]
        out.append((doc, pattern, hits[-1] if hits else None))
    return out


def find(doc_lines, pattern):
    """Index of the doc's one line that matches, else None."""
    hits = [i for i, line in enumerate(doc_lines) if re.match(pattern, line)]
    return hits[0] if len(hits) == 1 else None


def check_quoted(objtree, log_dir):
    results = []
    for doc, pattern, run_line in quoted_lines(objtree, log_dir):
        if run_line is None:
            results.append((False, "%s: this run printed nothing matching %s" % (doc, pattern), ""))
            continue
        lines = read(doc)
        i = find(lines, pattern)
        got = lines[i] if i is not None else "(no single quoted line found)"
        results.append((got == run_line, "%s quotes this run: %s" % (doc, run_line),
                        "doc: %s\nrun: %s" % (got, run_line)))
    return results


# docs/tools.md's listings are excerpts of what make test holds patchcheck to.
FIXTURE_LISTING = "fixture-good.elf: "
FIXTURE_EXPECTED = ("tests/tools/fixture-good.show.expected",
                    "tests/tools/fixture-good.verify.expected")


def fenced_blocks(lines):
    """The lines of each ``` block, in order."""
    blocks, current = [], None
    for line in lines:
        if line.startswith("```"):
            if current is None:
                current = []
            else:
                blocks.append(current)
                current = None
        elif current is not None:
            current.append(line)
    return blocks


def check_listings():
    """Every docs/tools.md block that starts as a fixture listing is a run of lines of one
    of the expected files, and there is one for each file."""
    expected = {name: read(name) for name in FIXTURE_EXPECTED}
    found = {name: False for name in FIXTURE_EXPECTED}
    results = []
    for block in fenced_blocks(read("docs/tools.md")):
        if not block or not block[0].startswith(FIXTURE_LISTING):
            continue
        hit = next((name for name, lines in expected.items()
                    if any(lines[i:i + len(block)] == block for i in range(len(lines)))), None)
        if hit:
            found[hit] = True
        results.append((hit is not None, "docs/tools.md's listing %r... is an excerpt of %s"
                        % (block[0][:40], hit or " or ".join(FIXTURE_EXPECTED)),
                        "block:\n" + "\n".join(block)))
    for name, ok in found.items():
        if not ok:
            results.append((False, "docs/tools.md quotes %s" % name, "no block is an excerpt"))
    return results


def readme_table():
    """{op: {heading: cell}} from README.md's benchmark tables."""
    table, head = {}, None
    for line in read("README.md"):
        if not line.startswith("|"):
            head = None
            continue
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if cells[0] == "op":
            head = cells
        elif head and not cells[0].startswith("-"):
            # An op in several tables (the floor table repeats some): the first one counts.
            row = table.setdefault(cells[0], {})
            for key, cell in zip(head, cells):
                row.setdefault(key, cell)
    return table


def published(env_name):
    """Whether README.md's benchmark table shows the environment: those whose
    environments.toml declares benchmark data ([environment.bench]), a set the project
    chooses, so an environment a new backend brings without it changes no doc."""
    env = environments.ENVIRONMENTS.get(env_name)
    return bool(env and env.bench)


def check_table(log_dir, envs, ops):
    results = []
    table = readme_table()
    for env in filter(published, envs):
        column = table_column(env)
        # An environment whose clock is not the instruction count itself says how far
        # two boots may differ (bench.readme_tolerance); exact otherwise.
        tolerance = environments.ENVIRONMENTS[env].bench.get("readme_tolerance", 0.0)
        lines = log_lines(log_dir, "%s-bench-repeat-1.log" % env)
        if lines is None:
            continue
        run = benchlib.parse(lines)
        for op in ops:
            cell = table.get(op, {}).get(column, "")
            if op in run.own and op in run.na:
                continue  # another backend's own op: the README shows it in that one's column
            if op in run.na:
                ok = cell.startswith("n/a")
                want = "n/a"
            else:
                res = run.results.get(op)
                want = "%g" % (res["ticks"] / 1000) if res else "(no result)"
                ok = bool(res) and re.match(r"-?[\d.]+", cell) is not None and \
                    abs(round(float(re.match(r"-?[\d.]+", cell).group()) * 1000) -
                        res["ticks"]) <= res["ticks"] * tolerance
            results.append((ok, "README's %s / %s is this run's %s" % (op, column, want),
                            "README cell: %r" % cell))
    return results


def update(objtree, log_dir):
    for doc, pattern, run_line in quoted_lines(objtree, log_dir):
        if run_line is None:
            sys.exit("docs_sync: no run output for %s; run make test first" % doc)
        lines = read(doc)
        i = find(lines, pattern)
        if i is None:
            sys.exit("docs_sync: %s has no single line to replace with: %s" % (doc, run_line))
        lines[i] = run_line
        with open(doc_path(doc), "w") as f:
            f.write("\n".join(lines) + "\n")
        print("docs_sync: %s: %s" % (doc, run_line))


# The README's benchmark block: from its first table line to its last target line.
README_TABLES_START = "Current numbers (instructions per op, this tree):"


def results_blocks(objtree):
    """results.md's tables, each with the '## ' heading it sits under ('' for the first), and
    its target lines."""
    path = os.path.join(objtree, "bench", "results.md")
    if not os.path.exists(path):
        sys.exit("docs_sync: no %s; run make bench first" % path)
    with open(path) as f:
        lines = f.read().splitlines()
    tables, targets, current, heading = [], [], None, ""
    for line in lines:
        if line.startswith("|"):
            if current is None:
                current = []
                tables.append((heading, current))
            current.append(line)
            continue
        current = None
        if line.startswith("## "):
            heading = line[3:]
        if line.startswith("- **") and any("**%s**" % v in line for v in TARGET_VERDICTS):
            targets.append(line)
    if len(tables) < 2 or not targets:
        sys.exit("docs_sync: %s has %d tables and %d targets, expected at least 2 and some"
                 % (path, len(tables), len(targets)))
    return tables, targets


# The verdicts scripts/bench gives a target line.
TARGET_VERDICTS = ("met", "MISSED", "measured", "not measurable")


def update_readme_tables(objtree):
    tables, targets = results_blocks(objtree)
    (_, ops), (_, trips), more = tables[0], tables[1], tables[2:]
    lines = read("README.md")
    start = find(lines, re.escape(README_TABLES_START))
    if start is None:
        sys.exit("docs_sync: README.md has no line %r" % README_TABLES_START)
    first = next((i for i in range(start, len(lines)) if lines[i].startswith("- **")), None)
    if first is None:
        sys.exit("docs_sync: README.md's benchmark block has no target lines")
    end = first
    while end + 1 < len(lines) and lines[end + 1].startswith("- **"):
        end += 1
    block = [README_TABLES_START, ""] + ops + ["", "Round trips (instructions per trip):", ""] + trips
    for heading, rows in more:
        block += ["", "%s (instructions per op):" % heading, ""] + rows
    block += ["", "Targets (reported, never enforced):", ""] + targets
    lines[start:end + 1] = block
    with open(doc_path("README.md"), "w") as f:
        f.write("\n".join(lines) + "\n")
    print("docs_sync: README.md: %d op rows, %d round trips, %d more tables, %d targets"
          % (len(ops) - 2, len(trips) - 2, len(more), len(targets)))


def main():
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--objtree", default="build")
    ap.add_argument("--update", action="store_true", help="rewrite the quoted lines")
    opts = ap.parse_args()
    log_dir = os.path.join(opts.objtree, "test-logs")
    if opts.update:
        update(opts.objtree, log_dir)
        update_readme_tables(opts.objtree)
        return
    bad = [r for r in check_quoted(opts.objtree, log_dir) + check_listings() if not r[0]]
    for _, what, detail in bad:
        print("FAIL: %s\n%s" % (what, detail))
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
