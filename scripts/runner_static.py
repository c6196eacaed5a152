# SPDX-License-Identifier: GPL-2.0
"""The static checks of scripts/run-tests: patchcheck's fixtures and malformed
images, fuzzing, sparse, Coccinelle, the KTAP parser on logs that must fail,
the command lines scripts/boot must refuse, and the verdict judges on made-up
consoles. Each check counts in the tally like a test case."""
import difflib
import os
import shutil
import subprocess
import sys

import bench_refusals
import environments
import ktap
import referees
from runner_shell import run
from runner_tally import Section


# Expected outputs live next to the inputs they describe (tests/tools,
# tests/sparse, tests/coccinelle).

SRCTREE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

# Malformed inputs made from the good fixture; tests/tools/malformed.expected
# holds the one message each must get, from verify and from show alike.
MALFORMED = [
    ("empty", lambda d, sh: b""),
    ("not-elf", lambda d, sh: b"#!/bin/sh\necho pvops\n"),
    ("truncated", lambda d, sh: d[:len(d) // 2]),
    ("elf32", lambda d, sh: poke(d, 4, b"\x01")),
    ("i386", lambda d, sh: poke(d, 18, b"\x03\x00")),
    ("relocatable", lambda d, sh: poke(d, 16, b"\x01\x00")),
    ("no-sites", lambda d, sh: d.replace(b".pvops.sites\0", b".pvops.sitez\0")),
    ("bad-magic", lambda d, sh: poke(d, sh[".pvops.sites"]["offset"], b"PVSX")),
    ("version-2", lambda d, sh: poke(d, sh[".pvops.sites"]["offset"] + 4, b"\x02\x00")),
    ("ragged-records", lambda d, sh: set_shdr(d, sh[".pvops.sites"], "size",
                                              sh[".pvops.sites"]["size"] - 1)),
    ("absurd-count", lambda d, sh: set_shdr(d, sh[".pvops.sites"], "size", 8 + 12 * 10**9)),
    ("no-symbols", lambda d, sh: set_shdr(d, sh[".symtab"], "type", 0)),
    ("cut-declaration", lambda d, sh: set_shdr(d, sh[".pvops.privileged"], "size",
                                               sh[".pvops.privileged"]["size"] - 1)),
    ("short-ident", lambda d, sh: d[:7]),
]

# Readable images whose code is gone, and the findings verify must print for each
# (tests/tools/<name>.verify.expected); they seed the fuzz run too.
SHF_EXECINSTR, SHT_NOBITS = 0x4, 8
NO_CODE = [
    ("nobits-text", lambda d, sh: set_shdr(d, sh[".text"], "type", SHT_NOBITS)),
    ("noexec-text", lambda d, sh: set_shdr(d, sh[".text"], "flags",
                                           sh[".text"]["flags"] & ~SHF_EXECINSTR)),
]

def malformed_message(line, good, bad, sh):
    """Fills in what depends on the fixture's layout, which moves with every
    header change: {size} (bytes in the broken file), {shoff}/{shend} (the
    section header table), {sites}/{sites_end} (.pvops.sites as the broken
    file describes it)."""
    import struct
    shoff, = struct.unpack_from("<Q", good, 0x28)
    shentsize, shnum = struct.unpack_from("<HH", good, 0x3a)
    if "{" not in line:
        return line
    sites = sh[".pvops.sites"]
    if len(bad) >= shoff + shentsize * shnum:
        sites = elf_sections(bad).get(".pvops.sites", sites)
    return line.format(size=len(bad), shoff="%#x" % shoff, shend="%#x" % (shoff + shentsize * shnum),
                       sites="%#x" % sites["offset"],
                       sites_end="%#x" % (sites["offset"] + sites["size"]))


SHDR_FIELDS = {"name": (0, "<I"), "type": (4, "<I"), "flags": (8, "<Q"), "offset": (24, "<Q"),
               "size": (32, "<Q")}


def poke(data, offset, new):
    return data[:offset] + new + data[offset + len(new):]


def elf_sections(data):
    """Section headers of an ELF64 file, by name: enough to corrupt one on purpose."""
    import struct
    shoff, = struct.unpack_from("<Q", data, 0x28)
    shentsize, shnum, shstrndx = struct.unpack_from("<HHH", data, 0x3a)
    hdrs = []
    for i in range(shnum):
        at = shoff + i * shentsize
        hdrs.append(dict({k: struct.unpack_from(f, data, at + o)[0]
                          for k, (o, f) in SHDR_FIELDS.items()}, at=at))
    strtab = hdrs[shstrndx]
    names = {}
    for h in hdrs:
        start = strtab["offset"] + h["name"]
        names[data[start:data.index(b"\0", start)].decode()] = h
    return names


def set_shdr(data, hdr, field, value):
    import struct
    off, fmt = SHDR_FIELDS[field]
    return poke(data, hdr["at"] + off, struct.pack(fmt, value))



def read_expected(name):
    with open(os.path.join(SRCTREE, "tests", "tools", name)) as f:
        return f.read()


def check_patchcheck(objtree, config, tally, log_dir):
    sec = Section(tally, "patchcheck", log_dir)
    tools = os.path.join(objtree, "tools")
    pc = os.path.abspath(os.path.join(tools, "patchcheck"))
    image = os.path.join(objtree, "pvops.elf")

    rc, out, err = run([pc, "verify", image])
    if "PVOPS" in config:
        sec.check(rc == 0 and ": OK: " in out, "verify %s" % image, out + err)
    else:
        sec.check(rc == 0 and "a CONFIG_PVOPS=n image" in out,
                  "verify recognises the CONFIG_PVOPS=n image %s" % image, out + err)

    for what, cmd, want_rc, expected in [
            ("verify the good fixture", ["verify", "fixture-good.elf"], 0,
             "fixture-good.verify.expected"),
            ("verify the corrupted fixture: exact diagnostics", ["verify", "fixture-bad.elf"],
             1, "fixture-bad.verify.expected"),
            ("show --backend fixture", ["show", "fixture-good.elf", "--backend", "fixture"], 0,
             "fixture-good.show.expected"),
            ("show --backend fixture --report",
             ["show", "fixture-good.elf", "--backend", "fixture", "--report"], 0,
             "fixture-good.report.expected"),
            ("show --report on the corrupted fixture: a repeated record is kept, as at boot",
             ["show", "fixture-bad.elf", "--backend", "fixture", "--report"], 0,
             "fixture-bad.report.expected")]:
        rc, out, err = run([pc] + cmd, cwd=tools)
        want = read_expected(expected)
        sec.check(rc == want_rc and out == want and not err,
                  "%s (exit %d, want %d; tests/tools/%s)" % (what, rc, want_rc, expected),
                  "".join(difflib.unified_diff(want.splitlines(True), out.splitlines(True),
                                               "expected", "got")) + err)

    rc, out, err = run([pc, "show", "fixture-good.elf", "--backend", "fixture-empty"], cwd=tools)
    sec.check(rc == 2 and err == "patchcheck: fixture-good.elf: backend fixture-empty has no ops "
              "table, so it has nothing to patch with (the kernel panics if it is ever "
              "chosen)\n", "show --backend with a backend that has no table", err)
    rc, out, err = run([pc, "show", "fixture-good.elf", "--backend", "bogus"], cwd=tools)
    sec.check(rc == 2 and err == "patchcheck: fixture-good.elf: no backend 'bogus' is built in "
              "(built in: fixture-empty, fixture)\n", "show --backend with an unknown name", err)

    with open(os.path.join(tools, "fixture-good.elf"), "rb") as f:
        good = f.read()
    shdrs = elf_sections(good)
    os.makedirs(os.path.join(tools, "malformed"), exist_ok=True)
    expected = read_expected("malformed.expected").split("\n")
    for name, mutate in MALFORMED:
        path = os.path.join("malformed", name)
        bad = mutate(good, shdrs)
        with open(os.path.join(tools, path), "wb") as f:
            f.write(bad)
        want = [malformed_message(line, good, bad, shdrs) for line in expected
                if line.startswith("patchcheck: %s: " % path)]
        for cmd in (["verify", path], ["show", path, "--backend", "fixture"]):
            rc, out, err = run([pc] + cmd, cwd=tools)
            sec.check(rc == 2 and not out and len(want) == 1 and err == want[0] + "\n",
                      "%s: a malformed image (%s) gets exit 2 and its one message"
                      % (" ".join(cmd), name), "exit %d\n%s%s" % (rc, out, err))
    for name, mutate in NO_CODE:
        path = os.path.join("malformed", name)
        with open(os.path.join(tools, path), "wb") as f:
            f.write(mutate(good, shdrs))
        rc, out, err = run([pc, "verify", path], cwd=tools)
        want = read_expected(name + ".verify.expected")
        sec.check(rc == 1 and out == want and not err,
                  "verify %s: exit 1 and tests/tools/%s.verify.expected" % (name, name),
                  "exit %d\n" % rc + "".join(difflib.unified_diff(
                      want.splitlines(True), out.splitlines(True), "expected", "got")) + err)
    check_patchcheck_files(pc, tools, sec)
    sec.close()


# Files that are no image at all, and what they must cost: a FIFO must not be
# opened (that waits for a writer), a huge file must be judged by its magic.
HUGE_FILE_BYTES = 1 << 30
HUGE_FILE_MEMORY = 256 << 20   # address space patchcheck may use on it
FILE_CHECK_SECONDS = 30        # generous on a loaded machine; the check takes milliseconds


def check_patchcheck_files(pc, tools, sec):
    import resource
    folder = os.path.join(tools, "malformed")
    fifo, huge = os.path.join(folder, "fifo"), os.path.join(folder, "zeros-1g")
    for path in (fifo, huge):
        if os.path.lexists(path):
            os.unlink(path)
    os.mkfifo(fifo)
    with open(huge, "wb") as f:
        f.truncate(HUGE_FILE_BYTES)       # sparse: costs no disk
    cases = [
        ("fifo", fifo, "patchcheck: %s: a FIFO, not a regular file; give the linked kernel, "
         "e.g. build/pvops.elf\n" % fifo),
        ("zeros-1g", huge, "patchcheck: %s: not an ELF file (it starts with '00 00 00 00'); "
         "give the linked kernel, e.g. build/pvops.elf\n" % huge),
    ]

    def limit():
        resource.setrlimit(resource.RLIMIT_AS, (HUGE_FILE_MEMORY, HUGE_FILE_MEMORY))

    for name, path, want in cases:
        try:
            proc = subprocess.run([pc, "verify", path], stdout=subprocess.PIPE,
                                  stderr=subprocess.PIPE, preexec_fn=limit,
                                  timeout=FILE_CHECK_SECONDS)
            rc, out, err = proc.returncode, proc.stdout.decode(), proc.stderr.decode()
        except subprocess.TimeoutExpired:
            rc, out, err = None, "", "no answer in %d s\n" % FILE_CHECK_SECONDS
        sec.check(rc == 2 and not out and err == want,
                  "verify %s: exit 2 and one message, within %d s and %d MiB"
                  % (name, FILE_CHECK_SECONDS, HUGE_FILE_MEMORY >> 20),
                  "exit %s\n%s%s" % (rc, out, err))
    os.unlink(huge)


def check_reports(objtree, config, envs, tally, log_dir):
    """What patchcheck says each backend's boot does, against what the boot printed."""
    if "PVOPS" not in config or not envs:
        return
    sec = Section(tally, "report-vs-boot", log_dir)
    pc = os.path.join(objtree, "tools", "patchcheck")
    for env in envs:
        log = os.path.join(log_dir, "%s-all.log" % env.name)
        with open(log, errors="replace") as f:
            booted = sorted(set(line.strip() for line in f
                                if line.startswith(("pvops: site ", "pvops: patched "))))
        rc, out, err = run([pc, "show", os.path.join(objtree, "pvops.elf"), "--backend",
                            env.backend, "--report"])
        host = sorted(set(out.splitlines()))
        sec.check(rc == 0 and booted and host == booted,
                  "patchcheck show --backend %s --report equals pvops.report of %s"
                  % (env.backend, log),
                  "".join(difflib.unified_diff([b + "\n" for b in booted],
                                               [h + "\n" for h in host], "boot", "patchcheck"))
                  + err)
    sec.close()


# What the fuzz run must reach, as a share of the edges libFuzzer instruments
# in each file (-print_coverage). The seeds made from this build (both
# fixtures and the image) reach about a third of each on their own, before
# any mutation, so the floors hold however short or loaded the run is; a
# corpus the parser rejects up front reaches under 1%, and one without the
# corrupted fixture leaves verify.c near a quarter: both fail.
FUZZ_FLOORS = {"tools/patchcheck/verify.c": 0.30, "pvops/core/patch.c": 0.25}


def fuzz_seeds(objtree, folder):
    """Seeds from the current build: the fixtures, and the image without its
    DWARF (which would make every run slow) but with its symbols and sites."""
    if os.path.exists(folder):
        shutil.rmtree(folder)
    os.makedirs(folder)
    tools = os.path.join(objtree, "tools")
    for name in ("fixture-good.elf", "fixture-bad.elf"):
        shutil.copy(os.path.join(tools, name), folder)
    with open(os.path.join(tools, "fixture-good.elf"), "rb") as f:
        good = f.read()
    for name, mutate in NO_CODE:
        with open(os.path.join(folder, name), "wb") as f:
            f.write(mutate(good, elf_sections(good)))
    subprocess.run(["objcopy", "--strip-debug", os.path.join(objtree, "pvops.elf"),
                    os.path.join(folder, "image-nodebug.elf")], check=True)
    return max(os.path.getsize(os.path.join(folder, f)) for f in os.listdir(folder))


def fuzz_coverage(err):
    """Covered and total edges per source file, from libFuzzer's -print_coverage lines
    ("COVERED_FUNC: hits: N edges: C/T function file:line")."""
    edges = {}
    for line in err.splitlines():
        parts = line.split()
        if len(parts) < 7 or parts[0] not in ("COVERED_FUNC:", "UNCOVERED_FUNC:"):
            continue
        covered, total = (int(x) for x in parts[4].split("/"))
        path = os.path.relpath(parts[6].rsplit(":", 1)[0], SRCTREE)
        got = edges.setdefault(path, [0, 0])
        got[0] += covered
        got[1] += total
    return edges


def check_fuzz(objtree, seconds, tally, log_dir):
    sec = Section(tally, "fuzz", log_dir)
    fuzz_dir = os.path.join(objtree, "fuzz")
    corpus, seeds = os.path.join(fuzz_dir, "corpus"), os.path.join(fuzz_dir, "seeds")
    os.makedirs(corpus, exist_ok=True)
    max_len = fuzz_seeds(objtree, seeds)
    rc, out, err = run([os.path.join(objtree, "tools", "patchcheck-fuzz"),
                        "-max_total_time=%d" % seconds, "-timeout=30", "-max_len=%d" % max_len,
                        "-print_final_stats=1", "-print_coverage=1",
                        "-artifact_prefix=%s/" % fuzz_dir, corpus, seeds],
                       timeout=seconds + 600)
    runs = [line for line in err.splitlines() if line.startswith("stat::number_of_executed_units")]
    crash_log = "\n".join(l for l in err.splitlines() if "_FUNC:" not in l and "_PC:" not in l)
    sec.check(rc == 0 and bool(runs), "libFuzzer on patchcheck for %d s from seeds made by "
              "this build (%s); crashes are kept in %s"
              % (seconds, runs[0].split(":")[-1].strip() + " runs" if runs else "no runs",
                 fuzz_dir), crash_log[-4000:])
    edges = fuzz_coverage(err)
    for path, floor in FUZZ_FLOORS.items():
        covered, total = edges.get(path, (0, 0))
        share = covered / total if total else 0.0
        sec.check(share >= floor, "the fuzz run reached %d of %d edges (%.0f%%) in %s; the "
                  "floor is %.0f%%" % (covered, total, 100 * share, path, 100 * floor),
                  "per-file coverage: %s" % sorted(edges.items()))
    sec.close()


def check_sparse(objtree, tally, log_dir):
    sec = Section(tally, "sparse", log_dir)
    make = ["make", "--no-print-directory", "-s", "O=" + objtree]
    rc, out, err = run(make + ["sparse"])
    per_file, current = {}, None
    for line in (out + err).splitlines():
        if line.startswith("  CHECK   "):
            current = line.split()[-1]
            per_file[current] = []
        elif current and line.strip():
            per_file[current].append(line)
    for f, diags in per_file.items():
        sec.check(not diags, "sparse: no warnings in %s" % f, "\n".join(diags))
    sec.check(rc == 0 and per_file, "make sparse exits 0 over %d files" % len(per_file), err)

    bad = "tests/sparse/pfn_mix.c"
    rc, out, err = run(make + ["sparse", "SPARSE_SRCS=" + bad])
    flagged = sorted(int(line.split(":")[1]) for line in err.splitlines()
                     if line.startswith(bad + ":") and (": error: " in line or ": warning: " in line))
    with open(os.path.join(SRCTREE, bad)) as f:
        marked = [i + 1 for i, line in enumerate(f) if "/* reported" in line]
    sec.check(rc != 0 and flagged == marked,
              "sparse catches pfn/mfn mix-ups in %s: one diagnostic on each marked line" % bad,
              "exit %d; diagnostics on lines %s, marked lines %s\n%s" % (rc, flagged, marked, err))
    sec.close()


def check_coccinelle(tally, log_dir):
    sec = Section(tally, "coccicheck", log_dir)
    make = ["make", "--no-print-directory", "-s"]
    rules = sorted(f for f in os.listdir(os.path.join(SRCTREE, "scripts", "coccinelle"))
                   if f.endswith(".cocci"))
    for rule in rules:
        cocci = "COCCI=scripts/coccinelle/" + rule
        rc, out, err = run(make + ["coccicheck", cocci])
        sec.check(rc == 0 and not out, "%s: no reports on the tree" % rule, out + err)
        example = "tests/coccinelle/%s.c" % rule[:-len(".cocci")]
        with open(os.path.join(SRCTREE, example)) as f:
            want = [i + 1 for i, line in enumerate(f) if "/* reported" in line]
        rc, out, err = run(make + ["coccicheck", cocci, "M=" + example])
        got = sorted(int(line.split(":")[1]) for line in out.splitlines()
                     if line.startswith(example + ":"))
        sec.check(rc != 0 and want and got == want and len(got) == len(out.splitlines()),
                  "%s fires on exactly the marked lines of %s (%s)" % (rule, example, want),
                  out + err)
    sec.close()


# --- the KTAP parser on logs that must fail (tests/ktap) --------------------------
def check_ktap_fixtures(tally, log_dir):
    """Each tests/ktap/*.ktap gets exactly the errors tests/ktap/expected lists for it."""
    sec = Section(tally, "ktap-parser", log_dir)
    folder = os.path.join(SRCTREE, "tests", "ktap")
    want = {}
    with open(os.path.join(folder, "expected")) as f:
        for line in f.read().splitlines():
            name, error = line.split(": ", 1)
            want.setdefault(name, []).append(error)
    names = sorted(n for n in os.listdir(folder) if n.endswith(".ktap"))
    sec.check(set(want) <= set(names) and len(names) > len(want),
              "tests/ktap/expected names only existing files, and a clean file exists",
              "files %s, expected for %s" % (names, sorted(want)))
    for name in names:
        with open(os.path.join(folder, name)) as f:
            rep = ktap.parse(f.read().splitlines())
        expected = want.get(name, [])
        sec.check(rep.errors == expected and (expected or rep.passed),
                  "%s: %s" % (name, "; ".join(expected) or "parses clean"),
                  "got errors %s, %d passed" % (rep.errors, rep.passed))
    sec.close()


# --- command lines scripts/boot must refuse before booting -----------------------
BAD_ARGS = [
    (b"ktest=boot \xff", "byte 0xff at offset 11 is not printable ASCII"),
    (b"ktest=boot \x01", "byte 0x01 at offset 11 is not printable ASCII"),
    (b"ktest=" + b"a" * 1100, "1106 bytes is longer than the 1023 the kernel keeps"),
]


def check_boot_refusals(objtree, tally, log_dir):
    """Each of BAD_ARGS gets exit status 1 and one line from scripts/boot, and no boot; and
    environments.boot() itself, handed an argument that is not UTF-8, says so and runs
    nothing."""
    sec = Section(tally, "boot-args", log_dir)
    bad = b"ktest=boot \xff".decode("utf-8", "surrogateescape")
    log = os.path.join(log_dir, "boot-args-not-utf8.log")
    try:
        r = environments.boot(["/bin/false", bad], 10, log)
        got = "%s: %s" % (r.status, r.why)
    except Exception as e:  # what the check is for: no traceback
        r, got = None, "%s: %s" % (type(e).__name__, e)
    want = "crash: not booted: argument 1: byte 0xff at offset 11 is not UTF-8"
    sec.check(r is not None and got.startswith(want) and r.exit_code == -1,
              "environments.boot() refuses an argument that is not UTF-8: %s" % want, got)
    for args, want in BAD_ARGS:
        proc = subprocess.run([sys.executable, os.path.join(SRCTREE, "scripts", "boot"),
                               "--objtree", objtree, "--", args], stdout=subprocess.PIPE,
                              stderr=subprocess.PIPE, stdin=subprocess.DEVNULL, timeout=60)
        err = proc.stderr.decode("utf-8", "replace")
        sec.check(proc.returncode == 1 and not proc.stdout and err.count("\n") == 1
                  and err.startswith("scripts/boot: ARGS refused: " + want),
                  "scripts/boot refuses %r with one line: %s" % (args[:24], want),
                  "exit %d\n%s%s" % (proc.returncode, proc.stdout.decode("utf-8", "replace"),
                                      err))
    sec.close()


def judged_lines(nonce):
    """Console lines of each kind boot() and guest_result() read, some of them forged the way
    a user process (behind the kernel's tag) or a guest (behind /init's "| ") prints them."""
    own = environments.dom0_prefix(nonce)
    forged = ["p[1]: " + environments.VERDICT_PASS, "p[1]: " + environments.XEN_POWEROFF_LINE]
    guest = ["%s==== guest g console begin" % own] + ["| " + l for l in forged + [
        "pvops-dom0[%s]: ==== guest g console end" % ("0" * len(nonce)),
        "pvops-dom0: guest g: end: xl status 0, shutdown reason 0",
        environments.VERDICT_PASS]]
    return forged, guest


# (what, channel: exit port / Xen's lines, console, exit status, the status and start of why).
EXIT, XEN_PORT, XEN_RECORD = (environments.Channel(True, False), environments.Channel(True, True),
                              environments.Channel(False, True))
V_PASS, V_FAIL = environments.VERDICT_PASS, environments.VERDICT_FAIL
HALTED, CRASHED = environments.XEN_POWEROFF_LINE, environments.XEN_DOM0_CRASH_LINE + "'noreboot'"


def judge_cases(forged):
    return [
        ("forged lines, exit 35", EXIT, forged + [V_FAIL], 35, "fail", "kernel reported"),
        ("forged lines under Xen, exit 35", XEN_PORT, forged + [V_FAIL], 35, "fail", "kernel"),
        ("exit 33 and a FAIL line", EXIT, [V_FAIL], 33, "crash",
         "QEMU's exit status 33 says PASS, but the console's verdict line is "
         "'pvops: verdict: FAIL': they disagree"),
        ("exit 35 and a PASS line", EXIT, [V_PASS], 35, "crash",
         "QEMU's exit status 35 says FAIL, but the console's verdict line is "
         "'pvops: verdict: PASS'"),
        ("exit 33, no verdict line", EXIT, [], 33, "crash", "QEMU's exit status 33 says PASS, "
         "but the console's verdict line is missing"),
        ("Xen's line that dom0 halted, read natively", EXIT, [V_PASS, HALTED], 35, "crash",
         "QEMU's exit status 35 says FAIL"),
        ("Xen halted the machine where the port is", XEN_PORT, [V_PASS, HALTED], -9, "crash",
         "Xen halted the machine (dom0 powered off), but nothing wrote the exit port"),
        ("no port: Xen halted after PASS", XEN_RECORD, [V_PASS, HALTED], -9, "pass", ""),
        ("no port: Xen's crash after FAIL", XEN_RECORD, [V_FAIL, CRASHED], -9, "fail", "kernel"),
        ("no port: forged lines and Xen's crash", XEN_RECORD, forged + [V_FAIL, CRASHED], -9,
         "fail", "kernel reported failures (Xen: dom0 shut down as crashed)"),
        ("no port: forged lines, no record", XEN_RECORD, forged, -9, "crash",
         "no shutdown record from Xen"),
        ("no port: Xen halted after FAIL", XEN_RECORD, [V_FAIL, HALTED], -9, "crash",
         "Xen's record says dom0 powered off (PASS), but the console's verdict line is "
         "'pvops: verdict: FAIL'"),
        ("no port: Xen's crash after PASS", XEN_RECORD, [V_PASS, CRASHED], -9, "crash",
         "Xen's record says dom0 crashed (FAIL)"),
    ]


def check_verdict_judges(tally, log_dir):
    """environments.judge() and guest_result() on consoles made up to probe each rule: forged
    lines never pass a run, and a verdict line that disagrees with the out-of-band verdict
    fails it, naming both."""
    sec = Section(tally, "verdict-judges", log_dir)
    nonce = environments.new_nonce()
    forged, guest = judged_lines(nonce)
    for what, channel, lines, code, status, why in judge_cases(forged):
        got = environments.judge(lines, code, None, channel)
        sec.check(got[0] == status and got[1].startswith(why),
                  "%s: %s%s" % (what, status, ": " + why if why else ""), "got %s: %s" % got)
    own = environments.dom0_prefix(nonce)
    end = ["%s==== guest g console end" % own]
    for what, lines, status, why in [
            ("guest: forged end lines, xl says crash", guest + ["| " + V_FAIL] + end +
             [own + "guest g: end: xl status 0, shutdown reason 3"], "fail", "kernel"),
            ("guest: xl says poweroff, its verdict FAIL", guest + ["| " + V_FAIL] + end +
             [own + "guest g: end: xl status 0, shutdown reason 0"], "crash",
             "xl's report says shutdown reason 0 (poweroff), but the console's verdict line "
             "is 'pvops: verdict: FAIL'"),
            ("guest: no end line with this boot's nonce", guest + end, "crash",
             "dom0: no end reported for guest")]:
        r = environments.guest_result("g", lines, 0, nonce)
        sec.check(r.status == status and r.why.startswith(why),
                  "%s: %s: %s" % (what, status, why), "got %s: %s" % (r.status, r.why))
    sec.close()


def run_static_checks(args, config, tally, log_dir):
    check_patchcheck(args.objtree, config, tally, log_dir)
    check_verdict_judges(tally, log_dir)
    check_ktap_fixtures(tally, log_dir)
    check_boot_refusals(args.objtree, tally, log_dir)
    check_sparse(args.objtree, tally, log_dir)
    check_coccinelle(tally, log_dir)
    referees.check_checkpatch(Section(tally, "checkpatch", log_dir))
    referees.check_runner_names(Section(tally, "runner-names", log_dir), environments)
    bench_refusals.check_bench_refusals(Section(tally, "bench-judges", log_dir), args.objtree)
    if args.fuzz_seconds:
        check_fuzz(args.objtree, args.fuzz_seconds, tally, log_dir)
