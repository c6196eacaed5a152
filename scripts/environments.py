# SPDX-License-Identifier: GPL-2.0
"""The test environments, read from the backends' data, and how to boot one.

An environment is a way to boot the same image. Each backend declares its
own in pvops/backends/<name>/environments.toml: a name, a loader kind,
memory, timeout, the backend detection must choose, the boot protocol, the
config symbol the image needs, what pvops.report must show, and so on
(docs/backends.md lists the keys). This file knows loaders, not backends:
`qemu-kernel` is QEMU's -kernel loader taking the PVH entry on emulated
hardware; `xen-dom0` is the Debian Xen 4.17 hypervisor under QEMU, with the
image as its PV dom0; `xen-domu` is the same hypervisor with Debian's Linux
as dom0 and the image as one or more guests that dom0's `xl create` builds
(scripts/dom0_initramfs.py, scripts/dom0-init), all of them in one boot. All
use software emulation (no KVM here) and an isa-debug-exit device, through
which the kernel (for domU: dom0's /init) reports its verdict as QEMU's exit
status. A domU cannot reach that port: its verdict is the shutdown reason xl
reports, poweroff for a pass, crash for a failure or a panic (the console
tells those apart), and its console is what xenconsoled logged, which /init
prints between delimiter lines once the guest is gone; split_guests() cuts
one boot's console into each guest's result. A data file with a missing, unknown or mistyped key is
refused with its name, before anything boots. A backend may also declare
refusals: how it must refuse when forced where it cannot run.

boot() runs one boot with a timeout, writes the whole console to a log and
classifies the ending. The verdict comes out of band, through a channel no
text the kernel or a user process prints can write (Channel): QEMU's exit
status, which only the isa-debug-exit port sets (on emulated bare hardware,
and under Xen where QEMU has the port); without the port, Xen's own record
of dom0's shutdown, the line Xen prints when dom0 powers off or crashes. Xen writes a
dom0's console_io text to the serial line raw, with no prefix of its own, so
a line is Xen's only if it starts with "(XEN) " - and the kernel frames a
process's console text so that none of it can start a line (printk_framed()).
The verdict line the kernel prints adds detail: it must agree with the
out-of-band verdict, and a disagreement fails the run, naming both. A Xen
crash line ends a run early as a crash (a crashed dom0 would otherwise sit
until the timeout); text can only ever make a run fail. Anything without a
verdict is a crash, and running out of time is a timeout. A boot that is
meant never to finish names the line after which the kernel must fall
silent: seen that, it ends `stopped` once the console has stayed quiet for a
while, and a verdict or anything else the kernel prints instead is the
failure the caller looks for.

A domU's verdict is the shutdown reason xl reports to dom0's /init. /init
marks every line of its own with a nonce made for that boot (new_nonce()),
which no guest ever sees, and prints each guest's console with every line
behind GUEST_LINE_PREFIX: a guest can neither end its console early nor
report its own end, and none of its lines can pass for Xen's.
"""
import os
import secrets
import selectors
import signal
import subprocess
import sys
import time
import tomllib
from dataclasses import dataclass, field

CACHE = os.environ.get("PVOPS_CACHE", os.path.join(os.environ.get("HOME", "/root"),
                                                   ".cache", "pvops"))

QEMU_BASE = ["qemu-system-x86_64",
             "-display", "none", "-monitor", "none", "-serial", "stdio", "-no-reboot"]
# The port through which the kernel reports its verdict as QEMU's exit status; a boot
# without it must end another way (a Xen guest's SCHEDOP_shutdown, below).
DEBUG_EXIT = ["-device", "isa-debug-exit,iobase=0xf4,iosize=0x04"]

# Extra QEMU arguments for benchmarks: the guest TSC then counts guest instructions
# (one per virtual nanosecond), Xen's included. sleep=off makes an idle CPU jump to
# its next timer instead of waiting in host time, which would make runs differ.
ICOUNT = ["-icount", "shift=0,sleep=off"]

EXIT_PASS, EXIT_FAIL, EXIT_TRAP = 33, 35, 37
EXIT_MEANS = {EXIT_PASS: "PASS", EXIT_FAIL: "FAIL", EXIT_TRAP: "panic"}
VERDICT_PREFIX = "pvops: verdict:"
VERDICT_PASS = VERDICT_PREFIX + " PASS"
VERDICT_FAIL = VERDICT_PREFIX + " FAIL"


def verdict_said(lines):
    """The last verdict line's PASS or FAIL as VERDICT_PASS/VERDICT_FAIL, without the backend
    the kernel names after it ("... PASS on backend NAME"), or None."""
    verdicts = [l for l in lines if l.startswith(VERDICT_PREFIX)]
    if not verdicts:
        return None
    words = verdicts[-1][len(VERDICT_PREFIX):].split()
    return "%s %s" % (VERDICT_PREFIX, words[0]) if words else verdicts[-1]
