#!/usr/bin/env bash
# OpenStack's Tempest (Debian's `tempest`, 33.0.0) image v2 tests, `tempest.api.image.v2`, against the
# bundled fake (the standalone jar) and against the real Keystone + Glance of real-openstack.sh, compared
# test by test.
#
# Usage: conformance/tempest.sh real|fake|compare|all OUT
#
#   real OUT      runs the tests once against the real services (`real-openstack.sh up` must have run)
#                 into OUT/real/
#   fake OUT [N]  starts the standalone fake (sdk-testing/target/sdk-testing-*-standalone.jar, built by
#                 ./mvnw verify) on free ports and runs the tests N times (default 3) against that one
#                 fake, into OUT/fake-1/ ... OUT/fake-N/; stops the fake with SIGTERM afterwards
#   compare OUT   compares OUT/real/results.tsv with every OUT/fake-*/results.tsv: any test whose result
#                 differs fails, unless conformance/tempest/allowed-differences.tsv accepts it with a
#                 reason; fake runs that differ from each other (flakiness) fail too
#   all OUT       real, fake (3 runs), compare: what .ci/run does
#   url OUT URL   runs the tests once against another Keystone on 127.0.0.1 (users as above) into OUT/url/
#
# Each run's folder holds results.tsv (test id, pass/fail/skip, reason), tempest.log (every request and
# response at DEBUG), the Tempest workspace and its configuration. Tempest uses pre-provisioned accounts:
# demo and alt (role member) and admin (role admin), password <user>-secret, as both targets seed them.
#
# Installs `tempest` and `python3-subunit` from Debian when missing (needs root for that step only).
# Every request goes to 127.0.0.1.
set -euo pipefail

HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ROOT=$(cd "$HERE/.." && pwd)
STATE=${REAL_OPENSTACK_STATE_DIR:-$HERE/.state}
REGEX='^tempest\.api\.image\.v2\.'
export no_proxy="127.0.0.1,localhost${no_proxy:+,$no_proxy}" NO_PROXY="127.0.0.1,localhost${NO_PROXY:+,$NO_PROXY}"

log() { printf '[tempest] %s\n' "$*" >&2; }
die() { log "ERROR: $*"; exit 1; }

