#!/usr/bin/env bash
# A real Keystone + Glance (OpenStack Zed, from Debian 12's packages) on 127.0.0.1, for the
# conformance suite.
#
# Usage: conformance/real-openstack.sh up|down|status
#
#   up      Installs the packages if missing (needs root for that step only), writes the configuration
#           into the state directory, initialises the databases, starts Keystone (uwsgi, 127.0.0.1:5000)
#           and Glance (glance-api, 127.0.0.1:9292) in the background, waits until both answer, seeds the
#           users/projects/catalog the suite needs and writes credentials.env and clouds.yaml.
#           Idempotent: a second run only checks what exists and takes a few seconds; when Keystone was
#           already running and credentials.env exists, it starts what is down and seeds nothing.
#   down    Stops the processes `up` started (from their pid files, after checking each pid is still the
#           expected command). Leaves the packages and the state (databases, keys, images) in place.
#   status  Prints whether each service answers and the pids; exits 0 only if both answer.
#
# Environment:
#   REAL_OPENSTACK_STATE_DIR      state directory (default: conformance/.state, git-ignored)
#   REAL_OPENSTACK_START_TIMEOUT  seconds to wait for each service to answer (default 120)
#   REAL_OPENSTACK_GLANCE_TOKEN_CACHE_TIME
#                                 [keystone_authtoken] token_cache_time for Glance, in seconds; unset
#                                 keeps keystonemiddleware's default (300). Glance accepts a token it has
#                                 already validated until this runs out, even after the token is revoked;
#                                 -1 turns the cache off. Applies when Glance starts (down, then up).
#
# State directory layout:
#   credentials.env  `export NAME=value` lines, values never quoted:
#                      REAL_AUTH_URL (http://127.0.0.1:5000/v3), REAL_IMAGE_URL (http://127.0.0.1:9292),
#                      REAL_REGION_NAME, REAL_USER_DOMAIN_NAME, REAL_PROJECT_DOMAIN_NAME, REAL_CLOUDS_YAML,
#                      REAL_<U>_USERNAME, _PASSWORD, _PROJECT_NAME, _PROJECT_ID, _USER_ID for U in
#                      ADMIN, DEMO, ALT, OTHER, REAL_DEMO_APPCRED_NAME, _ID, _SECRET, and REAL_LOOKUP_USERNAME,
#                      _PASSWORD, _USER_ID, _DOMAIN_NAME (a project lookup credential: no project, the
#                      reader role on domain Default)
#   clouds.yaml      clouds real-admin, real-demo, real-alt, real-other, real-demo-appcred, real-lookup
#                      (domain-scoped)
#   keystone/        keystone.conf, keystone.db, fernet-keys/, credential-keys/
#   glance/          glance-api.conf, glance.db (with the metadefs of /etc/glance/metadefs loaded), images/
#                    (the file store), staging/, image-cache/
#   run/*.pid        pids of the processes this script started
#   logs/*.log       their output (and keystone-manage / glance-manage output)
#
# Everything listens on 127.0.0.1 only and every HTTP call made here goes to 127.0.0.1. The only network
# use is apt-get talking to Debian's package mirrors while installing.
#
# Why things are done the way they are: shared/reference/glance-zed-behaviour.md (beside the repository),
# section 1 "Bringing it up".
set -euo pipefail

SCRIPT_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
STATE=${REAL_OPENSTACK_STATE_DIR:-$SCRIPT_DIR/.state}
START_TIMEOUT=${REAL_OPENSTACK_START_TIMEOUT:-120}
TOKEN_CACHE_TIME=${REAL_OPENSTACK_GLANCE_TOKEN_CACHE_TIME:-}
[[ -z $TOKEN_CACHE_TIME || $TOKEN_CACHE_TIME =~ ^-?[0-9]+$ ]] ||
  { echo "REAL_OPENSTACK_GLANCE_TOKEN_CACHE_TIME must be an integer" >&2; exit 2; }

HOST=127.0.0.1
KEYSTONE_PORT=5000
GLANCE_PORT=9292
KEYSTONE_URL=http://$HOST:$KEYSTONE_PORT
AUTH_URL=$KEYSTONE_URL/v3
IMAGE_URL=http://$HOST:$GLANCE_PORT
REGION=RegionOne
USERS=(admin demo alt other)         # each in the project of the same name, password <user>-secret
APPCRED_NAME=glanceshare-conformance # the application credential created for demo

# keystone pulls in uwsgi-core/uwsgi-plugin-python3 itself; they are listed because we run them directly.
PACKAGES=(keystone glance-api python3-openstackclient uwsgi-core uwsgi-plugin-python3 curl)