# How each of Xen's own console lines starts (printk's CONSOLE_PREFIX); a dom0's
# console_io text gets no prefix at all.
XEN_PREFIX = "(XEN) "
# Seen when Xen kills dom0 or itself dies; no verdict can follow.
XEN_DOM0_CRASH_MARKER = "Hardware Dom0 crashed"
XEN_CRASH_MARKERS = (XEN_DOM0_CRASH_MARKER, "Domain 0 crashed", "Panic on CPU",
                     "Dom0 shutdown: rebooting")
# Xen's word that dom0 asked for SHUTDOWN_poweroff (or took its last vCPU down): the
# machine halts and QEMU never exits. Without isa-debug-exit, Xen's record is the verdict:
# poweroff passes and SHUTDOWN_crash ("Hardware Dom0 crashed: ...") fails, each only if
# the kernel's verdict line agrees; anything else is a crash.
XEN_POWEROFF_MARKER = "Hardware Dom0 halted"
XEN_POWEROFF_LINE = XEN_PREFIX + XEN_POWEROFF_MARKER + ": halting machine"
XEN_DOM0_CRASH_LINE = XEN_PREFIX + XEN_DOM0_CRASH_MARKER + ": "


SRCTREE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BACKENDS = os.path.join(SRCTREE, "pvops", "backends")
DATA_FILE = "environments.toml"


def qemu_machine(env, debug_exit):
    """The emulated CPU and board, and the devices an environment adds to QEMU_BASE's."""
    return ["-cpu", env.cpu] + (DEBUG_EXIT if debug_exit else []) + ["-machine", env.machine] + \
        [a for d in env.devices for a in ("-device", d)] + qemu_cpus(env)


def qemu_cpus(env):
    """The CPU count; several run on TCG's multi-threaded emulator, one host thread per
    vCPU, while one keeps QEMU's default accelerator."""
    if env.cpus == 1:
        return ["-smp", "1"]
    return ["-smp", str(env.cpus), "-accel", "tcg,thread=multi"]


def qemu_kernel(env, image, args, extra_qemu, debug_exit):
    return QEMU_BASE + qemu_machine(env, debug_exit) + ["-m", str(env.mem_mib), *extra_qemu,
                                                        "-kernel", image, "-append", args]


def xen_dom0(env, image, args, extra_qemu, debug_exit):
    return QEMU_BASE + qemu_machine(env, debug_exit) + [
                        "-m", str(env.machine_mem_mib), *extra_qemu,
                        "-kernel", env.hypervisor_path(),
                        "-append", env.hypervisor_cmdline.format(mem_mib=env.mem_mib),
                        # QEMU splits -initrd at commas; ",," is a literal one.
                        "-initrd", ("%s %s" % (image, args)).replace(",", ",,")]


# What dom0's /init prints (scripts/dom0-init): every line of its own starts so, with
# the boot's nonce, and every line of a guest's console with GUEST_LINE_PREFIX.
DOM0_NAME = "pvops-dom0"
GUEST_LINE_PREFIX = "| "
NONCE_BYTES = 16


def new_nonce():
    """A fresh mark for one dom0 boot's /init lines: random, so no guest can know it."""
    return secrets.token_hex(NONCE_BYTES)


def dom0_prefix(nonce):
    return "%s[%s]: " % (DOM0_NAME, nonce)


# The name `make run` gives its one guest.
RUN_GUEST = "pvops"


def guest_config(env, name, args):
    """An xl.cfg for one guest of the image: what configs/xl/ documents, with every
    shutdown reason ending the domain so that xl -F returns and reports it."""
    return "\n".join([
        'name = "%s"' % name, 'type = "%s"' % env.guest_type,
        'kernel = "/guests/pvops.elf"', "memory = %d" % env.mem_mib, "vcpus = 1",
        'extra = "%s"' % args.replace("\\", "\\\\").replace('"', '\\"'),
        'on_poweroff = "destroy"', 'on_reboot = "destroy"', 'on_crash = "destroy"', ""])


def domu_guests(env, image, guests):
    """[(name, args, action, when, extra xl.cfg lines, its environment or None for env)]
    -> the guest entries scripts/dom0_initramfs.py takes."""
    with open(image, "rb") as f:
        data = f.read()
    out = []
    for i, (name, args, action, when, extra, genv) in enumerate(guests):
        genv = genv or env
        cfg = guest_config(genv, name, args) + (extra + "\n" if extra else "")
        files = {name + ".cfg": cfg.encode()}
        if i == 0:
            files["pvops.elf"] = data
        if when:
            files[name + ".when"] = (when + "\n").encode()
        out.append({"name": name, "timeout": int(genv.timeout), "action": action,
                    "files": files})
    return out


