#!/usr/bin/env bash
# The compatibility suite: glanceshare in the builds its users have.
#
# Usage: compat/run.sh [CELL ...]        (default: every folder under compat/cells)
#
#  1. Builds the published modules from this checkout with the release profile and deploys them to a
#     file repository (target/compat/published), which also installs them into a throwaway local
#     repository (target/compat/m2). The published POMs are checked: self-contained, with the metadata a
#     public repository requires, and nothing a user does not need.
#  2. Builds and tests each cell, a separate Maven project under compat/cells, against that local repository,
#     on JDK 17 and on JDK 25. Cells pin the versions users have (JUnit 5.10 to 6, httpclient5 and Jackson at
#     the floor and the newest, Spring Boot 3.5 and 4.0 with their managed versions) and run the same user
#     tests (compat/user-tests).
#  3. Prints a table of cells and JDKs with pass/fail and writes it to target/compat/results.md. Exits 1 if any
#     cell failed, 2 if a JDK is missing (never skips one).
#
# Environment: COMPAT_JDK17, COMPAT_JDK25 (JDK homes; default: Debian's OpenJDK 17 and the Temurin 25 beside
# it), COMPAT_JDKS ("17 25" by default; "17" runs one column while iterating).
# The docs are in docs/compatibility.md.
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
OUT=$ROOT/target/compat
LOGS=$OUT/logs
REPO=$OUT/m2
PUBLISHED=$OUT/published

find_jdk() { # $1 = feature version
  local var="COMPAT_JDK$1" home
  home=${!var:-}
  if [[ -z $home ]]; then
    for candidate in /usr/lib/jvm/java-"$1"-openjdk-* /usr/lib/jvm/temurin-"$1"-jdk-* /usr/lib/jvm/temurin-"$1"*; do
      [[ -x $candidate/bin/java ]] && { home=$candidate; break; }
    done
  fi
  if [[ -z $home || ! -x $home/bin/java ]]; then
    echo "compat: no JDK $1 found (set COMPAT_JDK$1 to its home); the suite runs every cell on 17 and 25" >&2
    exit 2
  fi
  local actual
  actual=$("$home/bin/java" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p')
  [[ $actual == "$1" ]] || { echo "compat: $home is Java $actual, not $1" >&2; exit 2; }
  echo "$home"
}

declare -A JDK_HOME
JDKS=${COMPAT_JDKS:-17 25}
for v in $JDKS; do JDK_HOME[$v]=$(find_jdk "$v"); done

if (($#)); then CELLS=("$@"); else CELLS=(); for d in "$ROOT"/compat/cells/*/; do CELLS+=("$(basename "$d")"); done; fi

rm -rf "$OUT" && mkdir -p "$LOGS"
# The cells resolve glanceshare only from the throwaway repository; everything else may come from the user's
# ~/.m2 (read-only: Maven 3.9's tail repository) so that CI does not download it all again.
MVN_REPO=(-Dmaven.repo.local="$REPO" -Dmaven.repo.local.tail="$HOME/.m2/repository")

echo "== compat: install the SDK from this checkout (release profile, deployed to $PUBLISHED)"
started=$SECONDS
if ! (cd "$ROOT" && ./mvnw -B -Prelease -DskipTests "${MVN_REPO[@]}" -Drelease.repository.url="file://$PUBLISHED" \
      -pl sdk-bom,sdk-core,sdk-identity,sdk-image,sdk-testing,sdk-micrometer,sdk-spring-boot-starter deploy) > "$LOGS/install.log" 2>&1; then
  tail -40 "$LOGS/install.log"; echo "compat: installing the SDK failed (log: $LOGS/install.log)" >&2; exit 1
fi
echo "   done in $((SECONDS - started)) s"
python3 "$ROOT/compat/check-published.py" "$PUBLISHED"

# A cell passes when its build succeeds; its tests say what it needs.
declare -A RESULT
failed=0
for cell in "${CELLS[@]}"; do
  [[ -f $ROOT/compat/cells/$cell/pom.xml ]] || { echo "compat: no cell '$cell'" >&2; exit 2; }
  for v in $JDKS; do
    log=$LOGS/$cell-jdk$v.log
    started=$SECONDS
    if JAVA_HOME=${JDK_HOME[$v]} "$ROOT/mvnw" -B -f "$ROOT/compat/cells/$cell/pom.xml" "${MVN_REPO[@]}" clean test \
        > "$log" 2>&1; then
      status=pass
    else
      status=FAIL; failed=1
    fi
    tests=$(grep -E '^\[(INFO|ERROR|WARNING)\] Tests run: [0-9]+, Failures' "$log" | tail -1 |
            sed -E 's/.*Tests run: ([0-9]+), Failures: ([0-9]+), Errors: ([0-9]+), Skipped: ([0-9]+).*/\1 run, \2 failed, \3 errors, \4 skipped/')
    RESULT[$cell/$v]="$status (${tests:-no tests}; $((SECONDS - started)) s)"
    printf '   %-24s JDK %-3s %s\n' "$cell" "$v" "${RESULT[$cell/$v]}"
    [[ $status == pass ]] || { grep -E 'ERROR|FAIL' "$log" | head -20; echo "   (log: $log)"; }
  done
done

{
  echo "| cell | $(for v in $JDKS; do printf 'JDK %s | ' "$v"; done)"
  echo "|---|$(for v in $JDKS; do printf -- '---|'; done)"
  for cell in "${CELLS[@]}"; do
    echo "| $cell | $(for v in $JDKS; do printf '%s | ' "${RESULT[$cell/$v]}"; done)"
  done
} > "$OUT/results.md"
echo "== compat: results ($OUT/results.md)"
cat "$OUT/results.md"
exit $failed