# Absolute paths: a python3 earlier on PATH (pyenv, a venv) would not see Debian's OpenStack modules.
PY=/usr/bin/python3
UWSGI=/usr/bin/uwsgi-core
KEYSTONE_MANAGE=/usr/bin/keystone-manage
KEYSTONE_WSGI=/usr/bin/keystone-wsgi-public
GLANCE_API=/usr/bin/glance-api
GLANCE_MANAGE=/usr/bin/glance-manage

# Never let a proxy setting send loopback traffic elsewhere (curl here; requests inside Glance's
# keystonemiddleware). apt keeps whatever proxy the machine needs for the package mirror.
export no_proxy="$HOST,localhost${no_proxy:+,$no_proxy}" NO_PROXY="$HOST,localhost${NO_PROXY:+,$NO_PROXY}"
CURL=(curl --noproxy '*' -sS --max-time 30)

POLICY_RC=/usr/sbin/policy-rc.d
POLICY_MARK='written by glanceshare conformance/real-openstack.sh'

log() { printf '[real-openstack] %s\n' "$*" >&2; }
die() { log "ERROR: $*"; exit 1; }
now() { date +%s.%N; }
elapsed() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.1f", b - a }'; }

set_paths() {
  # Absolute: it goes into sqlite URLs and into the processes' command lines.
  [[ -d $STATE ]] && STATE=$(cd "$STATE" && pwd)
  KS_DIR=$STATE/keystone
  GL_DIR=$STATE/glance
  RUN=$STATE/run
  LOGS=$STATE/logs
  KS_CONF=$KS_DIR/keystone.conf
  GL_CONF=$GL_DIR/glance-api.conf
  CREDS=$STATE/credentials.env
  CLOUDS=$STATE/clouds.yaml
}

TMPD=
OWN_POLICY_RC=
cleanup() {
  [[ -n $TMPD ]] && rm -rf "$TMPD"
  if [[ -n $OWN_POLICY_RC ]] && grep -qF "$POLICY_MARK" "$POLICY_RC" 2>/dev/null; then rm -f "$POLICY_RC"; fi
}
trap cleanup EXIT

# ---------------------------------------------------------------------------------------------------
# Install
# ---------------------------------------------------------------------------------------------------

missing_packages() {
  local p
  for p in "${PACKAGES[@]}"; do
    [[ $(dpkg-query -W -f='${Status}' "$p" 2>/dev/null || true) == 'install ok installed' ]] || echo "$p"
  done
}

install_packages() {
  local missing
  missing=$(missing_packages | xargs)
  if [[ -z $missing ]]; then
    log "packages already installed"
    return
  fi
  [[ $(id -u) -eq 0 ]] || die "packages missing ($missing): run 'up' as root once to install them"
  log "installing: $missing"

  # Answer the packages' questions in advance so that the maintainer scripts configure no database
  # server (dbconfig-common), register nothing in a Keystone and create no admin: we do all that
  # ourselves, in the state directory.
  debconf-set-selections <<'EOF'
keystone keystone/configure_db boolean false
keystone keystone/create-admin-tenant boolean false
keystone keystone/register-endpoint boolean false
glance-common glance/configure_db boolean false
glance-common glance/configure_rabbit boolean false
glance-common glance/configure_ksat boolean false
glance-api glance/configure_api-endpoint boolean false
EOF

  # The postinst scripts start the system services (keystone on 0.0.0.0:5000 through Debian's own uwsgi
  # ini, glance-api on 0.0.0.0:9292) via invoke-rc.d; a policy-rc.d that exits 101 forbids that.
  # Container images usually ship one already: then leave it alone. Otherwise write one and remove it
  # afterwards (also on failure: see cleanup).
  if [[ ! -e $POLICY_RC ]] || grep -qF "$POLICY_MARK" "$POLICY_RC"; then
    printf '#!/bin/sh\n# %s (removed after installing)\nexit 101\n' "$POLICY_MARK" >"$POLICY_RC"
    chmod 755 "$POLICY_RC"
    OWN_POLICY_RC=1
  fi

  export DEBIAN_FRONTEND=noninteractive
  apt-get update -q
  # shellcheck disable=SC2086  # $missing is a list of package names
  apt-get install -y -q --no-install-recommends \
    -o Dpkg::Options::=--force-confdef -o Dpkg::Options::=--force-confold $missing

  if [[ -n $OWN_POLICY_RC ]]; then rm -f "$POLICY_RC"; OWN_POLICY_RC=; fi
  local p
  for p in "$PY" "$UWSGI" "$KEYSTONE_MANAGE" "$KEYSTONE_WSGI" "$GLANCE_API" "$GLANCE_MANAGE"; do
    [[ -x $p ]] || die "$p is missing after installing the packages"
  done
}

# ---------------------------------------------------------------------------------------------------
# Configuration and databases
# ---------------------------------------------------------------------------------------------------

