# SPDX-License-Identifier: GPL-2.0
"""The test environments, and how to boot the image in one of them.

An environment is a way to boot the same image: `native` is QEMU's -kernel
loader taking the PVH entry on emulated hardware; `xen-pv` is the Debian
Xen 4.17 hypervisor under QEMU, with the image as its PV dom0. Both use
software emulation (no KVM here) and an isa-debug-exit device, through
which the kernel reports its verdict as QEMU's exit status.

boot() runs one boot with a timeout, writes the whole console to a log and
classifies the ending. It trusts no single signal: a pass needs exit status
33 *and* the verdict line; a Xen crash banner ends the run early as a crash
(a crashed dom0 would otherwise sit until the timeout); anything without a
verdict is a crash, and running out of time is a timeout. A boot that is
meant never to finish names the line after which the kernel must fall
silent: seen that, it ends `stopped` once the console has stayed quiet for a
while, and a verdict or anything else the kernel prints instead is the
failure the caller looks for.
"""
import os
import selectors
import signal
import subprocess
import time
from dataclasses import dataclass

CACHE = os.environ.get("PVOPS_CACHE", os.path.join(os.environ.get("HOME", "/root"),
                                                   ".cache", "pvops"))
XEN_BIN = os.path.join(CACHE, "xen-4.17", "xen.bin")

QEMU_BASE = ["qemu-system-x86_64", "-machine", "pc", "-cpu", "max", "-smp", "1",
             "-display", "none", "-monitor", "none", "-serial", "stdio", "-no-reboot",
             "-device", "isa-debug-exit,iobase=0xf4,iosize=0x04"]

# Extra QEMU arguments for benchmarks: the guest TSC then counts guest instructions
# (one per virtual nanosecond), Xen's included. sleep=off makes an idle CPU jump to
# its next timer instead of waiting in host time, which would make runs differ.
ICOUNT = ["-icount", "shift=0,sleep=off"]

EXIT_PASS, EXIT_FAIL, EXIT_TRAP = 33, 35, 37
VERDICT_PASS = "pvops: verdict: PASS"
VERDICT_FAIL = "pvops: verdict: FAIL"
# Seen when Xen kills dom0 or itself dies; no verdict can follow.
XEN_CRASH_MARKERS = ("Hardware Dom0 crashed", "Domain 0 crashed", "Panic on CPU",
                     "Dom0 shutdown: rebooting")


@dataclass(frozen=True)
class Environment:
    name: str
    backend: str           # the backend detection should choose
    protocol: str          # ktest.expect_protocol value
    mem_mib: int           # memory the loader gives the kernel
    timeout: float
    config_symbol: str     # the backend that must be built in

    def command(self, image, args, extra_qemu=()):
        if self.name == "native":
            return QEMU_BASE + ["-m", str(self.mem_mib), *extra_qemu,
                                "-kernel", image, "-append", args]
        xen_cmdline = ("console=com1 com1=115200,8n1 dom0_mem=%dM,max:%dM dom0_max_vcpus=1 "
                       "loglvl=all guest_loglvl=all noreboot smap=0"
                       % (self.mem_mib, self.mem_mib))
        return QEMU_BASE + ["-m", "512", *extra_qemu, "-kernel", XEN_BIN,
                            "-append", xen_cmdline,
                            # QEMU splits -initrd at commas; ",," is a literal one.
                            "-initrd", ("%s %s" % (image, args)).replace(",", ",,")]


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


ENVIRONMENTS = {
    "native": Environment("native", "native", "pvh", 512, 60, "NATIVE"),
    "xen-pv": Environment("xen-pv", "xen", "xen-pv", 64, 120, "XEN"),
}


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


def boot(cmd, timeout, log_path, stream=None, stop_marker=None):
    """Boot once; write the console to log_path (and to stream, if given).

    With stop_marker, the run ends `stopped` STOP_QUIET_SECONDS after the first
    line containing it, unless the kernel has ended the run first."""
    os.makedirs(os.path.dirname(log_path) or ".", exist_ok=True)
    start = time.monotonic()
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                            stdin=subprocess.DEVNULL, start_new_session=True)
    sel = selectors.DefaultSelector()
    sel.register(proc.stdout, selectors.EVENT_READ)
    lines, pending = [], b""
    timed_out = xen_crash = False
    quiet_until = None

    with open(log_path, "w") as log:
        log.write("# " + " ".join(cmd) + "\n")

        def emit(raw):
            text = raw.decode("utf-8", "replace").replace("\r", "")
            lines.append(text)
            log.write(text + "\n")
            if stream:
                stream.write(text + "\n")
                stream.flush()
            return any(m in text for m in XEN_CRASH_MARKERS)

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
            if any([emit(c) for c in complete]):
                xen_crash = True
                break
        if pending:
            emit(pending)
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGKILL)
        code = proc.wait()
        seconds = time.monotonic() - start
        log.write("# exit status %d after %.2f s%s\n"
                  % (code, seconds, " (timeout)" if timed_out else ""))

    verdicts = [l for l in lines if l.startswith("pvops: verdict:")]
    last = verdicts[-1] if verdicts else None
    if quiet_until is not None and not verdicts and code < 0:
        return BootResult("stopped", code, seconds, lines,
                          "silent %.0f s after %r" % (STOP_QUIET_SECONDS, stop_marker))
    if timed_out:
        return BootResult("timeout", code, seconds, lines,
                          "no exit within %d s" % timeout)
    if xen_crash:
        return BootResult("crash", code, seconds, lines, "Xen reported the domain crashed")
    if code == EXIT_TRAP:
        return BootResult("crash", code, seconds, lines, "kernel panic or trap (status 37)")
    if code == EXIT_PASS and last == VERDICT_PASS:
        return BootResult("pass", code, seconds, lines, "")
    if code == EXIT_FAIL and last == VERDICT_FAIL:
        return BootResult("fail", code, seconds, lines, "kernel reported failures")
    return BootResult("crash", code, seconds, lines,
                      "exit status %d with verdict %r" % (code, last))
