#!/usr/bin/env bash
# Cold start, side by side against a real Keystone + Glance: a whole process that authenticates and adds
# one image member. Reproduces the figures in docs/BENCHMARKS.md ("Cold start").
#
#   sdk-benchmarks/cold-start.sh [credentials.env]      RUNS=7 by default
#
# The measured mains are in sdk-benchmarks/cold-start/ and are compiled here against the SDK's runtime
# classpath only (the sdk-benchmarks module itself carries openstack4j and JMH, which a user's process would not).
#
# credentials.env is what conformance/real-openstack.sh writes (export REAL_... lines, with REAL_CLOUDS_YAML).
# The script creates one shared image as alt (unique name), adds project demo to it again and again
# (removing it in between, untimed), and deletes the image at the end. It never stops or restarts services.
#
# Timed, in each round, in this order (wall clock, medians reported):
#   curl-fresh     POST /v3/auth/tokens + POST .../members with that new token: the servers' own time
#   curl-seen      POST .../members with a token Glance validated before
#   java-version   java -version: the JVM's floor
#   java-noop      an empty main on the benchmark classpath
#   java-fresh     ColdAdd, no token store: authenticate + add
#   java-fresh-yaml  the same, configured by OS_CLOUD (clouds.yaml) instead of OS_* variables
#   java-stored    ColdAdd, GLANCESHARE_TOKEN_CACHE=file, token from the previous run (Glance has seen it)
#   java-unseen    ColdAdd, GLANCESHARE_TOKEN_CACHE=file, token stored by an --auth-only run just before
#   *-cds          the same with an AppCDS archive (-XX:SharedArchiveFile), *-cds-c1 also with
#                  -XX:TieredStopAtLevel=1 -XX:+UseSerialGC
#   java25-*       the same mains on JDK 25 (JAVA25, the Temurin JDK beside the default one), plain and
#                  *-aot with JDK 25's AOT cache (-XX:AOTCache, made by one -XX:AOTCacheOutput training run)
#   openstack      openstack image add project <image> <project>
# Requests are counted in a separate pass from what each process writes to its sockets (strace).
set -euo pipefail

CREDS=${1:-$(cd "$(dirname "$0")/.." && pwd)/conformance/.state/credentials.env}
RUNS=${RUNS:-7}
ROOT=$(cd "$(dirname "$0")/.." && pwd)
OUT=$ROOT/sdk-benchmarks/target/cold-start
JAVA=${JAVA:-java}
JAVA25=${JAVA25:-$(ls -d /usr/lib/jvm/temurin-25-jdk-*/bin/java 2>/dev/null | head -1)}
[[ -x $JAVA25 ]] || { echo "no JDK 25 found: set JAVA25 to its bin/java" >&2; exit 2; }
# shellcheck disable=SC1090
source "$CREDS"
mkdir -p "$OUT"
cd "$OUT"

log() { printf '%s\n' "$*" >&2; }

# --- build: the SDK's jars from this tree, their runtime dependencies, the benchmark mains -----------------
log "building..."
(cd "$ROOT" && ./mvnw -B -q -pl sdk-image,sdk-identity -am clean package dependency:build-classpath \
    -DskipTests -Dmaven.javadoc.skip=true -Dmdep.outputFile=target/runtime-classpath.txt -DincludeScope=runtime)
(cd "$ROOT" && ./mvnw -B -q -pl sdk-identity dependency:build-classpath \
    -Dmdep.outputFile=target/test-classpath.txt -DincludeScope=test)
DEPS=$(cat "$ROOT"/sdk-identity/target/runtime-classpath.txt "$ROOT"/sdk-image/target/runtime-classpath.txt \
    | tr ':' '\n' | grep -v -e '/dev/glanceshare/' -e '/sdk-[a-z]*/target/' | sort -u)
