# SPDX-License-Identifier: GPL-2.0
"""How scripts/run-tests judges a finished boot: its status against the
variant's expectation, the console lines it must and must not show, its
KTAP read by ktap.py and by Linux's kunit.py, a dom0 boot's guests, and the
two -icount boots of bench-repeat compared."""
import sys

import benchlib
import environments
import ktap
import kunit_agree



def account_stop(tally, label, env, variant, log, result):
    """A boot that must stop after a line: only the loader (a hypervisor) may speak after it."""
    marks = [i for i, l in enumerate(result.lines) if variant.stops_after in l]
    after = [l for l in result.lines[marks[0] + 1:] if not env.loader_line(l)] if marks else []
    tally.check(label, bool(marks), "console lacks %r (log: %s)" % (variant.stops_after, log))
    tally.check(label, result.status == "stopped" and not after,
                "the kernel went on after %r: %s (log: %s)"
                % (variant.stops_after, (after or [result.why])[0], log))
    if env.masked_halt_powers_off:
        tally.check(label, result.why == environments.STOPPED_BY_XEN % variant.stops_after,
                    "Xen did not power the domain off after %r: %s (log: %s)"
                    % (variant.stops_after, result.why, log))


def account_refused_boot(tally, label, rep, result, log):
    """A boot whose command line must be refused: a FAIL verdict and no tests run."""
    tally.check(label, result.status == "fail",
                "verdict %s (%s), but this command line must end in FAIL (log: %s)"
                % (result.status, result.why, log))
    tally.check(label, not rep.seen_version and not rep.cases,
                "KTAP with %d cases printed, but no test may run (log: %s)"
                % (len(rep.cases), log))


def account_must_fail(tally, label, case, rep, result, log):
    """A boot with one real failure, whatever its console says: FAIL out of band, and its KTAP
    fails that case alone (every other case counts as usual)."""
    failed = [c.name for c in rep.cases if not c.ok]
    tally.check(label, result.status == "fail",
                "the verdict must be FAIL (case %s fails), got %s%s (log: %s)"
                % (case, result.status, ": " + result.why if result.why else "", log))
    tally.check(label, failed == [case] and not rep.errors,
                "KTAP must fail %s alone, failed %s%s (log: %s)"
                % (case, failed, "; " + "; ".join(rep.errors) if rep.errors else "", log))
    tally.passed += rep.passed
    tally.skipped += rep.skipped


def account_boot(tally, env, variant, log, result):
    label = "%s/%s" % (env.name, variant.name)
    rep = ktap.parse(result.lines)
    before = (tally.passed, tally.failed, tally.skipped)
    if variant.stops_after:
        account_stop(tally, label, env, variant, log, result)
        tally.passed += rep.passed
        tally.skipped += rep.skipped
        tally.failed += rep.failed
    elif variant.verdict == "fail":
        account_refused_boot(tally, label, rep, result, log)
    elif variant.must_fail:
        account_must_fail(tally, label, variant.must_fail, rep, result, log)
    elif variant.fails_with:
        tally.check(label, result.status == "crash" and result.why.startswith(variant.fails_with),
                    "expected a failure %r..., got %s: %s (log: %s)"
                    % (variant.fails_with, result.status, result.why, log))
    elif variant.ends:
        tally.check(label, result.status == variant.ends,
                    "expected the run to end in %s, got %s: %s (log: %s)"
                    % (variant.ends, result.status, result.why, log))
        tally.passed += rep.passed
        tally.skipped += rep.skipped
        tally.failed += rep.failed
    elif variant.expect_panic:
        code = environments.guest_panic_code() if env.runs_guests() else environments.EXIT_TRAP
        tally.check(label, result.status == "crash" and result.exit_code == code,
                    "expected the kernel to panic (status %d), got %s: %s (log: %s)"
                    % (code, result.status, result.why, log))
    elif result.status in ("crash", "timeout"):
        tally.check(label, False, "%s: %s (log: %s)" % (result.status, result.why, log))
        tally.passed += rep.passed
        tally.skipped += rep.skipped
        tally.failed += rep.failed
    else:
        tally.add_report(label, rep)
        kernel_says_ok = result.status == "pass"
        tally.check(label, kernel_says_ok == (rep.failed == 0 and not rep.errors),
                    "verdict %s disagrees with its KTAP" % result.status)
    kunit_agree.check(tally, label, rep, result.lines)
    text = "\n".join(result.lines)
    for pattern in variant.expect_log:
        tally.check(label, pattern in text, "console lacks %r" % pattern)
    for start in variant.absent_lines:
        tally.check(label, not any(l.startswith(start) for l in result.lines),
                    "a console line starts with %r" % start)
    p, f, s = (tally.passed - before[0], tally.failed - before[1], tally.skipped - before[2])
    print("%-8s %-16s %-7s %3d passed, %d failed, %d skipped  (%.1f s)  %s"
          % (env.name, variant.name, result.status.upper(), p, f, s, result.seconds, log))
    sys.stdout.flush()


