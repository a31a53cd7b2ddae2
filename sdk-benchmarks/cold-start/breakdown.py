"""Reads strace -ttt output of one process (execve, connect, exit_group only) and prints where its time went:
exec to the first connection to Keystone or Glance (JVM start, class loading, set-up), and from there to exit
(requests and the rest). With --summary, prints the medians of such lines as a Markdown table."""
import collections
import re
import statistics
import sys


def one(variant, path):
    start = first = end = None
    for line in open(path):
        m = re.match(r"\d+\s+(\d+\.\d+) (\w+)\(", line)
        if not m:
            continue
        t, call = float(m.group(1)), m.group(2)
        if call == "execve" and start is None:
            start = t
        elif call == "connect" and first is None and re.search(r"htons\((5000|9292)\)", line):
            first = t
        elif call == "exit_group":
            end = t
    first = first or end
    print(f"{variant}\t{first - start:.4f}\t{end - first:.4f}\t{end - start:.4f}")


def summary(path):
    rows = collections.defaultdict(list)
    for line in open(path):
        v, *values = line.rstrip("\n").split("\t")
        rows[v].append([float(x) for x in values])
    print("| variant | exec to first connection s | first connection to exit s | total s (under strace) |")
    print("|---|---|---|---|")
    for v, r in rows.items():
        med = [statistics.median(x[i] for x in r) for i in range(3)]
        print(f"| {v} | {med[0]:.3f} | {med[1]:.3f} | {med[2]:.3f} |")


if __name__ == "__main__":
    if sys.argv[1] == "--summary":
        summary(sys.argv[2])
    else:
        one(sys.argv[1], sys.argv[2])