write_keystone_conf() {
  mkdir -p "$KS_DIR"
  cat >"$KS_CONF" <<EOF
# Written by conformance/real-openstack.sh; rewritten on every 'up'.
[DEFAULT]
# Log to stderr, which the script sends to $LOGS/keystone.log.
use_stderr = true

[database]
connection = sqlite:///$KS_DIR/keystone.db

[token]
provider = fernet

[fernet_tokens]
key_repository = $KS_DIR/fernet-keys

[fernet_receipts]
# Keystone's default is the same directory as the token keys.
key_repository = $KS_DIR/fernet-keys

[credential]
key_repository = $KS_DIR/credential-keys
EOF
}

write_glance_conf() {
  mkdir -p "$GL_DIR/images" "$GL_DIR/staging" "$GL_DIR/image-cache" "$GL_DIR/lock"
  cat >"$GL_CONF" <<EOF
# Written by conformance/real-openstack.sh; rewritten on every 'up'.
[DEFAULT]
bind_host = $HOST
bind_port = $GLANCE_PORT
# Debian's eventlet server (its uwsgi mode is broken for Glance): one parent + one worker process,
# because sqlite does not take concurrent writers.
workers = 1
use_stderr = true
node_staging_uri = file://$GL_DIR/staging
image_cache_dir = $GL_DIR/image-cache
# Legacy policy rules (Zed's shipped defaults, stated so a newer oslo.policy cannot change them):
# a token with the admin role bypasses ownership checks.
enforce_secure_rbac = false

[oslo_policy]
enforce_new_defaults = false
enforce_scope = false

[database]
connection = sqlite:///$GL_DIR/glance.db

[glance_store]
stores = file
default_store = file
filesystem_store_datadir = $GL_DIR/images

[keystone_authtoken]
www_authenticate_uri = $KEYSTONE_URL
auth_url = $KEYSTONE_URL
auth_type = password
user_domain_name = Default
project_domain_name = Default
project_name = service
username = glance
password = glance-secret
${TOKEN_CACHE_TIME:+token_cache_time = $TOKEN_CACHE_TIME}

[paste_deploy]
flavor = keystone
config_file = /etc/glance/glance-api-paste.ini

[oslo_concurrency]
lock_path = $GL_DIR/lock
EOF
}

# sqlite in WAL mode: without it Keystone deadlocks on itself (a reader and a writer connection in one
# request, e.g. POST /v3/services) and answers 500 after 5 s. The mode is stored in the database file.
sqlite_wal() {
  "$PY" - "$1" <<'EOF'
import sqlite3, sys
mode = sqlite3.connect(sys.argv[1]).execute("PRAGMA journal_mode=WAL").fetchone()[0]
if mode.lower() != "wal":
    sys.exit(f"could not switch {sys.argv[1]} to WAL (journal_mode={mode})")
EOF
}

pkg_version() { dpkg-query -W -f='${Version}' "$1"; }

# Runs a keystone-manage/glance-manage step, its output into logs/<log>.log; prints the log tail on failure.
manage() {
  local logname=$1; shift
  if ! "$@" >>"$LOGS/$logname.log" 2>&1; then
    tail -n 30 "$LOGS/$logname.log" >&2
    die "failed: $* (log: $LOGS/$logname.log)"
  fi
}

# db_sync, key repositories and bootstrap. Done once per state directory and Keystone version: the
# marker records the version that initialised it (a package upgrade re-runs db_sync).
init_keystone() {
  local marker=$KS_DIR/.initialised version
  version=$(pkg_version keystone)
  if [[ -f $KS_DIR/keystone.db && -f $marker && $(<"$marker") == "$version" ]]; then return; fi
  log "keystone: db_sync, fernet_setup, credential_setup, bootstrap"
  local ks=("$KEYSTONE_MANAGE" --config-file "$KS_CONF")
  manage keystone-manage "${ks[@]}" db_sync
  sqlite_wal "$KS_DIR/keystone.db"
  # The keys belong to whoever runs the services (root in CI).
  [[ -f $KS_DIR/fernet-keys/0 ]] ||
    manage keystone-manage "${ks[@]}" fernet_setup --keystone-user "$(id -un)" --keystone-group "$(id -gn)"
  [[ -f $KS_DIR/credential-keys/0 ]] ||
    manage keystone-manage "${ks[@]}" credential_setup --keystone-user "$(id -un)" --keystone-group "$(id -gn)"
  # Creates (or leaves) the admin user, project and role, RegionOne and the identity endpoints.
  OS_BOOTSTRAP_PASSWORD=admin-secret manage keystone-manage "${ks[@]}" bootstrap \
    --bootstrap-username admin --bootstrap-project-name admin --bootstrap-role-name admin \
    --bootstrap-service-name keystone --bootstrap-region-id "$REGION" \
    --bootstrap-admin-url "$AUTH_URL" --bootstrap-public-url "$AUTH_URL" --bootstrap-internal-url "$AUTH_URL"
  echo "$version" >"$marker"
}

