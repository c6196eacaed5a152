# SPDX-License-Identifier: GPL-2.0
"""How scripts/run-tests runs a command: its output captured, never its input."""
import subprocess


def run(cmd, cwd=None, timeout=600):
    proc = subprocess.run(cmd, cwd=cwd, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                          timeout=timeout)
    return (proc.returncode, proc.stdout.decode("utf-8", "replace"),
            proc.stderr.decode("utf-8", "replace"))


def make(args, cwd=None, log=None):
    proc = subprocess.run(["make", "-j2"] + args, cwd=cwd, stdout=subprocess.PIPE,
                          stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL)
    out = proc.stdout.decode("utf-8", "replace")
    if log:
        with open(log, "a") as f:
            f.write("$ make %s\n%s" % (" ".join(args), out))
    return proc.returncode, out
