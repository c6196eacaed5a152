# SPDX-License-Identifier: GPL-2.0
"""What a benchmark boot is, and how to read what the kernel printed.

Both scripts/bench (the report) and scripts/run-tests (the determinism
check) boot the kernel with `bench=` and need the same two things: the list
of variants (which image, which environment, which command line, and what
the kernel must say it was, so that a mislabelled boot cannot slip into
the table), and a parser for the kernel's `bench:` lines. Values stay in
thousandths, as integers, exactly as the kernel printed them: comparing two
runs must not depend on float rounding, and the report divides only at the
end. The per-site patch outcome comes from `pvops.report`, whose lines name
each site's function, so the report can say what each op's site became.
The round trips (`trip=1`: fault, timer) have no site of their slot in
their own loop: theirs is elsewhere (the exception return in
kernel/entry.S), so what every site of a slot became is kept too, and shown
for a trip when all agree.
"""
import re
import subprocess
from dataclasses import dataclass, field

import environments


@dataclass(frozen=True)
class Variant:
    name: str          # column and CSV name
    env: str           # environments.ENVIRONMENTS key
    image: str         # "main" (the configured build) or "off" (CONFIG_PVOPS=n)
    args: str          # command line besides bench=
    pvops: str         # what the kernel's begin line must say
    backend: str       # ... and which backend it must have run on
    needs: tuple       # config symbols of the image


def variants():
    """Per environment, patched and indirect; compiled out too where the data names the
    baseline (bench.baseline): the bare hardware every other column is compared to."""
    out = []
    for env in environments.ENVIRONMENTS.values():
        if env.bench.get("baseline"):
            out.append(Variant(env.name + "-compiled-out", env.name, "off", "", "compiled-out",
                               env.backend, (env.config_symbol,)))
        for args, kind in (("pvops.report", "patched"), ("pvops.nopatch", "indirect")):
            out.append(Variant("%s-%s" % (env.name, kind), env.name, "main", args, kind,
                               env.backend, ("PVOPS", env.config_symbol)))
    return out


VARIANTS = variants()

_BENCH = re.compile(r"^bench: (begin|empty-loop|result|na|end)\b(.*)$")
_SITE = re.compile(r"^pvops: site 0x[0-9a-f]+ (\S+)\+0x[0-9a-f]+ (\S+) len \d+ "
                   r"clbr 0x[0-9a-f]+ -> (\w+)")
_LOOP = "bench_loop_"
# What the kernel says when it refuses bench= or its settings.
_REFUSED = re.compile(r"^bench: bench[=.]")
_MILLI = re.compile(r"^(-?)(\d+)\.(\d{3})$")


def milli(text):
    """'582.000' -> 582000; the kernel always prints three decimals."""
    m = _MILLI.match(text)
    if not m:
        raise ValueError("not a thousandths value: %r" % text)
    value = int(m.group(2)) * 1000 + int(m.group(3))
    return -value if m.group(1) else value


@dataclass
class BenchRun:
    begin: dict = field(default_factory=dict)
    empty: dict = field(default_factory=dict)
    results: dict = field(default_factory=dict)   # op -> {ticks, hypercalls (milli), iters, slot}
    na: dict = field(default_factory=dict)        # op -> {backend, slot}
    order: list = field(default_factory=list)     # ops in the order the kernel ran them
    trips: set = field(default_factory=set)       # ops that are round trips, not one site
    own: dict = field(default_factory=dict)       # op -> the backend whose own op it is
    sites: dict = field(default_factory=dict)     # op -> {slot: patch kind}
    slot_kinds: dict = field(default_factory=dict)  # slot -> {patch kind of any of its sites}
    ended: bool = False
    errors: list = field(default_factory=list)


def _fields(text):
    return dict(word.split("=", 1) for word in text.split() if "=" in word)


def parse(lines):
    run = BenchRun()
    for line in lines:
        m = _SITE.match(line)
        if m:
            func, slot, kind = m.groups()
            if func.startswith(_LOOP):
                run.sites.setdefault(func[len(_LOOP):], {})[slot] = kind
            run.slot_kinds.setdefault(slot, set()).add(kind)
            continue
        if _REFUSED.match(line):
            run.errors.append("kernel refused: " + line[len("bench: "):])
            continue
        m = _BENCH.match(line)
        if not m:
            continue
        kind, f = m.group(1), _fields(m.group(2))
        try:
            if kind == "begin":
                run.begin = f
            elif kind == "empty-loop":
                run.empty = {"ticks": milli(f["ticks"]), "iters": int(f["iters"])}
            elif kind == "result":
                run.results[f["op"]] = {"ticks": milli(f["ticks"]),
                                        "hypercalls": milli(f["hypercalls"]),
                                        "iters": int(f["iters"]), "slot": f["slot"]}
                run.order.append(f["op"])
            elif kind == "na":
                run.na[f["op"]] = {"backend": f["backend"], "slot": f["slot"]}
                run.order.append(f["op"])
            if kind in ("result", "na") and f["own"] != "-":
                run.own[f["op"]] = f["own"]
            if kind in ("result", "na") and f["trip"] == "1":
                run.trips.add(f["op"])
            elif kind == "end":
                run.ended = True
        except (KeyError, ValueError) as e:
            run.errors.append("unreadable line %r (%s)" % (line, e))
    if not run.errors:
        if not run.begin:
            run.errors.append("no 'bench: begin' line")
        if not run.ended:
            run.errors.append("no 'bench: end' line")
    return run


def site_kind(run, op, slot):
    """What the patcher made of op's site of slot: in its loop or, for a trip, wherever."""
    if op in run.trips:
        kinds = run.slot_kinds.get(slot, set())
        return next(iter(kinds)) if len(kinds) == 1 else None
    return run.sites.get(op, {}).get(slot)


def check_variant(run, variant):
    """Errors if the boot was not the variant it was meant to be."""
    errors = list(run.errors)
    if run.begin:
        if run.begin.get("pvops") != variant.pvops:
            errors.append("kernel says pvops=%s, expected %s"
                          % (run.begin.get("pvops"), variant.pvops))
        if run.begin.get("backend") != variant.backend:
            errors.append("kernel ran on backend %s, expected %s"
                          % (run.begin.get("backend"), variant.backend))
    return errors


_LOOP_SYMBOL = re.compile(r"^[0-9a-f]+ [tT] bench_loop_(\w+)$")


def image_ops(image):
    """The ops an image can run: one bench_loop_<op> function each (a backend's own ops are
    only in images built with that backend)."""
    out = subprocess.run(["nm", "--defined-only", image], stdout=subprocess.PIPE,
                         universal_newlines=True, check=True).stdout
    return {m.group(1) for m in map(_LOOP_SYMBOL.match, out.splitlines()) if m}


def ops_for_image(ops, image):
    """ops ("all" or a comma list) as the image can take them: the names it lacks dropped,
    so that asking for a backend's own op does not make the other images refuse the boot.
    None if it has none of them."""
    if ops == "all":
        return ops
    have = image_ops(image)
    kept = [op for op in ops.split(",") if op in have]
    return ",".join(kept) if kept else None


def command(variant, image, ops, extra_args="", extra_qemu=()):
    env = environments.ENVIRONMENTS[variant.env]
    args = " ".join(a for a in ("bench=" + ops, variant.args, extra_args) if a)
    return env.command(image, args, extra_qemu)