init_glance() {
  local marker=$GL_DIR/.initialised version
  version=$(pkg_version glance-api)
  if [[ -f $GL_DIR/glance.db && -f $marker && $(<"$marker") == "$version" ]]; then return; fi
  log "glance: db_sync"
  manage glance-manage "$GLANCE_MANAGE" --config-file "$GL_CONF" db_sync
  sqlite_wal "$GL_DIR/glance.db"
  echo "$version" >"$marker"
}

# Glance's metadata-definition catalogue from the definitions glance-common ships, as a standard
# deployment (devstack) loads it; without it /v2/metadefs/* is empty. Once per state and Glance version.
load_metadefs() {
  local marker=$GL_DIR/.metadefs version
  version=$(pkg_version glance-api)
  if [[ -f $marker && $(<"$marker") == "$version" ]]; then return; fi
  log "glance: db_load_metadefs /etc/glance/metadefs"
  manage glance-manage "$GLANCE_MANAGE" --config-file "$GL_CONF" db_load_metadefs /etc/glance/metadefs
  echo "$version" >"$marker"
}

# ---------------------------------------------------------------------------------------------------
# Processes
# ---------------------------------------------------------------------------------------------------

# The command line of the process a service's pid file names must contain both strings, or it is
# not ours (the pid was reused, or the process belongs to another state directory).
keystone_marks() { printf '%s\n' "$UWSGI" "OS_KEYSTONE_CONFIG_FILES=$KS_CONF"; }
glance_marks() { printf '%s\n' "$GLANCE_API" "$GL_CONF"; }

# is_ours NAME PID: true if PID is alive and its command line is that of our NAME service. A zombie
# has an empty command line, so it does not count.
is_ours() {
  local name=$1 pid=$2 cmdline mark
  [[ $pid =~ ^[0-9]+$ && -r /proc/$pid/cmdline ]] || return 1
  cmdline=$(tr '\0' ' ' <"/proc/$pid/cmdline" 2>/dev/null) || return 1
  while IFS= read -r mark; do
    [[ $cmdline == *"$mark"* ]] || return 1
  done < <("${name}_marks")
}

# Prints the pid of the service if its pid file names a live process of ours.
our_pid() {
  local f=$RUN/$1.pid pid
  [[ -s $f ]] || return 1
  pid=$(<"$f")
  is_ours "$1" "$pid" || return 1
  echo "$pid"
}

# True if something accepts TCP connections on 127.0.0.1:$1 (no ss/netstat on a bare machine).
port_open() { (exec 3<>"/dev/tcp/$HOST/$1") 2>/dev/null; }

http_code() { "${CURL[@]}" -o /dev/null -w '%{http_code}' --max-time 5 "$1" 2>/dev/null || true; }

# Starts "$@" in its own session (so it outlives this script and its terminal, and `down` can find
# its children through the process group) with output appended to logs/<name>.log.
spawn() {
  local name=$1; shift
  printf '\n===== %s: started by real-openstack.sh up\n' "$(date -Is)" >>"$LOGS/$name.log"
  # No job control in a script, so the child is not a process group leader and setsid(1) execs in
  # place: $! is the service's own pid.
  setsid "$@" </dev/null >>"$LOGS/$name.log" 2>&1 &
  echo $! >"$RUN/$name.pid"
}

start_keystone() {
  # Not Debian's /etc/keystone/keystone-uwsgi.ini: it loads the apparmor plugin and strips
  # Content-Length. uwsgi's `http` router with keep-alive, because a plain http-socket closes every
  # connection without saying `Connection: close` and keep-alive clients (Java, python-requests) then
  # fail on their second request. One process with one thread: sqlite fails with more.
  # --lazy-apps loads Keystone in the worker, not in the master before the fork (no shared sqlite
  # connection); --need-app fails at once if Keystone cannot load.
  # Debian builds the http router as a plugin, hence --plugins http,python3. The router reaches the
  # worker through a uwsgi socket on an automatically chosen 127.0.0.1 port.
  spawn keystone "$UWSGI" --plugins http,python3 --master --die-on-term --need-app --lazy-apps \
    --enable-threads --http "$HOST:$KEYSTONE_PORT" --http-keepalive \
    --processes 1 --threads 1 --buffer-size 65535 \
    --env "OS_KEYSTONE_CONFIG_FILES=$KS_CONF" --wsgi-file "$KEYSTONE_WSGI"
}

start_glance() {
  spawn glance "$GLANCE_API" --config-file "$GL_CONF"
}

# Succeeds if the service must be started: our own copy is not running and its port is free.
# Fails (returns 1) if our copy already runs; refuses to go on if someone else holds the port.
needs_start() {
  local name=$1 port=$2 pid
  if pid=$(our_pid "$name"); then
    log "$name: already running (pid $pid)"
    return 1
  fi
  rm -f "$RUN/$name.pid"
  if port_open "$port"; then
    die "$HOST:$port is in use by a process this script did not start (state: $STATE); stop it first"
  fi
}

