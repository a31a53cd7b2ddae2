"""Reads the outputs of several Throughput runs (sdk-benchmarks/repeat.sh) and prints, per set-up, every ratio
and every CPU figure as the median with its min and max over the runs, plus each run's load, as Markdown.
A claim such as "at least 0.95 in every cell" may only be made from the `all runs` column."""
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
        setup = re.search(r"-(\w+)\.txt$", p).group(1)
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
        print(f"## set-up {setup}: {len(files)} runs; load average before → after each run: {'; '.join(loads)}\n")
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
