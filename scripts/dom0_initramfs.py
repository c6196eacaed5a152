# SPDX-License-Identifier: GPL-2.0
"""The dom0 of the domU environments: an initramfs made from Debian's packages.

A test kernel never runs as dom0 on a real Xen host: it is a guest that `xl
create` builds. To boot it that way here, QEMU runs Xen 4.17 with Debian's
Linux 6.1 as dom0 (scripts/deps unpacks the packages into the cache), and
dom0's whole userland is this initramfs: busybox-static for the shell, the
Xen modules of the kernel package, xenstored, xen-init-dom0, xenconsoled and
xl, and exactly the libraries the dynamic linker would load for them (ldd's
list, run against the cache, plus libgcc_s.so.1, which glibc's
pthread_cancel opens at run time and ldd cannot see). A library that resolves
outside the cache is refused, so the dom0 never depends on what this host
happens to have installed. The base part (~15 MiB) depends only on the cache
and scripts/dom0-init, so it is written once and reused; each boot appends a
small second archive with the guests (image, xl.cfg, the run list), which
Linux unpacks over the first. /init is scripts/dom0-init.
"""
import os
import shutil
import stat
import subprocess

SRCTREE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
INIT_SCRIPT = os.path.join(SRCTREE, "scripts", "dom0-init")

XEN_BIN = "usr/lib/xen-4.17/bin"
TOOLS = ("xl", "xenstored", "xenconsoled", "xen-init-dom0")
# The Xen drivers dom0's toolstack opens, in load order (xenfs needs privcmd).
MODULES = ("xen-evtchn", "xen-gntdev", "xen-gntalloc", "xen-privcmd", "xenfs")
LIB_DIRS = ("lib/x86_64-linux-gnu", "usr/lib/x86_64-linux-gnu")
LOADER = "lib64/ld-linux-x86-64.so.2"
# Opened by glibc with dlopen (pthread_cancel): present or xl create aborts.
DLOPENED = ("libgcc_s.so.1",)
BUSYBOX = "bin/busybox"
APPLETS = ("sh", "mount", "mkdir", "insmod", "cat", "sed", "grep", "sleep", "kill", "dd",
           "printf", "echo", "cut", "poweroff", "head", "tail", "wc", "rm", "ls", "test", "[", "awk")
DIRS = ("proc", "sys", "dev", "tmp", "run", "var/run/xen", "var/run/xenstored",
        "var/lib/xen", "var/lib/xenstored", "var/log/xen/console", "var/lock", "etc/xen",
        "guests")


# dom0 has a fixed dom0_mem: xl must not try to balloon it down for a guest.
XL_CONF = b'autoballoon = "off"\n'


class Dom0Error(Exception):
    pass


class Cpio:
    """A cpio archive in the "newc" format the Linux initramfs unpacker reads."""

    MAGIC = b"070701"
    TRAILER = "TRAILER!!!"

    def __init__(self, f):
        self.f = f
        self.ino = 1

    def _entry(self, name, mode, data=b""):
        fields = [self.ino, mode, 0, 0, 1, 0, len(data), 0, 0, 0, 0, len(name) + 1, 0]
        self.ino += 1
        head = self.MAGIC + b"".join(b"%08x" % v for v in fields)
        self.f.write(head + name.encode() + b"\0")
        self.f.write(b"\0" * (-(len(head) + len(name) + 1) % 4))
        self.f.write(data)
        self.f.write(b"\0" * (-len(data) % 4))

    def dir(self, name):
        self._entry(name, stat.S_IFDIR | 0o755)

    def file(self, name, data, mode=0o644):
        self._entry(name, stat.S_IFREG | mode, data)

    def symlink(self, name, target):
        self._entry(name, stat.S_IFLNK | 0o777, target.encode())

    def close(self):
        self._entry(self.TRAILER, 0)


def _dirs_of(path):
    parts = path.split("/")[:-1]
    return ["/".join(parts[:i + 1]) for i in range(len(parts))]