# Waits until the service answers $url with 200 or 300; fails early if the process dies.
wait_answering() {
  local name=$1 url=$2 deadline code
  deadline=$(($(date +%s) + START_TIMEOUT))
  while :; do
    code=$(http_code "$url")
    [[ $code == 200 || $code == 300 ]] && { log "$name: answering ($url -> $code)"; return; }
    if ! our_pid "$name" >/dev/null; then
      tail -n 40 "$LOGS/$name.log" >&2
      die "$name exited before answering (log above: $LOGS/$name.log)"
    fi
    if (($(date +%s) >= deadline)); then
      tail -n 40 "$LOGS/$name.log" >&2
      die "$name did not answer $url within ${START_TIMEOUT}s (last status $code; log above: $LOGS/$name.log)"
    fi
    sleep 0.3
  done
}

# group_members NAME PGID: the pids in process group PGID that are our NAME service (same command
# line), read from /proc (procps may be missing).
group_members() {
  local stat rest pid pgrp
  for stat in /proc/[0-9]*/stat; do
    { rest=$(<"$stat"); } 2>/dev/null || continue  # the process may have gone meanwhile
    pid=${stat#/proc/}; pid=${pid%/stat}
    rest=${rest##*) }                   # after "pid (comm) ": state ppid pgrp ...
    read -r _ _ pgrp _ <<<"$rest"
    [[ $pgrp == "$2" ]] && is_ours "$1" "$pid" && printf '%s ' "$pid"
  done
  return 0
}

# TERM, then after 20 s KILL; then TERM whatever is left in its process group (its workers).
stop_service() {
  local name=$1 pid i
  if ! pid=$(our_pid "$name"); then
    [[ -f $RUN/$name.pid ]] && log "$name: pid file names no live process of ours; removing it"
    rm -f "$RUN/$name.pid"
    log "$name: not running"
    return
  fi
  log "$name: stopping pid $pid"
  kill -TERM "$pid" 2>/dev/null || true
  for ((i = 0; i < 100; i++)); do
    our_pid "$name" >/dev/null || break
    sleep 0.2
  done
  if our_pid "$name" >/dev/null; then
    log "$name: still alive after 20 s, sending KILL"
    kill -KILL "$pid" 2>/dev/null || true
  fi
  # spawn() made the service a session and process group leader with pgid == pid, so its children
  # (uwsgi's http router and worker, glance-api's worker) share that group and nothing else does.
  # They normally exit with their parent; any left over get TERM, by pid.
  local left
  left=$(group_members "$name" "$pid")
  if [[ -n $left ]]; then
    sleep 1
    left=$(group_members "$name" "$pid")
    # shellcheck disable=SC2086  # a list of pids
    [[ -z $left ]] || { log "$name: terminating leftover workers $left"; kill -TERM $left 2>/dev/null || true; }
  fi
  rm -f "$RUN/$name.pid"
  log "$name: stopped"
}

# ---------------------------------------------------------------------------------------------------
# Seeding through Keystone's API (curl on 127.0.0.1; python3 only to read JSON)
# ---------------------------------------------------------------------------------------------------

TOKEN=

# ks METHOD PATH [JSON]: calls Keystone with $TOKEN, prints the body; fails unless the status is 2xx.
ks() {
  local method=$1 path=$2 data=${3-} code
  local args=(-X "$method" -H "X-Auth-Token: $TOKEN" -o "$TMPD/body" -w '%{http_code}')
  [[ -n $data ]] && args+=(-H 'Content-Type: application/json' --data "$data")
  code=$("${CURL[@]}" "${args[@]}" "$KEYSTONE_URL$path") || die "keystone $method $path: no answer"
  [[ $code == 2* ]] || die "keystone $method $path -> $code: $(head -c 500 "$TMPD/body")"
  cat "$TMPD/body"
}

# issue_token JSON: POST /v3/auth/tokens, prints X-Subject-Token; returns 1 unless 201.
issue_token() {
  local code
  code=$("${CURL[@]}" -o /dev/null -D "$TMPD/headers" -w '%{http_code}' \
    -H 'Content-Type: application/json' --data "$1" "$AUTH_URL/auth/tokens") || return 1
  [[ $code == 201 ]] || return 1
  awk 'tolower($1) == "x-subject-token:" { sub(/\r$/, "", $2); print $2 }' "$TMPD/headers"
}

password_auth() { # user project
  printf '{"auth":{"identity":{"methods":["password"],"password":{"user":{"name":"%s","domain":{"id":"default"},"password":"%s-secret"}}},"scope":{"project":{"name":"%s","domain":{"id":"default"}}}}}' "$1" "$1" "$2"
}

appcred_auth() { # id secret
  printf '{"auth":{"identity":{"methods":["application_credential"],"application_credential":{"id":"%s","secret":"%s"}}}}' "$1" "$2"
}

# id_of COLLECTION NAME [FIELD=VALUE]: reads a Keystone list on stdin, prints the id of the entry with
# that name (and field value), or nothing.
id_of() {
  "$PY" -c '
import json, sys
coll, name = sys.argv[1], sys.argv[2]
field, _, value = (sys.argv[3] if len(sys.argv) > 3 else "").partition("=")
for e in json.load(sys.stdin)[coll]:
    if e.get("name") == name and (not field or e.get(field) == value):
        print(e["id"]); break' "$@"
}

# json_get PATH: prints the value at a dotted path (e.g. project.id) of the JSON on stdin.
json_get() {
  "$PY" -c '
import json, sys
v = json.load(sys.stdin)
for k in sys.argv[1].split("."):
    v = v[int(k)] if isinstance(v, list) else v[k]
print(v)' "$1"
}

# The value a previous run wrote into credentials.env, or nothing.
previous() {
  [[ -f $CREDS ]] || return 0
  sed -n "s/^export $1=//p" "$CREDS" | tail -n 1
}

declare -A PROJECT_ID USER_ID
APPCRED_ID=
APPCRED_SECRET=

seed() {
  TOKEN=$(issue_token "$(password_auth admin admin)") || die "cannot authenticate as admin"

  local roles admin_role member_role
  roles=$(ks GET /v3/roles)
  admin_role=$(id_of roles admin <<<"$roles")
  member_role=$(id_of roles member <<<"$roles")
  [[ -n $admin_role ]] || die "no admin role after bootstrap"
  # bootstrap creates admin, member and reader since Rocky; create member anyway if it is missing.
  [[ -n $member_role ]] || member_role=$(ks POST /v3/roles '{"role":{"name":"member"}}' | json_get role.id)

  local projects p id
  projects=$(ks GET '/v3/projects?domain_id=default')
  for p in admin service demo alt other; do
    id=$(id_of projects "$p" <<<"$projects")
    if [[ -z $id ]]; then
      log "seed: project $p"
      id=$(ks POST /v3/projects "{\"project\":{\"name\":\"$p\",\"domain_id\":\"default\",\"description\":\"\"}}" | json_get project.id)
    elif [[ $p != admin && -z $(id_of projects "$p" description= <<<"$projects") ]]; then
      # no description, as the fake's projects: the project lookup scenarios compare project bodies
      ks PATCH "/v3/projects/$id" '{"project":{"description":""}}' >/dev/null
    fi
    PROJECT_ID[$p]=$id
  done

  local users u project
  users=$(ks GET '/v3/users?domain_id=default')
  for u in admin glance demo alt other; do
    project=$u
    [[ $u == glance ]] && project=service
    id=$(id_of users "$u" <<<"$users")
    if [[ -z $id ]]; then
      log "seed: user $u"
      id=$(ks POST /v3/users "{\"user\":{\"name\":\"$u\",\"domain_id\":\"default\",\"password\":\"$u-secret\",\"default_project_id\":\"${PROJECT_ID[$project]}\",\"enabled\":true}}" | json_get user.id)
    fi
    USER_ID[$u]=$id
  done

  # PUT of a role assignment is idempotent (204 whether it existed or not).
  ks PUT "/v3/projects/${PROJECT_ID[admin]}/users/${USER_ID[admin]}/roles/$admin_role" >/dev/null
  ks PUT "/v3/projects/${PROJECT_ID[service]}/users/${USER_ID[glance]}/roles/$admin_role" >/dev/null
  for u in demo alt other; do
    ks PUT "/v3/projects/${PROJECT_ID[$u]}/users/${USER_ID[$u]}/roles/$member_role" >/dev/null
  done
  seed_lookup_user "$users" "$(id_of roles reader <<<"$roles")"

  # The image service and its three endpoints.
  local service endpoints iface
  service=$(ks GET '/v3/services?type=image' | id_of services glance)
  if [[ -z $service ]]; then
    log "seed: image service"
    service=$(ks POST /v3/services '{"service":{"type":"image","name":"glance","description":"OpenStack Image","enabled":true}}' | json_get service.id)
  fi
  endpoints=$(ks GET "/v3/endpoints?service_id=$service")
  for iface in public internal admin; do
    if ! "$PY" -c '
import json, sys
sys.exit(0 if any(e["interface"] == sys.argv[1] and e["url"] == sys.argv[2]
                  for e in json.load(sys.stdin)["endpoints"]) else 1)' "$iface" "$IMAGE_URL" <<<"$endpoints"; then
      log "seed: image endpoint $iface"
      ks POST /v3/endpoints "{\"endpoint\":{\"service_id\":\"$service\",\"interface\":\"$iface\",\"url\":\"$IMAGE_URL\",\"region_id\":\"$REGION\",\"enabled\":true}}" >/dev/null
    fi
  done

  seed_appcred
}

# A project lookup credential (issue 17): user lookup, in no project, with the reader role on domain
# Default. Keystone Zed's default policy answers its domain-scoped token's GET /v3/projects?name= with that
# domain's projects (docs/sharing-workflow.md, "Who can resolve a project name").
seed_lookup_user() { # users-json reader-role-id
  local id reader_role=$2
  [[ -n $reader_role ]] || die "no reader role after bootstrap"
  id=$(id_of users lookup <<<"$1")
  if [[ -z $id ]]; then
    log "seed: user lookup (reader on domain Default)"
    id=$(ks POST /v3/users '{"user":{"name":"lookup","domain_id":"default","password":"lookup-secret","enabled":true}}' |
      json_get user.id)
  fi
  USER_ID[lookup]=$id
  ks PUT "/v3/domains/default/users/$id/roles/$reader_role" >/dev/null
}

# An application credential for demo. Keystone shows its secret only once, at creation: keep the one a
# previous run recorded if it still authenticates, otherwise replace the credential.
seed_appcred() {
  local id secret
  id=$(previous REAL_DEMO_APPCRED_ID)
  secret=$(previous REAL_DEMO_APPCRED_SECRET)
  if [[ -n $id && -n $secret ]] && issue_token "$(appcred_auth "$id" "$secret")" >/dev/null; then
    APPCRED_ID=$id APPCRED_SECRET=$secret
    return
  fi
  log "seed: application credential $APPCRED_NAME for demo"
  local demo_token old created
  demo_token=$(issue_token "$(password_auth demo demo)") || die "cannot authenticate as demo"
  # Only the user itself may create its application credentials.
  old=$(TOKEN=$demo_token ks GET "/v3/users/${USER_ID[demo]}/application_credentials?name=$APPCRED_NAME" |
    id_of application_credentials "$APPCRED_NAME")
  [[ -z $old ]] || TOKEN=$demo_token ks DELETE "/v3/users/${USER_ID[demo]}/application_credentials/$old" >/dev/null
  created=$(TOKEN=$demo_token ks POST "/v3/users/${USER_ID[demo]}/application_credentials" \
    "{\"application_credential\":{\"name\":\"$APPCRED_NAME\",\"description\":\"glanceshare conformance suite\"}}")
  APPCRED_ID=$(json_get application_credential.id <<<"$created")
  APPCRED_SECRET=$(json_get application_credential.secret <<<"$created")
}

# ---------------------------------------------------------------------------------------------------
# Credentials for the test suite
# ---------------------------------------------------------------------------------------------------

# credentials.env: one `export NAME=value` per line, values never quoted (every value is checked to be
# made of [A-Za-z0-9._:/-] only), so that both a shell and a plain line parser can read it.
write_credentials() {
  local out=$TMPD/credentials.env u U line
  {
    echo "# Written by conformance/real-openstack.sh up; real Keystone + Glance on $HOST."
    echo "export REAL_AUTH_URL=$AUTH_URL"
    echo "export REAL_IMAGE_URL=$IMAGE_URL"
    echo "export REAL_REGION_NAME=$REGION"
    echo "export REAL_USER_DOMAIN_NAME=Default"
    echo "export REAL_PROJECT_DOMAIN_NAME=Default"
    echo "export REAL_CLOUDS_YAML=$CLOUDS"
    for u in "${USERS[@]}"; do
      U=${u^^}
      echo "export REAL_${U}_USERNAME=$u"
      echo "export REAL_${U}_PASSWORD=$u-secret"
      echo "export REAL_${U}_PROJECT_NAME=$u"
      echo "export REAL_${U}_PROJECT_ID=${PROJECT_ID[$u]}"
      echo "export REAL_${U}_USER_ID=${USER_ID[$u]}"
    done
    echo "export REAL_DEMO_APPCRED_NAME=$APPCRED_NAME"
    echo "export REAL_DEMO_APPCRED_ID=$APPCRED_ID"
    echo "export REAL_DEMO_APPCRED_SECRET=$APPCRED_SECRET"
    echo "export REAL_LOOKUP_USERNAME=lookup"
    echo "export REAL_LOOKUP_PASSWORD=lookup-secret"
    echo "export REAL_LOOKUP_USER_ID=${USER_ID[lookup]}"
    echo "export REAL_LOOKUP_DOMAIN_NAME=Default"
  } >"$out"
  while IFS= read -r line; do
    [[ $line == '#'* || $line =~ ^export\ [A-Z0-9_]+=[A-Za-z0-9._:/-]+$ ]] ||
      die "refusing to write an unexpected credentials line: $line"
  done <"$out"
  chmod 600 "$out"
  mv "$out" "$CREDS"
}

write_clouds_yaml() {
  local out=$TMPD/clouds.yaml u
  {
    echo "# Written by conformance/real-openstack.sh up; real Keystone + Glance on $HOST."
    echo "clouds:"
    for u in "${USERS[@]}"; do
      cat <<EOF
  real-$u:
    auth:
      auth_url: $AUTH_URL
      username: $u
      password: $u-secret
      project_name: $u
      user_domain_name: Default
      project_domain_name: Default
    region_name: $REGION
    interface: public
    identity_api_version: 3
    image_api_version: 2
EOF
    done
    cat <<EOF
  real-lookup:
    auth:
      auth_url: $AUTH_URL
      username: lookup
      password: lookup-secret
      user_domain_name: Default
      domain_name: Default
    region_name: $REGION
    interface: public
    identity_api_version: 3
  real-demo-appcred:
    auth_type: v3applicationcredential
    auth:
      auth_url: $AUTH_URL
      application_credential_id: $APPCRED_ID
      application_credential_secret: $APPCRED_SECRET
    region_name: $REGION
    interface: public
    identity_api_version: 3
    image_api_version: 2
EOF
  } >"$out"
  chmod 600 "$out"
  mv "$out" "$CLOUDS"
}

# ---------------------------------------------------------------------------------------------------
# Commands
# ---------------------------------------------------------------------------------------------------

cmd_up() {
  local t0 t1 t2 t3
  t0=$(now)
  install_packages
  t1=$(now)

  mkdir -p "$STATE"
  set_paths
  mkdir -p "$RUN" "$LOGS"
  TMPD=$(mktemp -d "$STATE/.tmp.XXXXXX")
  # Both ports are checked before anything starts. Databases are initialised and switched to WAL only
  # while their service is down.
  local start_keystone=false start_glance=false
  needs_start keystone "$KEYSTONE_PORT" && start_keystone=true
  needs_start glance "$GLANCE_PORT" && start_glance=true
  write_keystone_conf
  write_glance_conf
  if $start_keystone; then
    init_keystone
    sqlite_wal "$KS_DIR/keystone.db"
    log "keystone: starting on $HOST:$KEYSTONE_PORT"
    start_keystone
  fi
  # Glance's db_sync runs while Keystone loads; Glance needs Keystone only to validate tokens.
  if $start_glance; then
    init_glance
    load_metadefs
    sqlite_wal "$GL_DIR/glance.db"
    log "glance: starting on $HOST:$GLANCE_PORT"
    start_glance
  fi
  wait_answering keystone "$AUTH_URL"
  wait_answering glance "$IMAGE_URL/versions"
  t2=$(now)

  # A Keystone that kept running still holds what the last seed wrote: when only Glance was (re)started
  # (conformance/faults.sh restart), seeding again would only cost time on a busy Keystone.
  if $start_keystone || [[ ! -s $CREDS || ! -s $CLOUDS ]]; then
    seed
    write_credentials
    write_clouds_yaml
  else
    log "keystone kept running: its seed and $CREDS stand"
  fi
  t3=$(now)

  log "up: keystone $AUTH_URL (pid $(our_pid keystone)), glance $IMAGE_URL (pid $(our_pid glance))"
  log "credentials: $CREDS and $CLOUDS"
  log "timings: install $(elapsed "$t0" "$t1") s, start $(elapsed "$t1" "$t2") s, seed $(elapsed "$t2" "$t3") s, total $(elapsed "$t0" "$t3") s"
}

cmd_down() {
  if [[ ! -d $STATE ]]; then
    log "no state directory $STATE: nothing to stop"
    return
  fi
  set_paths
  stop_service glance
  stop_service keystone
}

cmd_status() {
  set_paths
  local ok=0 name url code pid
  for name in keystone glance; do
    if [[ $name == keystone ]]; then url=$AUTH_URL; else url=$IMAGE_URL/versions; fi
    code=$(http_code "$url")
    pid=$(our_pid "$name" 2>/dev/null) || pid='none (not started from this state directory)'
    if [[ $code == 200 || $code == 300 ]]; then
      printf '%-8s answering     %-34s -> %s   pid %s\n' "$name" "$url" "$code" "$pid"
    else
      printf '%-8s NOT answering %-34s -> %s   pid %s\n' "$name" "$url" "$code" "$pid"
      ok=1
    fi
  done
  [[ -f $STATE/credentials.env ]] && printf 'credentials: %s\n' "$STATE/credentials.env"
  return $ok
}

# Sourced (conformance/faults.sh): the functions above only, so that its checks of whose process is whose
# are these very ones.
[[ ${BASH_SOURCE[0]} == "$0" ]] || return 0

case ${1-} in
  up) cmd_up ;;
  down) cmd_down ;;
  status) cmd_status ;;
  *)
    sed -n '2,/^set -euo/p' "${BASH_SOURCE[0]}" | sed '$d' | sed 's/^# \{0,1\}//' >&2
    exit 2
    ;;
esac
