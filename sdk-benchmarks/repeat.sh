#!/usr/bin/env bash
# Independent runs of the throughput benchmarks, for docs/BENCHMARKS.md sections 2 and 3: each run is its own
# JVM (and its own fake JVM) with its own warm-up and rounds, and the machine's load is recorded before each.
# ratios.py then reports every ratio as the median with its min and max over the runs.
#
#   sdk-benchmarks/repeat.sh overhead [RUNS]   section 2: raw and glanceshare, set-ups A and B, 1 and 8 threads
#   sdk-benchmarks/repeat.sh contenders [RUNS] section 3: raw, glanceshare, openstack4j, 1, 8 and 64 threads
#
# RUNS defaults to 3. Outputs go to sdk-benchmarks/target/runs/<kind>-<n>-<setup>.txt; builds first.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
KIND=${1:?overhead or contenders}
RUNS=${2:-3}
OUT=$ROOT/sdk-benchmarks/target/runs
cd "$ROOT"
./mvnw -B -q -pl sdk-benchmarks -am package -DskipTests -Dmaven.javadoc.skip=true
CP="$(cat sdk-benchmarks/target/classpath.txt):sdk-benchmarks/target/classes"
mkdir -p "$OUT"
rm -f "$OUT/$KIND"-*.txt
MAIN=dev.glanceshare.benchmarks.Throughput
for n in $(seq 1 "$RUNS"); do
    case $KIND in
    overhead)
        echo "load before: $(cut -d' ' -f1-3 /proc/loadavg)" > "$OUT/$KIND-$n-A.txt"
        java -cp "$CP" $MAIN 1.5 7 1,8 /tmp/overhead-local.svg raw,sdk >> "$OUT/$KIND-$n-A.txt" 2>/dev/null
        echo "load before: $(cut -d' ' -f1-3 /proc/loadavg)" > "$OUT/$KIND-$n-B.txt"
        taskset -c 1 java -Dbench.fake=process -Dbench.fakeCpus=0 -Dbench.clientCpus=1 -Dbench.cpu=client -cp "$CP" \
            $MAIN 1.5 7 1,8 /tmp/overhead-process.svg raw,sdk >> "$OUT/$KIND-$n-B.txt" 2>/dev/null
        ;;
    contenders)
        echo "load before: $(cut -d' ' -f1-3 /proc/loadavg)" > "$OUT/$KIND-$n-P.txt"
        java -Dbench.fake=process -cp "$CP" $MAIN 1.5 3 1,8,64 "$OUT/throughput-$n.svg" >> "$OUT/$KIND-$n-P.txt" 2>/dev/null
        ;;
    *) echo "unknown kind $KIND" >&2; exit 2 ;;
    esac
    echo "run $n of $RUNS done: $(ls "$OUT"/"$KIND-$n"-*.txt | xargs -n1 basename | paste -sd' ')" >&2
done
python3 sdk-benchmarks/ratios.py "$OUT"/"$KIND"-*.txt