def xen_domu(env, image, args, extra_qemu, debug_exit=True, guests=None, nonce=None):
    """One dom0 boot running the guests (domu_guests()) in turn, or, without
    guests, one guest named RUN_GUEST with args (make run); /init marks its
    lines with nonce (new_nonce())."""
    import dom0_initramfs
    if not nonce:
        raise ValueError("a dom0 boot needs the nonce its /init marks its lines with")
    guests = guests or [(RUN_GUEST, args, "run", "", "", env)]
    objdir = os.path.join(os.path.dirname(os.path.abspath(image)), "dom0")
    os.makedirs(objdir, exist_ok=True)
    initrd = os.path.join(objdir, "%s-initrd.cpio" % env.name)
    dom0_initramfs.initramfs(os.path.join(CACHE, env.dom0), objdir,
                             domu_guests(env, image, guests), initrd, nonce)
    modules = "%s %s,%s" % (os.path.join(CACHE, env.dom0, "vmlinuz"), env.dom0_cmdline, initrd)
    # dom0's /init always leaves through the port: a guest never reaches it.
    return QEMU_BASE + qemu_machine(env, True) + [
        "-m", str(env.machine_mem_mib), *extra_qemu, "-kernel", env.hypervisor_path(),
        "-append", env.hypervisor_cmdline.format(mem_mib=env.dom0_mem_mib), "-initrd", modules]


@dataclass(frozen=True)
class Loader:
    command: object        # (env, image, args, extra_qemu, debug_exit) -> argv
    # Console lines of the loader's own, which may follow a kernel that has stopped.
    own_prefix: str = ""
    keys: tuple = ()       # data keys only this loader reads
    # Whether the loader reports a guest's SCHEDOP_shutdown on its console (Xen's dom0
    # messages), so a boot without isa-debug-exit still ends with a status.
    reports_shutdown: bool = False
    # Runs many command lines as guests of one boot (command(..., guests=[...])).
    guests: bool = False
    # Its console carries Xen's own lines: a crash of dom0 or Xen ends the boot early.
    xen_console: bool = False


DOMU_KEYS = ("machine_mem_mib", "hypervisor", "hypervisor_cmdline", "dom0", "dom0_cmdline",
             "dom0_mem_mib", "guest_type")
LOADERS = {
    "qemu-kernel": Loader(qemu_kernel),
    "xen-dom0": Loader(xen_dom0, "(XEN)",
                       ("machine_mem_mib", "hypervisor", "hypervisor_cmdline"), True,
                       xen_console=True),
    "xen-domu": Loader(xen_domu, "(XEN)", DOMU_KEYS, guests=True, xen_console=True),
}


@dataclass(frozen=True)
class Channel:
    """Where a boot's verdict comes from, out of band of all console text."""
    exit_port: bool        # QEMU's exit status, set through isa-debug-exit
    xen_console: bool      # Xen's own lines: its record of dom0's shutdown, its crashes

    def describe(self):
        return "QEMU's exit status" if self.exit_port else "Xen's record of dom0's shutdown"


# What a boot is judged by unless its caller says otherwise: the port alone.
EXIT_STATUS = Channel(exit_port=True, xen_console=False)

# Every environment's keys, and the type each must have.
REQUIRED = {"name": str, "loader": str, "backend": str, "protocol": str, "mem_mib": int,
            "timeout": int, "config_symbol": str, "debug_entry": str, "report_lines": list}
OPTIONAL = {"machine_mem_mib": int, "hypervisor": str, "hypervisor_cmdline": str,
            "dom0": str, "dom0_cmdline": str, "dom0_mem_mib": int, "guest_type": str,
            "machine": str, "cpu": str, "devices": list, "debug_backend_break": str,
            "bench": dict, "masked_halt_powers_off": bool, "panic_variants": list,
            "forced": bool, "cpus": int}
# Keys every loader reads, optional with a default.
COMMON_OPTIONAL = {"machine", "cpu", "devices", "debug_backend_break", "bench",
                   "masked_halt_powers_off", "panic_variants", "forced", "cpus"}
# A boot of the backend's own that must end in the kernel's panic with that line's start.
PANIC_VARIANT_KEYS = {"name": str, "args": str, "panic": str}
BENCH_KEYS = {"baseline": bool, "irq_inline_max_instructions": int,
              "context_switch_hypercalls": int, "lazy_pte_hypercalls": int,
              "floor_op": str, "max_over_hypercall_pct": int, "plain_hypercall": dict,
              "batch_floor": dict, "reference": dict,
              "ratio_from": str, "readme_tolerance": float, "max_instructions": dict,
              "near_env": str, "near_plus": int, "near_except": list}
REFUSAL_KEYS = {"variant": str, "backend": str, "config_symbol": str, "message": str}