install_tempest() {
  local p missing=()
  for p in tempest python3-subunit; do
    [[ $(dpkg-query -W -f='${Status}' "$p" 2>/dev/null || true) == 'install ok installed' ]] || missing+=("$p")
  done
  ((${#missing[@]} == 0)) && return
  [[ $(id -u) -eq 0 ]] || die "packages missing (${missing[*]}): run as root once to install them"
  log "installing: ${missing[*]}"
  DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=600 install -y -q --no-install-recommends \
    "${missing[@]}" >&2 || { apt-get update -q >&2 && DEBIAN_FRONTEND=noninteractive apt-get \
    -o DPkg::Lock::Timeout=600 install -y -q --no-install-recommends "${missing[@]}" >&2; }
}

# run_once DIR AUTH_URL: a fresh Tempest workspace in DIR/workspace, one run, DIR/results.tsv.
run_once() {
  local dir=$1 auth_url=$2 ws t0 name
  ws=$dir/workspace
  # Tempest registers every workspace by name in ~/.tempest/workspace.yaml: a unique one, removed after.
  name=glanceshare-$(basename "$dir")-$$-$RANDOM
  rm -rf "$dir"
  mkdir -p "$dir"
  # from inside $dir: the tempest command writes a tempest.log into its working directory
  (cd "$dir" && tempest init --name "$name" "$ws" >"$dir/init.log" 2>&1) ||
    { cat "$dir/init.log" >&2; die "tempest init failed"; }
  sed -e "s#@WORKSPACE@#$ws#g" -e "s#@AUTH_URL@#$auth_url#g" "$HERE/tempest/tempest.conf.in" >"$ws/etc/tempest.conf"
  local u
  : >"$ws/etc/accounts.yaml"
  for u in demo alt; do
    printf -- "- username: '%s'\n  project_name: '%s'\n  password: '%s-secret'\n  domain_name: 'Default'\n  roles: ['member']\n" \
      "$u" "$u" "$u" >>"$ws/etc/accounts.yaml"
  done
  printf -- "- username: 'admin'\n  project_name: 'admin'\n  password: 'admin-secret'\n  domain_name: 'Default'\n  types: ['admin']\n" \
    >>"$ws/etc/accounts.yaml"
  t0=$(date +%s)
  # Failing tests make `tempest run` exit non-zero; the comparison decides.
  (cd "$ws" && tempest run --regex "$REGEX" --concurrency 1 >"$dir/run.log" 2>&1) || true
  (cd "$ws" && stestr last --subunit) | /usr/bin/python3 "$HERE/tempest_results.py" tsv >"$dir/results.tsv" ||
    { tail -n 30 "$dir/run.log" >&2; die "no Tempest results in $dir (log: $dir/run.log)"; }
  cp "$ws/logs/tempest.log" "$dir/tempest.log" 2>/dev/null || cp "$ws/tempest.log" "$dir/tempest.log" 2>/dev/null || true
  (cd "$dir" && tempest workspace remove --name "$name" >/dev/null 2>&1) || true
  log "$(basename "$dir"): $(awk -F'\t' 'NR > 1 { n[$2]++ } END { printf "%d passed, %d failed, %d skipped", n["pass"], n["fail"], n["skip"] }' "$dir/results.tsv") in $(($(date +%s) - t0)) s"
}

cmd_real() {
  local out=$1 creds=$STATE/credentials.env url
  [[ -f $creds ]] || die "no $creds: run conformance/real-openstack.sh up first"
  url=$(sed -n 's/^export REAL_AUTH_URL=//p' "$creds")
  run_once "$out/real" "$url"
}

FAKE_PID=
stop_fake() {
  if [[ -n $FAKE_PID ]]; then
    kill -TERM "$FAKE_PID" 2>/dev/null || true
    wait "$FAKE_PID" 2>/dev/null || true
    FAKE_PID=
  fi
}

cmd_fake() {
  local out=$1 runs=${2:-3} jar url i
  jar=$(ls "$ROOT"/sdk-testing/target/sdk-testing-*-standalone.jar 2>/dev/null | head -n 1)
  [[ -n $jar ]] || die "no standalone jar in sdk-testing/target: run ./mvnw -B verify first"
  mkdir -p "$out"
  trap stop_fake EXIT
  java -jar "$jar" --port 0 --glance-port 0 >"$out/fake.out" 2>"$out/fake.err" &
  FAKE_PID=$!
  for i in $(seq 100); do
    grep -q '^export OS_INTERFACE=' "$out/fake.out" 2>/dev/null && break
    kill -0 "$FAKE_PID" 2>/dev/null || { cat "$out/fake.err" >&2; die "the fake exited"; }
    sleep 0.1
  done
  url=$(sed -n 's/^export OS_AUTH_URL=//p' "$out/fake.out")
  [[ -n $url ]] || die "the fake printed no OS_AUTH_URL"
  log "fake: $url (pid $FAKE_PID)"
  for i in $(seq "$runs"); do
    run_once "$out/fake-$i" "$url"
  done
  stop_fake
}

cmd_compare() {
  local out=$1
  /usr/bin/python3 "$HERE/tempest_results.py" compare "$out/real/results.tsv" "$HERE/tempest/allowed-differences.tsv" \
    "$out"/fake-*/results.tsv | tee "$out/comparison.txt"
}

[[ $# -ge 2 ]] || { sed -n '2,/^set -euo/p' "${BASH_SOURCE[0]}" | sed '$d' | sed 's/^# \{0,1\}//' >&2; exit 2; }
command=$1 out=$2
mkdir -p "$out"
out=$(cd "$out" && pwd)
case $command in
  real) install_tempest; cmd_real "$out" ;;
  fake) install_tempest; cmd_fake "$out" "${3:-3}" ;;
  compare) cmd_compare "$out" ;;
  all) install_tempest; cmd_real "$out"; cmd_fake "$out" 3; cmd_compare "$out" ;;
  url) install_tempest; run_once "$out/url" "${3:?an identity URL such as http://127.0.0.1:5000/v3}" ;;
  *) die "unknown command $command" ;;
esac