def account_guests(tally, label, log, result, guests, nonce):
    """A guest environment's boot: dom0 must have run every guest and left through its
    port with a pass (or say which stage failed: one line, marked with the boot's nonce),
    then each guest counts as its own run."""
    if result is None:
        tally.check(label, False, guests[0][3].why)
        print("%-8s %-16s %-7s %s" % (label.split("/")[0], "dom0", "FAIL", guests[0][3].why))
        return
    prefix = environments.dom0_prefix(nonce)
    stage = [l for l in result.lines if l.startswith(prefix + "FAILED ")]
    done = prefix + "all guests done" in result.lines
    ok = result.exit_code == environments.EXIT_PASS and done and not stage
    why = (stage[0] if stage else "dom0 boot %s (exit status %d%s)"
           % (result.status, result.exit_code, ": " + result.why if result.why else ""))
    tally.check(label, ok, "%s (log: %s)" % (why, log))
    print("%-8s %-16s %-7s %d guests in %.1f s  %s"
          % (label.split("/")[0], "dom0", "PASS" if ok else "FAIL", len(guests),
             result.seconds, log))
    print("%-8s %-16s         the domU stage: %.1f s of wall clock for %d guests"
          % (label.split("/")[0], "timing", result.seconds, len(guests)))
    sys.stdout.flush()
    for env, variant, glog, r in guests:
        account_boot(tally, env, variant, glog, r)


# The promise of `make bench`: under -icount two boots count the same instructions. A few ops
# of each kind (inline, hypercall, hypervisor-emulated, clock, a lazy batch, the round trips:
# traps, timers whose devices must run on virtual time too, page tables, threads, and a
# backend's own: the null and plain hypercalls) keep the check quick.


BENCH_REPEAT = "bench-repeat"
BENCH_REPEAT_OPS = ("irq_disable,restore_fl,read_cr0,read_cr3,write_cr4,flush_tlb_one_user,"
                    "set_pte,cpuid,sched_clock,write_gdt_entry,load_sp0,write_cr3,"
                    "set_pte_lazy64,fault_fixup,timer_tick,timer_irq,map_unmap,context_switch,"
                    "null_hypercall,mmu_update_1,stack_switch")


def account_bench_repeat(tally, boots):
    """One test per boot (it ran and printed every line) and one per op (both runs agree)."""
    by_env = {}
    for env, log, fut in boots:
        by_env.setdefault(env.name, []).append((log, fut.result()))
    for name, runs in by_env.items():
        label = "%s/%s" % (name, BENCH_REPEAT)
        before = (tally.passed, tally.failed)
        parsed = []
        for log, result in runs:
            run = benchlib.parse(result.lines)
            why = result.why if result.status != "pass" else "; ".join(run.errors)
            tally.check(label, not why, "%s (log: %s)" % (why, log))
            parsed.append(run)
        first, second = parsed
        for op in BENCH_REPEAT_OPS.split(","):
            a = first.results.get(op) or first.na.get(op)
            b = second.results.get(op) or second.na.get(op)
            tally.check(label, a is not None and a == b,
                        "%s differs between two icount boots: %s vs %s" % (op, a, b))
        p, f = tally.passed - before[0], tally.failed - before[1]
        print("%-8s %-16s %-7s %3d passed, %d failed, %d skipped  (%.1f s)  %s"
              % (name, BENCH_REPEAT, "FAIL" if f else "PASS", p, f, 0,
                 max(r.seconds for _, r in runs), runs[0][0]))
        sys.stdout.flush()