@dataclass(frozen=True)
class Environment:
    name: str
    loader: str            # a LOADERS key
    backend: str           # the backend detection should choose (or every boot forces)
    protocol: str          # ktest.expect_protocol value
    mem_mib: int           # memory the loader gives the kernel
    timeout: float
    config_symbol: str     # the backend that must be built in
    debug_entry: str       # the backend's first C function, where `make debug` breaks
    report_lines: list     # console lines `pvops.report` must show in the full suite
    machine_mem_mib: int = 0
    hypervisor: str = ""   # the hypervisor image, relative to the cache scripts/deps fills
    hypervisor_cmdline: str = ""
    dom0: str = ""         # the dom0 folder under the cache (vmlinuz, root/)
    dom0_cmdline: str = ""  # dom0 Linux's command line
    dom0_mem_mib: int = 0  # dom0_mem, {mem_mib} in hypervisor_cmdline
    guest_type: str = ""   # xl.cfg's type: pv or pvh
    machine: str = "pc"    # QEMU's -machine: the board
    cpu: str = "max"       # QEMU's -cpu: the processor model and its features
    cpus: int = 1          # QEMU's -smp: more than one runs TCG multi-threaded
    devices: list = field(default_factory=list)  # QEMU -device values besides the exit port
    # Where gdb cannot read guest memory: a function only this backend runs (scripts/debug).
    debug_backend_break: str = ""
    bench: dict = field(default_factory=dict)
    panic_variants: list = field(default_factory=list)  # [{name, args, panic}] (run-tests)
    # Every boot names the backend with pvops.backend=: one detection never picks (a
    # second bare-metal backend beside a detected one) gets an environment all the same.
    forced: bool = False
    # A halt with interrupts off ends in the hypervisor's poweroff, not in silence.
    masked_halt_powers_off: bool = False
    source: str = ""       # the data file it came from

    def command(self, image, args, extra_qemu=(), debug_exit=True, guests=None, nonce=None):
        if self.forced:
            args = ("%s %s" % (self.forcing(), args)).strip()
        if self.runs_guests():
            return LOADERS[self.loader].command(self, image, args, extra_qemu, debug_exit,
                                                guests, nonce)
        return LOADERS[self.loader].command(self, image, args, extra_qemu, debug_exit)

    def channel(self, debug_exit=True):
        """What boot() judges this environment's boot by (a guest loader: the dom0 boot)."""
        loader = LOADERS[self.loader]
        return Channel(exit_port=debug_exit or loader.guests, xen_console=loader.xen_console)

    def reports_shutdown(self):
        return LOADERS[self.loader].reports_shutdown

    def forcing(self):
        """The word command() starts every boot of a forced environment with."""
        return "pvops.backend=%s" % self.backend if self.forced else ""

    def same_machine(self, other):
        """Whether other boots on the machine this one does, only its backend chosen
        otherwise (a forced environment beside the one detection picks)."""
        return (self.loader, self.hypervisor, self.machine, self.protocol, self.guest_type) == \
            (other.loader, other.hypervisor, other.machine, other.protocol, other.guest_type)

    def runs_guests(self):
        return LOADERS[self.loader].guests

    def dom0_boot(self):
        """What a dom0 boot is made of: guest environments that agree on it share one."""
        return (self.loader, self.hypervisor, self.hypervisor_cmdline, self.machine, self.cpu,
                self.cpus,
                tuple(self.devices), self.machine_mem_mib, self.dom0, self.dom0_cmdline,
                self.dom0_mem_mib)

    def boot_timeout(self, guests=1):
        """The whole boot's time: a guest environment's dom0 start plus each guest's."""
        if not self.runs_guests():
            return self.timeout
        return DOM0_START_SECONDS + guests * self.timeout

    def hypervisor_path(self):
        return os.path.join(CACHE, self.hypervisor) if self.hypervisor else ""

    def unavailable(self):
        """Why this machine cannot boot the environment, or None."""
        need = self.hypervisor_path()
        if need and not os.path.exists(need):
            return "no hypervisor at %s (run scripts/deps)" % need
        if self.dom0:
            vmlinuz = os.path.join(CACHE, self.dom0, "vmlinuz")
            if not os.path.exists(vmlinuz):
                return "no dom0 kernel at %s (run scripts/deps)" % vmlinuz
        return None

    def loader_line(self, line):
        """Whether a console line is the loader's own rather than the kernel's."""
        prefix = LOADERS[self.loader].own_prefix
        return bool(prefix) and line.startswith(prefix)


@dataclass(frozen=True)
class Refusal:
    variant: str           # the run's name
    backend: str           # forced with pvops.backend=
    config_symbol: str
    message: str           # what follows "pvops.backend=<backend>: refused: "
    source: str = ""


class DataError(Exception):
    pass


def check_keys(where, table, required, optional):
    """A table's keys against what a reader knows: missing, unknown, mistyped are errors."""
    if not isinstance(table, dict):
        raise DataError("%s: a table was expected" % where)
    for key, kind in required.items():
        if key not in table:
            raise DataError("%s: the key %r is missing" % (where, key))
    for key, value in table.items():
        kind = required.get(key, optional.get(key))
        if kind is None:
            raise DataError("%s: unknown key %r (known: %s)"
                            % (where, key, ", ".join(sorted({**required, **optional}))))
        if not isinstance(value, kind) or (kind is int and isinstance(value, bool)):
            raise DataError("%s: %r must be %s, not %r" % (where, key, kind.__name__, value))


