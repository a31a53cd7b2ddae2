#!/usr/bin/python3
"""Tempest results for conformance/tempest.sh.

  tempest_results.py tsv < SUBUNIT_V2 > results.tsv
      One row per test: id, pass/fail/skip, reason (a skip's reason, a failure's last line), sorted by id.
  tempest_results.py compare REAL.tsv ALLOWED.tsv FAKE.tsv [FAKE2.tsv ...]
      Compares each fake run with the real run test by test. A difference fails unless a line of
      ALLOWED.tsv accepts it: test id pattern (* wildcards) TAB kind TAB measured reason, where kind is
        difference   any difference on these tests is accepted; an entry that matches none is stale
                     and fails the comparison;
        real-races   real Glance's own result varies from run to run (measured): accepted only when
                     the fake passes, never stale.
      Fake runs must also agree with each other. Prints a table and exits 1 on any unaccepted difference.
"""
import fnmatch
import io
import sys

STATUS = {"success": "pass", "fail": "fail", "skip": "skip", "xfail": "pass", "uxsuccess": "fail"}


def to_tsv(stream, out):
    import subunit
    import testtools

    rows = {}

    def on_test(test):
        status = STATUS.get(test["status"])
        if status is None:
            return  # "exists" and "inprogress" events carry no result
        reason = ""
        details = test.get("details", {})
        if status == "skip" and "reason" in details:
            reason = details["reason"].as_text()
        elif status == "fail" and "traceback" in details:
            lines = [line for line in details["traceback"].as_text().strip().splitlines() if line.strip()]
            reason = lines[-1] if lines else ""
        rows[test["id"]] = (status, " ".join(reason.split()))

    result = testtools.StreamToDict(on_test)
    result.startTestRun()
    subunit.ByteStreamToStreamResult(stream).run(result)
    result.stopTestRun()
    out.write("test_id\tstatus\treason\n")
    for test_id in sorted(rows):
        out.write("%s\t%s\t%s\n" % (test_id, rows[test_id][0], rows[test_id][1]))


def read_tsv(path):
    rows = {}
    with open(path, encoding="utf-8") as f:
        next(f)
        for line in f:
            parts = line.rstrip("\n").split("\t")
            rows[parts[0]] = parts[1]
    return rows


def read_allowed(path):
    allowed = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            if not line.strip() or line.startswith("#"):
                continue
            parts = line.rstrip("\n").split("\t", 2)
            if len(parts) < 3 or parts[1] not in ("difference", "real-races") or not parts[2].strip():
                sys.exit("allow-list entry needs: pattern TAB difference|real-races TAB reason: " + line)
            allowed.append([parts[0], parts[2], 0, parts[1]])
    return allowed


def counts(rows):
    c = {"pass": 0, "fail": 0, "skip": 0}
    for status in rows.values():
        c[status] = c.get(status, 0) + 1
    return "%d passed, %d failed, %d skipped" % (c["pass"], c["fail"], c["skip"])


def compare(real_path, allowed_path, fake_paths):
    real = read_tsv(real_path)
    allowed = read_allowed(allowed_path)
    fakes = [read_tsv(p) for p in fake_paths]
    bad = []
    print("real Glance: %s" % counts(real))
    for n, fake in enumerate(fakes, 1):
        print("fake, run %d: %s" % (n, counts(fake)))
        for test_id in sorted(set(real) | set(fake)):
            r, f = real.get(test_id, "absent"), fake.get(test_id, "absent")
            if r == f:
                continue
            entry = next((a for a in allowed if fnmatch.fnmatchcase(test_id, a[0])
                          and (a[3] == "difference" or f == "pass")), None)
            if entry:
                entry[2] += 1
                print("  allowed (run %d): %s real %s, fake %s: %s" % (n, test_id, r, f, entry[1]))
            else:
                bad.append("run %d: %s: real %s, fake %s" % (n, test_id, r, f))
    for n, fake in enumerate(fakes[1:], 2):
        if fake != fakes[0]:
            changed = sorted(t for t in set(fake) | set(fakes[0]) if fake.get(t) != fakes[0].get(t))
            bad.append("run %d differs from run 1 (flaky): %s" % (n, ", ".join(changed)))
    for pattern, reason, used, kind in allowed:
        if not used and kind == "difference":
            bad.append("stale allow-list entry (matches no difference): " + pattern)
    for line in bad:
        print("DIFFERENCE " + line)
    print("%d tests compared, %d differences not allowed" % (len(real), len(bad)))
    return 1 if bad else 0


def main():
    if len(sys.argv) >= 2 and sys.argv[1] == "tsv":
        to_tsv(sys.stdin.buffer, sys.stdout)
        return 0
    if len(sys.argv) >= 5 and sys.argv[1] == "compare":
        return compare(sys.argv[2], sys.argv[3], sys.argv[4:])
    sys.stderr.write(__doc__)
    return 2


if __name__ == "__main__":
    sys.exit(main())