SLF4J_SIMPLE=$(tr ':' '\n' < "$ROOT"/sdk-identity/target/test-classpath.txt | grep slf4j-simple)
SDK=$ROOT/sdk-core/target/sdk-core-0.1.0-SNAPSHOT.jar:$ROOT/sdk-identity/target/sdk-identity-0.1.0-SNAPSHOT.jar:$ROOT/sdk-image/target/sdk-image-0.1.0-SNAPSHOT.jar
CP=$SDK:$(printf '%s\n' $DEPS "$SLF4J_SIMPLE" | paste -sd:)
rm -rf classes && mkdir classes
javac -d classes -cp "$CP" "$ROOT"/sdk-benchmarks/cold-start/*.java
jar cf bench.jar -C classes .
CP=$OUT/bench.jar:$CP # the application's own jar first, as in any launcher script
printf '%s\n' "$CP" > classpath.txt

# --- the cloud: OS_* for alt (owner), an image shared by alt, project demo as the member ------------------
export OS_AUTH_URL=$REAL_AUTH_URL OS_USERNAME=$REAL_ALT_USERNAME OS_PASSWORD=$REAL_ALT_PASSWORD \
    OS_PROJECT_NAME=$REAL_ALT_PROJECT_NAME OS_USER_DOMAIN_NAME=$REAL_USER_DOMAIN_NAME \
    OS_PROJECT_DOMAIN_NAME=$REAL_PROJECT_DOMAIN_NAME OS_REGION_NAME=$REAL_REGION_NAME \
    OS_IDENTITY_API_VERSION=3 OS_IMAGE_API_VERSION=2 OS_INTERFACE=public
unset OS_CLOUD GLANCESHARE_TOKEN_CACHE
export XDG_CACHE_HOME=$OUT/xdg-cache
PROJECT=$REAL_DEMO_PROJECT_ID
AUTH_BODY="{\"auth\":{\"identity\":{\"methods\":[\"password\"],\"password\":{\"user\":{\"name\":\"$OS_USERNAME\",\
\"domain\":{\"name\":\"$OS_USER_DOMAIN_NAME\"},\"password\":\"$OS_PASSWORD\"}}},\"scope\":{\"project\":{\"name\":\
\"$OS_PROJECT_NAME\",\"domain\":{\"name\":\"$OS_PROJECT_DOMAIN_NAME\"}}}}}"

issue_token() { # prints the new token; $1: file for curl's time_total
    curl -sS -D - -o /dev/null -w '%{stderr}%{time_total}' -H 'Content-Type: application/json' \
        -d "$AUTH_BODY" "$OS_AUTH_URL/auth/tokens" 2>"$1" | awk -F': ' 'tolower($1)=="x-subject-token"{print $2}' | tr -d '\r'
}
add_member() { # $1 token; prints time_total
    curl -sS -o /dev/null -w '%{time_total}' -H "X-Auth-Token: $1" -H 'Content-Type: application/json' \
        -d "{\"member\":\"$PROJECT\"}" "$REAL_IMAGE_URL/v2/images/$IMAGE/members"
}
remove_member() {
    curl -sS -o /dev/null -X DELETE -H "X-Auth-Token: $ADMIN_TOKEN" "$REAL_IMAGE_URL/v2/images/$IMAGE/members/$PROJECT"
}

ADMIN_TOKEN=$(issue_token /dev/null)
NAME="bench-cold-$(date +%Y%m%d%H%M%S)-$$"
IMAGE=$(curl -sS -H "X-Auth-Token: $ADMIN_TOKEN" -H 'Content-Type: application/json' \
    -d "{\"name\":\"$NAME\",\"visibility\":\"shared\",\"disk_format\":\"raw\",\"container_format\":\"bare\"}" \
    "$REAL_IMAGE_URL/v2/images" | python3 -c 'import json,sys; print(json.load(sys.stdin)["id"])')
cleanup() { curl -sS -o /dev/null -X DELETE -H "X-Auth-Token: $ADMIN_TOKEN" "$REAL_IMAGE_URL/v2/images/$IMAGE" || true; }
trap cleanup EXIT
log "image $NAME ($IMAGE), member project $PROJECT, $RUNS rounds"
remove_member
add_member "$ADMIN_TOKEN" >/dev/null # Glance validates the admin token once, here
remove_member

# clouds.yaml for the yaml row: the alt cloud of the credentials file
YAML_ENV=(env -u OS_AUTH_URL -u OS_USERNAME -u OS_PASSWORD -u OS_PROJECT_NAME -u OS_USER_DOMAIN_NAME
    -u OS_PROJECT_DOMAIN_NAME -u OS_REGION_NAME OS_CLOUD=real-alt OS_CLIENT_CONFIG_FILE="$REAL_CLOUDS_YAML")

# --- AppCDS: one training run of both paths, archive dumped at exit ---------------------------------------
rm -f app.jsa && rm -rf train-store
"$JAVA" -XX:ArchiveClassesAtExit=app.jsa -Xlog:cds=off -Xlog:cds+dynamic=off -cp "$CP" Train "$IMAGE" "$PROJECT" \
    "$OUT/train-store" >/dev/null 2>train.log
CDS=(-XX:SharedArchiveFile="$OUT/app.jsa" -Xlog:cds=off)
C1=(-XX:TieredStopAtLevel=1 -XX:+UseSerialGC)

# --- JDK 25's AOT cache: one training run records and creates it (JEP 514); the class path must match ------
rm -f app.aot && rm -rf train-store
"$JAVA25" -XX:AOTCacheOutput=app.aot -Xlog:aot=off -Xlog:cds=off -cp "$CP" Train "$IMAGE" "$PROJECT" \
    "$OUT/train-store" >/dev/null 2>train25.log
[[ -s app.aot ]] || { log "no AOT cache was written:"; cat train25.log >&2; exit 1; }
AOT=(-XX:AOTCache="$OUT/app.aot" -Xlog:aot=off -Xlog:cds=off)

declare -A CMD
CMD[java-version]="$JAVA -version"
CMD[java-noop]="$JAVA -cp $CP Noop"
CMD[java-noop-cds]="$JAVA ${CDS[*]} -cp $CP Noop"
CMD[java-fresh]="$JAVA -cp $CP ColdAdd $IMAGE $PROJECT"
CMD[java-fresh-yaml]="${YAML_ENV[*]} $JAVA -cp $CP ColdAdd $IMAGE $PROJECT"
CMD[java-fresh-cds]="$JAVA ${CDS[*]} -cp $CP ColdAdd $IMAGE $PROJECT"
CMD[java-fresh-cds-c1]="$JAVA ${CDS[*]} ${C1[*]} -cp $CP ColdAdd $IMAGE $PROJECT"
CMD[java-stored]="env GLANCESHARE_TOKEN_CACHE=file $JAVA -cp $CP ColdAdd $IMAGE $PROJECT"
CMD[java-stored-cds]="env GLANCESHARE_TOKEN_CACHE=file $JAVA ${CDS[*]} -cp $CP ColdAdd $IMAGE $PROJECT"
CMD[java-stored-cds-c1]="env GLANCESHARE_TOKEN_CACHE=file $JAVA ${CDS[*]} ${C1[*]} -cp $CP ColdAdd $IMAGE $PROJECT"
CMD[java-unseen-cds-c1]="env GLANCESHARE_TOKEN_CACHE=file $JAVA ${CDS[*]} ${C1[*]} -cp $CP ColdAdd $IMAGE $PROJECT"
CMD[java25-noop]="$JAVA25 -cp $CP Noop"
CMD[java25-fresh]="$JAVA25 -cp $CP ColdAdd $IMAGE $PROJECT"
CMD[java25-fresh-aot]="$JAVA25 ${AOT[*]} -cp $CP ColdAdd $IMAGE $PROJECT"
CMD[java25-stored]="env GLANCESHARE_TOKEN_CACHE=file $JAVA25 -cp $CP ColdAdd $IMAGE $PROJECT"
CMD[java25-stored-aot]="env GLANCESHARE_TOKEN_CACHE=file $JAVA25 ${AOT[*]} -cp $CP ColdAdd $IMAGE $PROJECT"
CMD[openstack]="openstack image add project $IMAGE $PROJECT"
ORDER=(java-version java-noop java-noop-cds java-fresh java-fresh-yaml java-fresh-cds java-fresh-cds-c1
    java-stored java-stored-cds java-stored-cds-c1 java-unseen-cds-c1 java25-noop java25-fresh java25-fresh-aot
    java25-stored java25-stored-aot openstack)
ADDS=(java-fresh java-fresh-yaml java-fresh-cds java-fresh-cds-c1 java-stored java-stored-cds
    java-stored-cds-c1 java-unseen-cds-c1 java25-fresh java25-fresh-aot java25-stored java25-stored-aot openstack)
is_add() { [[ " ${ADDS[*]} " == *" $1 "* ]]; }

# prime the store (the stored rows reuse this token; Glance sees it here)
rm -rf "$XDG_CACHE_HOME"
env GLANCESHARE_TOKEN_CACHE=file $JAVA -cp "$CP" ColdAdd "$IMAGE" "$PROJECT" >/dev/null
remove_member

store_unseen_token() { # a token Glance has not validated yet: an empty store, then an auth-only run
    rm -rf "$XDG_CACHE_HOME/glanceshare"
    env GLANCESHARE_TOKEN_CACHE=file "$JAVA" -cp "$CP" ColdAdd --auth-only
}

: > times.tsv
run_timed() { # $1 variant
    local v=$1 start end
    if [[ $v == java-unseen* ]]; then store_unseen_token; fi
    start=$EPOCHREALTIME
    /usr/bin/time -f '%U %S' -o cpu.txt ${CMD[$v]} >run.out 2>run.err || { log "$v failed:"; cat run.err >&2; exit 1; }
    end=$EPOCHREALTIME
    printf '%s\t%s\t%s\t%s\n' "$v" "$(python3 -c "print(round($end - $start, 4))")" \
        "$(awk '{print $1 + $2}' cpu.txt)" "$(cut -d' ' -f1 /proc/loadavg)" >> times.tsv
    if is_add "$v"; then remove_member; fi
}

for round in $(seq 1 "$RUNS"); do
    log "round $round/$RUNS"
    T=$(issue_token auth.t); A=$(add_member "$T"); remove_member
    printf 'curl-fresh\t%s\t\t%s\n' "$(python3 -c "print(round($(cat auth.t) + $A, 4))")" "$(cut -d' ' -f1 /proc/loadavg)" >> times.tsv
    printf 'curl-fresh-auth\t%s\n' "$(cat auth.t)" >> times.tsv
    printf 'curl-fresh-add\t%s\n' "$A" >> times.tsv
    A=$(add_member "$T"); remove_member
    printf 'curl-seen\t%s\n' "$A" >> times.tsv
    for v in "${ORDER[@]}"; do run_timed "$v"; done
done

# --- requests on the wire: what each process writes to its sockets, one strace'd run per variant ----------
: > requests.txt
for v in java-fresh java-stored java-unseen-cds-c1 java25-fresh-aot java25-stored-aot openstack; do
    if [[ $v == java-unseen* ]]; then store_unseen_token; fi
    strace -f -qq -e trace=write,writev,sendto,sendmsg -e signal=none -s 160 -o "strace-$v.txt" ${CMD[$v]} >/dev/null 2>&1
    remove_member
    grep -oE '"(GET|POST|PUT|PATCH|DELETE|HEAD) [^ ]+ HTTP/1\.1' "strace-$v.txt" | tr -d '"' \
        | sed -E "s/$IMAGE/{image}/; s/$PROJECT/{project}/" > "requests-$v.txt"
    printf '%s\t%s\t%s\n' "$v" "$(wc -l < "requests-$v.txt")" "$(paste -sd, "requests-$v.txt")" >> requests.txt
done

# --- where a java process's time goes: exec -> first connection to a service -> exit ---------------------
# strace stops only at execve, connect and exit_group (--seccomp-bpf), so the process runs at full speed.
: > breakdown.tsv
for round in $(seq 1 "$RUNS"); do
    for v in java-noop java-noop-cds java-fresh java-fresh-cds-c1 java-stored java-stored-cds-c1 java25-fresh-aot \
        java25-stored-aot; do
        strace --seccomp-bpf -f -qq -ttt -e trace=execve,connect,exit_group -e signal=none -o "timing-$v.txt" \
            ${CMD[$v]} >/dev/null 2>&1
        if is_add "$v"; then remove_member; fi
        python3 "$ROOT/sdk-benchmarks/cold-start/breakdown.py" "$v" "timing-$v.txt" >> breakdown.tsv
    done
done

# --- the example: ShareImage twice with the file store, requests counted the same way ---------------------
(cd "$ROOT" && ./mvnw -B -q -pl sdk-examples -am package -DskipTests -Dmaven.javadoc.skip=true \
    dependency:build-classpath -Dmdep.outputFile=target/runtime-classpath.txt -DincludeScope=runtime)
EXCP=$ROOT/sdk-examples/target/sdk-examples-0.1.0-SNAPSHOT.jar:$SDK:$ROOT/sdk-testing/target/sdk-testing-0.1.0-SNAPSHOT.jar:$(tr ':' '\n' < "$ROOT"/sdk-examples/target/runtime-classpath.txt | grep -v '/dev/glanceshare/' | paste -sd:)
rm -rf "$XDG_CACHE_HOME"
for n in 1 2; do
    strace -f -qq -e trace=write,writev,sendto,sendmsg -e signal=none -s 160 -o "strace-share-$n.txt" \
        env GLANCESHARE_TOKEN_CACHE=file "$JAVA" -cp "$EXCP" dev.glanceshare.examples.ShareImage "$IMAGE" "$PROJECT" \
        > "share-$n.out" 2>&1
    remove_member
    printf 'ShareImage run %s\t%s\t%s\n' "$n" "$(grep -cE '"(GET|POST|PUT|PATCH|DELETE|HEAD) /' "strace-share-$n.txt")" \
        "$(grep -E 'HTTP requests? \(' "share-$n.out")" >> requests.txt # "1 HTTP request (0 to Keystone, ...)"
done

# --- summary -----------------------------------------------------------------------------------------------
python3 - "$RUNS" <<'EOF'
import statistics, sys, collections
rows = collections.defaultdict(lambda: ([], [], []))
for line in open("times.tsv"):
    f = line.rstrip("\n").split("\t")
    w, c, l = rows[f[0]]
    w.append(float(f[1]))
    if len(f) > 2 and f[2]: c.append(float(f[2]))
    if len(f) > 3 and f[3]: l.append(float(f[3]))
print("| variant | wall median s | min | max | CPU median s | load avg |")
print("|---|---|---|---|---|---|")
for name, (w, c, l) in rows.items():
    print(f"| {name} | {statistics.median(w):.3f} | {min(w):.3f} | {max(w):.3f} | "
          f"{statistics.median(c) if c else float('nan'):.2f} | {statistics.median(l) if l else float('nan'):.1f} |")
EOF
echo
python3 "$ROOT/sdk-benchmarks/cold-start/breakdown.py" --summary breakdown.tsv
echo
cat requests.txt