def check_bench_tables(where, bench):
    """The [bench] sub-tables: op -> op (plain_hypercall), entries -> op (batch_floor), and a
    named, sourced reference of op -> instructions."""
    for key, ok, want in (
            ("plain_hypercall", lambda k, v: isinstance(v, str) and v, "op = \"own op\""),
            ("batch_floor", lambda k, v: k.isdigit() and int(k) > 0 and isinstance(v, str) and v,
             "entries = \"own op\" (entries a positive number)")):
        for k, v in bench.get(key, {}).items():
            if not ok(k, v):
                raise DataError("%s.%s: %s = %r: each line must be %s" % (where, key, k, v, want))
    if len(bench.get("batch_floor", {})) == 1:
        raise DataError("%s.batch_floor: needs two entry counts at least" % where)
    for k, v in bench.get("max_instructions", {}).items():
        if not isinstance(v, int) or isinstance(v, bool) or v <= 0:
            raise DataError("%s.max_instructions: %s = %r: an op's most is a positive number of "
                            "instructions" % (where, k, v))
    if not all(isinstance(op, str) and op for op in bench.get("near_except", [])):
        raise DataError("%s.near_except: op names, non-empty strings" % where)
    ref = bench.get("reference")
    if ref is not None:
        check_keys(where + ".reference", {k: v for k, v in ref.items() if k in ("name", "source")},
                   {"name": str, "source": str}, {})
        for k, v in ref.items():
            if k not in ("name", "source") and (not isinstance(v, int) or isinstance(v, bool)
                                                or v <= 0):
                raise DataError("%s.reference: %s = %r: an op's figure is a positive number of "
                                "instructions" % (where, k, v))


# Time for dom0 to boot and start the toolstack, on a loaded machine.
DOM0_START_SECONDS = 90


def environment(where, table):
    check_keys(where, table, REQUIRED, OPTIONAL)
    loader = LOADERS.get(table["loader"])
    if loader is None:
        raise DataError("%s: loader %r is none of %s"
                        % (where, table["loader"], ", ".join(sorted(LOADERS))))
    for key in loader.keys:
        if key not in table:
            raise DataError("%s: loader %s needs the key %r" % (where, table["loader"], key))
    for key in set(OPTIONAL) - COMMON_OPTIONAL - set(loader.keys):
        if key in table:
            raise DataError("%s: loader %s does not read %r" % (where, table["loader"], key))
    if table.get("forced") and loader.guests:
        raise DataError("%s: forced is for an environment booted directly; a guest's "
                        "command line is the guest list's" % where)
    check_keys(where + " [bench]", table.get("bench", {}), {}, BENCH_KEYS)
    check_bench_tables(where + " [bench]", table.get("bench", {}))
    for i, variant in enumerate(table.get("panic_variants", [])):
        check_keys("%s panic_variants %d" % (where, i), variant, PANIC_VARIANT_KEYS, {})
    if not all(isinstance(line, str) and line for line in table["report_lines"]):
        raise DataError("%s: report_lines must be non-empty strings" % where)
    if not all(isinstance(dev, str) and dev for dev in table.get("devices", [])):
        raise DataError("%s: devices must be non-empty strings (QEMU -device values)" % where)
    return Environment(source=where, **table)


def load(backends=BACKENDS):
    """{name: Environment} in backend-folder order, and the refusals, from every data file."""
    envs, refusals = {}, []
    for folder in sorted(os.listdir(backends)):
        path = os.path.join(backends, folder, DATA_FILE)
        if not os.path.isfile(path):
            continue
        where = os.path.relpath(path, SRCTREE)
        try:
            with open(path, "rb") as f:
                data = tomllib.load(f)
        except tomllib.TOMLDecodeError as e:
            raise DataError("%s: %s" % (where, e)) from None
        check_keys(where, data, {}, {"environment": list, "refusal": list})
        for i, table in enumerate(data.get("environment", [])):
            env = environment("%s: environment %d" % (where, i), table)
            if env.name in envs:
                raise DataError("%s: environment %s is also declared in %s"
                                % (where, env.name, envs[env.name].source))
            envs[env.name] = env
        for i, table in enumerate(data.get("refusal", [])):
            check_keys("%s: refusal %d" % (where, i), table, REFUSAL_KEYS, {})
            refusals.append(Refusal(source=where, **table))
    if not envs:
        raise DataError("no pvops/backends/*/%s declares an environment" % DATA_FILE)
    for env in envs.values():
        for key in ("ratio_from", "near_env"):
            other = env.bench.get(key)
            if other is not None and (other not in envs or other == env.name):
                raise DataError("%s [bench]: %s %r names no other environment (known: %s)"
                                % (env.source, key, other, ", ".join(sorted(envs))))
    return envs, refusals


try:
    ALL_ENVIRONMENTS, REFUSALS = load()
