#!/usr/bin/env bash
# Fault tooling for the reliability harness against the real Keystone + Glance of real-openstack.sh
# (docs/RELIABILITY.md, "Against the real services").
#
# Usage: conformance/faults.sh COMMAND [ARGS]
#
#   signal NAME SIG   sends SIG (KILL, TERM, STOP or CONT) to the service NAME (keystone or glance): to the
#                     pid in its pid file and the workers in that pid's process group, each checked to be
#                     the process real-openstack.sh started (its command line), never anything else
#   wait-gone NAME    waits (up to 30 s) until no process of the service is left
#   restart           real-openstack.sh up: starts whichever service is not running, keeping Glance's
#                     current token_cache_time (up rewrites glance-api.conf from its environment)
#   pids NAME         prints the service's pids (pid file first)
#   tmpfs-on SIZE     mounts a tmpfs of SIZE (such as 2m) over Glance's file store (needs root); the
#                     store's existing files are hidden, not touched, until tmpfs-off
#   tmpfs-off         unmounts it again
#   tokenfs-on MODE   mounts a 64 KiB tmpfs on STATE/tokenfs with an empty directory store/ for a token store,
#                     then makes it read-only (MODE ro) or fills it up (MODE full); needs root
#   tokenfs-off       unmounts it again
#
# Environment: REAL_OPENSTACK_STATE_DIR as for real-openstack.sh (default conformance/.state).
# Nothing here sends network traffic; restart runs real-openstack.sh, which talks to 127.0.0.1 only.
set -euo pipefail

HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
[[ -d ${REAL_OPENSTACK_STATE_DIR:-$HERE/.state} ]] ||
  { echo "[faults] no state directory ${REAL_OPENSTACK_STATE_DIR:-$HERE/.state}: run real-openstack.sh up first" >&2; exit 1; }
# real-openstack.sh's own functions (our_pid, is_ours, group_members, set_paths): the same checks of which
# processes are its own, and nothing else is ever signalled.
# shellcheck source=real-openstack.sh
source "$HERE/real-openstack.sh"
set_paths
STORE=$GL_DIR/images

flog() { printf '[faults] %s\n' "$*" >&2; }
fdie() { flog "ERROR: $*"; exit 1; }

service() {
  [[ $1 == keystone || $1 == glance ]] || fdie "unknown service '$1' (keystone or glance)"
}

# The pid file's pid if it is alive and ours, then the members of its process group (real-openstack.sh
# starts each service with setsid, so the group id is that pid) that are ours too: a leader killed
# before its workers leaves workers behind, still found through the group id.
pids() {
  local name=$1 leader
  [[ -s $RUN/$name.pid ]] || return 0
  leader=$(<"$RUN/$name.pid")
  [[ $leader =~ ^[0-9]+$ ]] || fdie "$RUN/$name.pid does not hold a pid"
  { is_ours "$name" "$leader" && echo "$leader"; group_members "$name" "$leader" | tr ' ' '\n'; } |
    awk 'NF && !seen[$0]++'
}

cmd_signal() {
  local name=$1 sig=$2 list
  [[ $sig =~ ^(KILL|TERM|STOP|CONT)$ ]] || fdie "signal must be KILL, TERM, STOP or CONT, not '$sig'"
  list=$(pids "$name" | xargs)
  [[ -n $list ]] || fdie "$name: no process of ours is running"
  flog "$name: SIG$sig to $list"
  # shellcheck disable=SC2086  # a list of pids
  kill -"$sig" $list
}

cmd_wait_gone() {
  local name=$1 i
  for ((i = 0; i < 150; i++)); do
    [[ -z $(pids "$name") ]] && return 0
    sleep 0.2
  done
  fdie "$name: still running after 30 s: $(pids "$name" | xargs)"
}

cmd_restart() {
  local conf=$GL_CONF cache=
  [[ -f $conf ]] && cache=$(sed -n 's/^token_cache_time *= *//p' "$conf" | tail -n 1)
  REAL_OPENSTACK_STATE_DIR=$STATE REAL_OPENSTACK_GLANCE_TOKEN_CACHE_TIME=${REAL_OPENSTACK_GLANCE_TOKEN_CACHE_TIME:-$cache} \
    "$HERE/real-openstack.sh" up
}

cmd_tmpfs_on() {
  local size=$1
  [[ $size =~ ^[0-9]+[km]$ ]] || fdie "size like 2m or 512k, not '$size'"
  [[ $(id -u) -eq 0 ]] || fdie "mounting a tmpfs needs root"
  mountpoint -q "$STORE" && fdie "$STORE is already a mount point"
  mount -t tmpfs -o "size=$size,mode=0755" glanceshare-faults "$STORE"
  flog "tmpfs of $size on $STORE"
}

cmd_tmpfs_off() {
  if mountpoint -q "$STORE"; then
    umount "$STORE"
    flog "tmpfs removed from $STORE"
  fi
}

TOKENFS=$STATE/tokenfs

cmd_tokenfs_on() {
  local mode=$1
  [[ $mode == ro || $mode == full ]] || fdie "mode ro or full, not '$mode'"
  [[ $(id -u) -eq 0 ]] || fdie "mounting a tmpfs needs root"
  mkdir -p "$TOKENFS"
  mountpoint -q "$TOKENFS" && fdie "$TOKENFS is already a mount point"
  mount -t tmpfs -o size=64k,mode=0700 glanceshare-tokenfs "$TOKENFS"
  mkdir -m 0700 "$TOKENFS/store"
  if [[ $mode == ro ]]; then
    mount -o remount,ro "$TOKENFS"
  else
    # dd stops at ENOSPC; what it wrote stays, so nothing is left for a token entry
    dd if=/dev/zero of="$TOKENFS/filler" bs=4k 2>/dev/null || true
  fi
  flog "token store file system on $TOKENFS: $mode"
}

cmd_tokenfs_off() {
  if mountpoint -q "$TOKENFS"; then
    umount "$TOKENFS"
    flog "token store file system removed from $TOKENFS"
  fi
}

case ${1-} in
  signal) [[ $# -eq 3 ]] || fdie "usage: signal NAME SIG"; service "$2"; cmd_signal "$2" "$3" ;;
  wait-gone) [[ $# -eq 2 ]] || fdie "usage: wait-gone NAME"; service "$2"; cmd_wait_gone "$2" ;;
  restart) cmd_restart ;;
  pids) [[ $# -eq 2 ]] || fdie "usage: pids NAME"; service "$2"; pids "$2" ;;
  tmpfs-on) [[ $# -eq 2 ]] || fdie "usage: tmpfs-on SIZE"; cmd_tmpfs_on "$2" ;;
  tmpfs-off) cmd_tmpfs_off ;;
  tokenfs-on) [[ $# -eq 2 ]] || fdie "usage: tokenfs-on ro|full"; cmd_tokenfs_on "$2" ;;
  tokenfs-off) cmd_tokenfs_off ;;
  *) sed -n '2,/^set -euo/p' "${BASH_SOURCE[0]}" | sed '$d' | sed 's/^# \{0,1\}//' >&2; exit 2 ;;
esac
