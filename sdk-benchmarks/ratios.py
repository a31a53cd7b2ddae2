"""Reads the outputs of several Throughput runs (sdk-benchmarks/repeat.sh) and prints, per set-up, every ratio
and every CPU figure as the median with its min and max over the runs, plus each run's load, as Markdown.
Ratios are taken within each run before the median. A claim such as "at least 0.95 in every cell" holds for
every run only where the minimum in brackets says so, not the median."""
import collections
import re
import statistics
import sys


def tables(path):
    """Yields (header, rows) for each Markdown table in one run's output."""
    header, rows = None, []
    for line in open(path):
        if line.startswith("| task |"):
            header, rows = [c.strip() for c in line.strip().strip("|").split("|")], []
        elif header and line.startswith("|---"):
            continue
        elif header and line.startswith("| "):
            rows.append([c.strip() for c in line.strip().strip("|").split("|")])
        elif header:
            yield header, rows
            header = None
    if header:
        yield header, rows


def main(paths):
    by_setup = collections.defaultdict(list)
    for p in paths:
        # overhead-2-B.txt: kind "overhead", run 2, set-up B; runs of one kind and set-up are summarised together
        setup = re.sub(r"-\d+-", ", set-up ", re.sub(r"\.txt$", "", p.rsplit("/", 1)[-1]))
        by_setup[setup].append(p)
    for setup, files in sorted(by_setup.items()):
        loads = []
        values = collections.defaultdict(list)  # (table kind, column, task, threads) -> values over runs
        for f in files:
            text = open(f).read()
            m = re.search(r"load before: (\S+)", text)
            end = re.search(r"at the end: load ([\d.]+)", text)
            loads.append(f"{m.group(1) if m else '?'} → {end.group(1) if end else '?'}")
            for header, rows in tables(f):
                for row in rows:
                    for col, cell in zip(header[2:], row[2:]):
                        values[(col, row[0], row[1])].append(float(cell))
                    ops = [c for c in header[2:] if c.endswith(" ops/s")]
                    for i in range(1, len(ops)):  # between the contenders other than the first (raw), this run
                        for j in range(i + 1, len(ops)):
                            name = f"{ops[i][:-len(' ops/s')]} / {ops[j][:-len(' ops/s')]}"
                            values[(name, row[0], row[1])].append(
                                float(row[header.index(ops[i])]) / float(row[header.index(ops[j])]))
                    cpu = [c for c in header[2:] if c.endswith("CPU µs/op")]
                    for c in cpu[1:]:  # each contender's CPU per op over the first's (raw), in this run
                        name = f"{c[:-len(' CPU µs/op')]} / {cpu[0][:-len(' CPU µs/op')]} CPU"
                        mine, base = float(row[header.index(c)]), float(row[header.index(cpu[0])])
                        values[(name, row[0], row[1])].append(mine / base)
        print(f"## {setup}: {len(files)} runs; load average before → after each run: {'; '.join(loads)}\n")
        columns = []
        for (col, _, _) in values:
            if col not in columns:
                columns.append(col)
        cells = []
        for (_, task, threads) in values:
            if (task, threads) not in cells:
                cells.append((task, threads))
        print("| task | threads | " + " | ".join(columns) + " |")
        print("|---|---|" + "---|" * len(columns))
        for task, threads in cells:
            out = []
            for col in columns:
                v = values.get((col, task, threads), [])
                if not v:
                    out.append("")
                    continue
                fmt = "{:.2f}" if " / " in col else "{:.0f}"
                out.append(f"{fmt.format(statistics.median(v))} ({fmt.format(min(v))}–{fmt.format(max(v))})")
            print(f"| {task} | {threads} | " + " | ".join(out) + " |")
        print()


if __name__ == "__main__":
    main(sys.argv[1:])