except DataError as e:
    sys.exit("scripts/environments.py: %s" % e)
# Where the image boots by itself on one CPU (benchmarks, make debug, the docs' quotes
# read these), and where it is one guest among several of a boot (make test and make run
# read both). An environment of several CPUs runs TCG multi-threaded, which -icount
# cannot, so it is tested (make test, make run) but not benchmarked or debugged.
ENVIRONMENTS = {n: e for n, e in ALL_ENVIRONMENTS.items()
                if not LOADERS[e.loader].guests and e.cpus == 1}
GUEST_ENVIRONMENTS = {n: e for n, e in ALL_ENVIRONMENTS.items() if LOADERS[e.loader].guests}


def other_backends(env):
    """Every other environment's backend and its config symbol, each once: forced here,
    each must refuse. One whose environment is this machine with another backend forced
    (or forcing none) runs here, so it is not among them."""
    out = []
    for o in ENVIRONMENTS.values():
        if o.backend != env.backend and (o.backend, o.config_symbol) not in out and \
                not ((o.forced or env.forced) and o.same_machine(env)):
            out.append((o.backend, o.config_symbol))
    return out



def with_role(section, key):
    """The environments whose [section] sets key (bench baseline, ...)."""
    return [e for e in ENVIRONMENTS.values() if getattr(e, section).get(key)]


# The kernel keeps COMMAND_LINE_SIZE (include/kernel/cmdline.h) bytes with the NUL.
COMMAND_LINE_SIZE = 1024
PRINTABLE = range(0x20, 0x7f)


def cmdline_problem(args):
    """Why args cannot be a kernel command line, or None. The kernel parses and
    echoes ASCII words, and QEMU, Xen and the logs would each treat other bytes
    their own way, so they are refused here, before anything boots. args is a
    str as Python decodes argv (undecodable bytes are surrogates)."""
    raw = args.encode("utf-8", "surrogateescape")
    for i, byte in enumerate(raw):
        if byte not in PRINTABLE:
            return ("byte %#04x at offset %d is not printable ASCII; the kernel command "
                    "line is printable ASCII words" % (byte, i))
    if len(raw) >= COMMAND_LINE_SIZE:
        return ("%d bytes is longer than the %d the kernel keeps (COMMAND_LINE_SIZE)"
                % (len(raw), COMMAND_LINE_SIZE - 1))
    return None


@dataclass
class BootResult:
    status: str            # "pass", "fail", "crash", "timeout", "stopped"
    exit_code: int
    seconds: float
    lines: list
    why: str


# How long a kernel that must have stopped has to stay silent: the event that would
# wake it by mistake is due within milliseconds, an emulator's worst day adds some.
STOP_QUIET_SECONDS = 2.0
# Why a stopped boot ended, when it was Xen that halted the machine after the marker.
STOPPED_BY_XEN = "Xen halted the machine after %r"


def xen_line(line):
    """Whether a console line is Xen's own: a dom0's console_io text has no prefix, and the
    kernel keeps a process's text from starting a line."""
    return line.startswith(XEN_PREFIX)


def xen_ends_run(line):
    """Whether a line is Xen saying that dom0 is gone: nothing of the kernel's can follow."""
    return xen_line(line) and (line == XEN_POWEROFF_LINE or
                               any(m in line for m in XEN_CRASH_MARKERS))


def argv_problem(cmd):
    """Why cmd cannot be run as given, or None: QEMU, Xen, the kernel and the log must all
    see each argument as the same UTF-8 text (an undecodable byte of a command line comes
    here as a surrogate)."""
    for i, arg in enumerate(cmd):
        try:
            arg.encode("utf-8")
        except UnicodeEncodeError as e:
            ch = ord(arg[e.start])
            what = ("byte %#04x" % (ch - 0xdc00) if 0xdc80 <= ch <= 0xdcff else
                    "character U+%04X" % ch)
            return "argument %d: %s at offset %d is not UTF-8" % (i, what, e.start)
    return None


