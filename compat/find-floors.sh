#!/usr/bin/env bash
# Measures the oldest version of each shared library that glanceshare works with, rather than guessing it.
#
# Usage: compat/find-floors.sh [PROPERTY=V1,V2,... ...]
#   default: the libraries and versions in DEFAULT_SCANS below
#
# It copies this checkout to target/floors/src, sets the SDK's own version floors (SupportedVersions) to 0 there
# so that its check does not refuse anything, installs that copy into target/floors/m2, then builds a cell
# (compat/cells/floors, or junit-5.11 for AssertJ) once per version, overriding one version property, and
# prints pass/fail with the first error. The floor is the oldest version that passes with the versions
# below it failing for a reason the output names. Not part of CI: it takes a few minutes per library.
# docs/compatibility.md has the results.
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
OUT=$ROOT/target/floors
DEFAULT_SCANS=(
  "floors:httpclient5.version=5.2.3,5.3.1,5.4"
  "floors:jackson.version=2.13.5,2.14.3,2.15.4"
  "floors:junit.version=5.8.2,5.9.3,5.10.5"
  "floors:slf4j.version=1.7.25,1.7.36"
  "junit-5.11:assertj.version=3.9.1,3.16.1,3.21.0"
)
SCANS=("$@")
((${#SCANS[@]})) || SCANS=("${DEFAULT_SCANS[@]}")

rm -rf "$OUT" && mkdir -p "$OUT/src" "$OUT/logs"
(cd "$ROOT" && tar --exclude=./target --exclude='*/target' --exclude=./.git -cf - .) | (cd "$OUT/src" && tar -xf -)
sed -i -E 's/(_FLOOR = )"[^"]+"/\1"0"/' "$OUT/src/sdk-core/src/main/java/dev/glanceshare/core/internal/SupportedVersions.java"
REPO=(-Dmaven.repo.local="$OUT/m2" -Dmaven.repo.local.tail="$HOME/.m2/repository")
echo "== floors: installing the SDK with its version check set to accept anything"
(cd "$OUT/src" && ./mvnw -B -q -DskipTests -Dmaven.javadoc.skip -Dmaven.source.skip "${REPO[@]}" \
    -pl sdk-bom,sdk-core,sdk-identity,sdk-image,sdk-testing install) > "$OUT/logs/install.log" 2>&1 \
  || { tail -30 "$OUT/logs/install.log"; exit 1; }

for scan in "${SCANS[@]}"; do
  cell=${scan%%:*}; rest=${scan#*:}; property=${rest%%=*}; versions=${rest#*=}
  IFS=, read -ra list <<< "$versions"
  for v in "${list[@]}"; do
    log=$OUT/logs/$cell-$property-$v.log
    if "$OUT/src/mvnw" -B -f "$OUT/src/compat/cells/$cell/pom.xml" "${REPO[@]}" -D"$property=$v" clean test > "$log" 2>&1; then
      printf '%-12s %-22s %-10s pass\n' "$cell" "$property" "$v"
    else
      why=$(grep -m1 -oE '(NoSuchMethodError|NoClassDefFoundError|ClassNotFoundException|AbstractMethodError|IncompatibleClassChangeError|cannot find symbol|Could not (resolve|find) [^:]*|OutputDirectoryCreator|expected: <[^>]*> but was: <[^>]*>).{0,120}' "$log" || true)
      printf '%-12s %-22s %-10s FAIL  %s\n' "$cell" "$property" "$v" "${why:-see $log}"
    fi
  done
done
