#!/usr/bin/env bash
# The observation hook's cost with no observer, against the SDK before the hook existed: the same in-memory
# call (hook-baseline/HookBaseline.java: GET member through the standard pipeline and ServiceCaller.json on a
# transport that answers from memory, the calling thread's CPU per call) compiled against sdk-core at BASE and
# at this checkout, run in alternating fresh JVMs.
#
# Usage: sdk-benchmarks/hook-baseline.sh [BASE] [RUNS] [CALLS]   (default 53cc6ec, 7, 200000)
# Needs: ./mvnw -B -q -pl sdk-benchmarks -am package -DskipTests first (for this checkout's jar and class path).
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
BASE=${1:-53cc6ec}
RUNS=${2:-7}
CALLS=${3:-200000}
WORK=$(mktemp -d)
trap 'git -C "$ROOT" worktree remove --force "$WORK/base" >/dev/null 2>&1 || true; rm -rf "$WORK"' EXIT

git -C "$ROOT" worktree add -q "$WORK/base" "$BASE"
(cd "$WORK/base" && ./mvnw -B -q -pl sdk-core package -DskipTests -Dmaven.javadoc.skip=true -Dmaven.source.skip=true)
DEPS=$(tr ':' '\n' < "$ROOT/sdk-benchmarks/target/classpath.txt" | grep -v -e glanceshare -e '/sdk-' | paste -sd:)
OLD="$WORK/base/sdk-core/target/sdk-core-0.1.0-SNAPSHOT.jar"
NEW="$ROOT/sdk-core/target/sdk-core-0.1.0-SNAPSHOT.jar"
mkdir -p "$WORK/old" "$WORK/new"
javac -d "$WORK/old" -cp "$OLD:$DEPS" "$ROOT/sdk-benchmarks/hook-baseline/HookBaseline.java"
javac -d "$WORK/new" -cp "$NEW:$DEPS" "$ROOT/sdk-benchmarks/hook-baseline/HookBaseline.java"
echo "CPU µs per call, $CALLS calls per JVM; load average $(cut -d' ' -f1-3 /proc/loadavg)"
for ((r = 1; r <= RUNS; r++)); do
  before=$(java -cp "$WORK/old:$OLD:$DEPS" HookBaseline "$CALLS")
  after=$(java -cp "$WORK/new:$NEW:$DEPS" HookBaseline "$CALLS")
  echo "run $r: before the hook ($BASE) $before, with the hook and no observer $after"
done