def boot(cmd, timeout, log_path, stream=None, stop_marker=None, channel=EXIT_STATUS):
    """Boot once; write the console to log_path (and to stream, if given) and judge it by
    channel (Environment.channel()).

    With stop_marker, the run ends `stopped` STOP_QUIET_SECONDS after the first
    line containing it (or at once if Xen then halts the machine), unless the
    kernel has ended the run first. With channel.xen_console, Xen's own line that
    dom0 is gone (powered off, crashed) ends the run too."""
    os.makedirs(os.path.dirname(log_path) or ".", exist_ok=True)
    problem = argv_problem(cmd)
    if problem:
        with open(log_path, "w", errors="backslashreplace") as log:
            log.write("# not booted: %s\n" % problem)
        return BootResult("crash", -1, 0.0, [], "not booted: " + problem)
    start = time.monotonic()
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                            stdin=subprocess.DEVNULL, start_new_session=True)
    sel = selectors.DefaultSelector()
    sel.register(proc.stdout, selectors.EVENT_READ)
    lines, pending = [], b""
    timed_out = False
    quiet_until = None

    with open(log_path, "w", errors="backslashreplace") as log:
        log.write("# " + "".join(c if c.isprintable() else "\\x%02x" % ord(c)
                                 for c in " ".join(cmd)) + "\n")

        def emit(raw):
            text = raw.decode("utf-8", "replace").replace("\r", "")
            lines.append(text)
            log.write(text + "\n")
            if stream:
                stream.write(text + "\n")
                stream.flush()
            return text

        while True:
            if quiet_until is None and stop_marker and any(stop_marker in l for l in lines):
                quiet_until = time.monotonic() + STOP_QUIET_SECONDS
            if quiet_until is not None and time.monotonic() >= quiet_until:
                break
            left = timeout - (time.monotonic() - start)
            if left <= 0:
                timed_out = True
                break
            if not sel.select(min(left, 0.5)):
                if proc.poll() is not None:
                    break
                continue
            chunk = os.read(proc.stdout.fileno(), 65536)
            if not chunk:
                break
            pending += chunk
            *complete, pending = pending.split(b"\n")
            texts = [emit(c) for c in complete]
            if channel.xen_console and any(xen_ends_run(t) for t in texts):
                break
        if pending:
            emit(pending)
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGKILL)
        code = proc.wait()
        seconds = time.monotonic() - start
        log.write("# exit status %d after %.2f s%s\n"
                  % (code, seconds, " (timeout)" if timed_out else ""))
    status, why = judge(lines, code, timeout if timed_out else None, channel, stop_marker,
                        quiet_until is not None)
    with open(log_path, "a") as log:
        log.write("# judged by %s: %s%s\n" % (channel.describe(), status, ": " + why if why
                                               else ""))
    return BootResult(status, code, seconds, lines, why)


def judge(lines, code, timed_out_after, channel, stop_marker=None, quiet=False):
    """(status, why) of one boot: its console lines, QEMU's exit status, the timeout it ran
    out of (or None), its channel; stop_marker, and whether the console then went quiet."""
    said = verdict_said(lines)
    xens = [l for l in lines if channel.xen_console and xen_line(l)]
    halted = XEN_POWEROFF_LINE in xens
    crashed = [l for l in xens if any(m in l for m in XEN_CRASH_MARKERS)]
    marked = stop_marker and any(stop_marker in l for l in lines)
    if marked and not said and (quiet or halted) and code < 0:
        return ("stopped", STOPPED_BY_XEN % stop_marker if halted else
                "silent %.0f s after %r" % (STOP_QUIET_SECONDS, stop_marker))
    if timed_out_after is not None:
        return "timeout", "no exit within %d s" % timed_out_after
    if channel.exit_port:
        return judge_exit(code, said, halted, crashed)
    return judge_xen_record(said, halted, crashed, code)


def disagree(channel, oob, said):
    return ("%s says %s, but the console's verdict line is %s: they disagree"
            % (channel, oob, "%r" % said if said else "missing"))


def judge_exit(code, said, halted, crashed):
    """QEMU's exit status is the verdict; the verdict line must agree with it."""
    if crashed:
        return "crash", "Xen: %s" % crashed[0][len(XEN_PREFIX):]
    if halted:
        return "crash", ("Xen halted the machine (dom0 powered off), but nothing wrote the exit "
                         "port; the console's verdict line is %r" % said)
    if code == EXIT_TRAP:
        return "crash", "kernel panic or trap (status 37)"
    if code == EXIT_PASS and said == VERDICT_PASS:
        return "pass", ""
    if code == EXIT_FAIL and said == VERDICT_FAIL:
        return "fail", "kernel reported failures"
    if code in (EXIT_PASS, EXIT_FAIL):
        return "crash", disagree("QEMU's exit status %d" % code, EXIT_MEANS[code], said)
    return "crash", "exit status %d with verdict %r" % (code, said)


def judge_xen_record(said, halted, crashed, code):
    """No exit port: Xen's line that dom0 powered off or crashed is the verdict, and the
    verdict line must agree with it."""
    dom0_crashed = any(l.startswith(XEN_DOM0_CRASH_LINE) for l in crashed)
    if halted and said == VERDICT_PASS:
        return "pass", ""
    if dom0_crashed and said == VERDICT_FAIL:
        return "fail", "kernel reported failures (Xen: dom0 shut down as crashed)"
    if halted:
        return "crash", disagree("Xen's record", "dom0 powered off (PASS)", said)
    if dom0_crashed and said == VERDICT_PASS:
        return "crash", disagree("Xen's record", "dom0 crashed (FAIL)", said)
    if crashed:
        return "crash", "Xen: %s" % crashed[0][len(XEN_PREFIX):]
    return "crash", "no shutdown record from Xen (exit status %d, verdict %r)" % (code, said)


SHUTDOWN_REASONS = {"0": "poweroff", "1": "reboot", "3": "crash"}