def resolve_libraries(root, programs):
    """{soname: path in root} the programs load, as ldd resolves them against root."""
    env = dict(os.environ, LD_LIBRARY_PATH=":".join(os.path.join(root, d) for d in LIB_DIRS))
    libs = {}
    for prog in programs:
        proc = subprocess.run(["ldd", os.path.join(root, prog)], env=env,
                              stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
        if proc.returncode:
            raise Dom0Error("ldd %s failed: %s" % (prog, proc.stdout.strip()))
        for line in proc.stdout.splitlines():
            words = line.split()
            if "=>" not in words:
                continue
            name, target = words[0], words[words.index("=>") + 1]
            if target == "not":
                raise Dom0Error("%s needs %s, which no package in %s provides (run scripts/deps)"
                                % (prog, name, root))
            real = os.path.realpath(target)
            if not real.startswith(os.path.realpath(root) + os.sep):
                raise Dom0Error("%s loads %s from %s, outside the dom0 cache %s"
                                % (prog, name, target, root))
            libs[name] = real
    for name in DLOPENED:
        found = [os.path.join(root, d, name) for d in LIB_DIRS
                 if os.path.exists(os.path.join(root, d, name))]
        if not found:
            raise Dom0Error("no %s in %s (xl needs it for pthread_cancel; run scripts/deps)"
                            % (name, root))
        libs[name] = os.path.realpath(found[0])
    return libs


def kernel_release(root):
    mods = os.path.join(root, "lib", "modules")
    releases = sorted(os.listdir(mods)) if os.path.isdir(mods) else []
    if len(releases) != 1:
        raise Dom0Error("expected one kernel under %s, found %s (run scripts/deps)"
                        % (mods, releases or "none"))
    return releases[0]


def find_module(root, release, name):
    for top, _, files in os.walk(os.path.join(root, "lib", "modules", release, "kernel")):
        if name + ".ko" in files:
            return os.path.join(top, name + ".ko")
    raise Dom0Error("module %s is not in the kernel package under %s" % (name, root))


def read(path):
    with open(path, "rb") as f:
        return f.read()


def write_base(cache, out):
    """The toolstack part of the initramfs, from the cache's unpacked packages."""
    root = os.path.join(cache, "root")
    for rel in [BUSYBOX] + ["%s/%s" % (XEN_BIN, t) for t in TOOLS]:
        if not os.path.isfile(os.path.join(root, rel)):
            raise Dom0Error("no %s in %s (run scripts/deps)" % (rel, root))
    release = kernel_release(root)
    libs = resolve_libraries(root, ["%s/%s" % (XEN_BIN, t) for t in TOOLS])
    loader = os.path.realpath(os.path.join(root, "lib", "x86_64-linux-gnu",
                                           os.path.basename(LOADER)))
    if not os.path.isfile(loader):
        raise Dom0Error("no dynamic loader %s in %s (run scripts/deps)" % (LOADER, root))
    tmp = out + ".tmp"
    with open(tmp, "wb") as f:
        c = Cpio(f)
        made = set()
        for d in ["bin", "lib/modules", LIB_DIRS[0], "lib64", XEN_BIN] + list(DIRS):
            for sub in _dirs_of(d + "/x"):
                if sub not in made:
                    c.dir(sub)
                    made.add(sub)
        c.file(BUSYBOX, read(os.path.join(root, BUSYBOX)), 0o755)
        for applet in APPLETS:
            c.symlink("bin/" + applet, "busybox")
        for t in TOOLS:
            c.file("%s/%s" % (XEN_BIN, t), read(os.path.join(root, XEN_BIN, t)), 0o755)
        for name, path in sorted(libs.items()):
            c.file("%s/%s" % (LIB_DIRS[0], name), read(path), 0o755)
        c.file("%s/%s" % (LIB_DIRS[0], os.path.basename(LOADER)), read(loader), 0o755)
        c.symlink(LOADER, "/%s/%s" % (LIB_DIRS[0], os.path.basename(LOADER)))
        for m in MODULES:
            c.file("lib/modules/%s.ko" % m, read(find_module(root, release, m)))
        c.file("etc/xen/xl.conf", XL_CONF)
        c.file("init", read(INIT_SCRIPT), 0o755)
        c.close()
    os.replace(tmp, out)


def base_image(cache, objdir):
    """The base archive, rebuilt when made from another cache, or when the cache or the
    init script is newer."""
    out = os.path.join(objdir, "dom0-base.cpio")
    source = out + ".source"
    inputs = [os.path.join(cache, "VERSION"), INIT_SCRIPT, os.path.abspath(__file__)]
    for path in inputs:
        if not os.path.exists(path):
            raise Dom0Error("no %s (run scripts/deps)" % path)
    made_from = open(source).read() if os.path.exists(source) else None
    if (made_from != os.path.realpath(cache) or not os.path.exists(out) or
            os.path.getmtime(out) < max(map(os.path.getmtime, inputs))):
        os.makedirs(objdir, exist_ok=True)
        write_base(cache, out)
        with open(source, "w") as f:
            f.write(os.path.realpath(cache))
    return out


def write_guests(path, guests, nonce):
    """The per-boot archive: guests/list (one line each: name, timeout, action), each
    guest's files (name -> bytes) under guests/, and guests/nonce, the mark /init puts
    on its own lines (no guest can read dom0's files)."""
    with open(path, "wb") as f:
        c = Cpio(f)
        c.dir("guests")
        c.file("guests/nonce", (nonce + "\n").encode(), 0o600)
        lines = []
        for g in guests:
            lines.append("%s %d %s\n" % (g["name"], g["timeout"], g["action"]))
            for name, data in g["files"].items():
                c.file("guests/" + name, data)
        c.file("guests/list", "".join(lines).encode())
        c.close()


def initramfs(cache, objdir, guests, out, nonce):
    """Base archive plus the guests', concatenated: what QEMU hands Xen as dom0's ramdisk."""
    base = base_image(cache, objdir)
    write_guests(out + ".guests", guests, nonce)
    with open(out, "wb") as dst:
        for part in (base, out + ".guests"):
            with open(part, "rb") as src:
                shutil.copyfileobj(src, dst)
    os.remove(out + ".guests")
    return out