def guest_panic_code():
    """A guest's panic, as split_guests() reports it: the crash shutdown reason."""
    return int(next(k for k, v in SHUTDOWN_REASONS.items() if v == "crash"))


def guest_console(name, lines, nonce):
    """(found, the guest's own console lines): what dom0's /init printed between its
    delimiters, each line without GUEST_LINE_PREFIX. Lines there without the prefix are
    not the guest's (dom0's kernel, Xen) and are left out."""
    own = dom0_prefix(nonce)
    begin = "%s==== guest %s console begin" % (own, name)
    end = "%s==== guest %s console end" % (own, name)
    if begin not in lines:
        return False, []
    start = lines.index(begin)
    stop = lines.index(end, start) if end in lines[start:] else len(lines)
    return True, [l[len(GUEST_LINE_PREFIX):] for l in lines[start + 1:stop]
                  if l.startswith(GUEST_LINE_PREFIX)]


def guest_result(name, lines, seconds, nonce):
    """One guest's BootResult, from the console of the dom0 boot that ran it.

    Its status follows the shutdown reason xl reported to /init (the lines marked with
    the boot's nonce) and the guest's own verdict line, which must agree: poweroff with
    PASS is a pass, crash with FAIL a fail; poweroff or reboot with no verdict is
    `poweroff` or `reboot` (the toolstack asked); anything else is a crash or a timeout
    naming the stage that failed: dom0's toolstack, xl create, the console log, the
    guest's timeout. exit_code is the shutdown reason's number, or -1."""
    prefix = dom0_prefix(nonce)
    own = "%sguest %s: " % (prefix, name)
    stage = [l for l in lines if l.startswith(prefix + "FAILED ")]
    found, guest = guest_console(name, lines, nonce)
    if not found:
        why = (stage[0][len(prefix):] if stage else
               "dom0 never ran it (last line: %r)" % (lines[-1] if lines else ""))
        return BootResult("crash", -1, seconds, [], "dom0: " + why)
    notes = [l[len(own):] for l in lines if l.startswith(own)]
    xl_prefix = prefix + "xl %s: " % name
    xl = [l[len(xl_prefix):] for l in lines if l.startswith(xl_prefix)]
    ends = [n for n in notes if n.startswith("end: ")]
    reason = ends[0].rsplit("shutdown reason ", 1)[-1] if ends else "none"
    failed = [n[len("FAILED "):] for n in notes if n.startswith("FAILED ")]
    last = verdict_said(guest)
    code = int(reason) if reason.isdigit() else -1
    if any(n.startswith("FAILED timeout") for n in notes):
        return BootResult("timeout", code, seconds, guest, "dom0: " + failed[0])
    if not ends:
        return BootResult("crash", code, seconds, guest, "dom0: no end reported for guest")
    if reason == "none":
        errors = [l for l in xl if "error" in l.lower()] or xl or ["no output"]
        return BootResult("crash", code, seconds, guest,
                          "toolstack: xl create %s: %s" % (name, errors[0]))
    if failed:
        return BootResult("crash", code, seconds, guest, "dom0: " + failed[0])
    kind = SHUTDOWN_REASONS.get(reason, "reason %s" % reason)
    if kind == "poweroff" and last == VERDICT_PASS:
        return BootResult("pass", code, seconds, guest, "")
    if kind == "crash" and last == VERDICT_FAIL:
        return BootResult("fail", code, seconds, guest, "kernel reported failures")
    if kind in ("poweroff", "reboot") and last is None:
        return BootResult(kind, code, seconds, guest, "shut down (%s) with no verdict" % kind)
    if kind == "crash" and last is None:
        return BootResult("crash", code, seconds, guest,
                          "shutdown reason %s (crash) with no verdict line" % reason)
    return BootResult("crash", code, seconds, guest,
                      disagree("xl's report", "shutdown reason %s (%s)" % (reason, kind), last))


def guest_section(name, lines, nonce):
    """dom0's whole account of one guest, from its xl create to its end line, with its
    console lines as the guest printed them (GUEST_LINE_PREFIX taken off)."""
    own = "%sguest %s: " % (dom0_prefix(nonce), name)
    marks = [i for i, l in enumerate(lines) if l.startswith(own)]
    return [l[len(GUEST_LINE_PREFIX):] if l.startswith(GUEST_LINE_PREFIX) else l
            for l in lines[marks[0]:marks[-1] + 1]] if marks else []


def split_guests(result, names, nonce):
    """{name: BootResult} for each guest of one dom0 boot whose /init marked its lines
    with nonce; a boot that ended early (dom0 crashed, timed out) leaves its unfinished
    guests a crash naming that."""
    out = {}
    for name in names:
        r = guest_result(name, result.lines, result.seconds, nonce)
        if r.status == "crash" and r.why.startswith("dom0: dom0 never ran") and result.why:
            r.why = "dom0 boot %s: %s" % (result.status, result.why)
        out[name] = r
    return out
