#!/usr/bin/env bash
# Measures which project lookups Keystone's default policy allows, by token scope and query, on the real
# Keystone that `real-openstack.sh up` started (127.0.0.1:5000). Prints Markdown tables. It creates users
# m-domain-reader (reader on domain Default), m-domain-member, m-system-reader (reader on the system),
# m-project-reader (reader on project other) and a domain `second` with projects demo and elsewhere, and
# removes them all again at the end.
#
# Usage (hold the lock, as for every use of the real services):
#   flock /work/real-openstack.lock bash -c 'conformance/real-openstack.sh up &&
#       conformance/measure-project-lookup-policy.sh; conformance/real-openstack.sh down'
#
# Results on Keystone 22.0.2 (Zed, Debian 12): docs/sharing-workflow.md, "Who can resolve a project name".
set -euo pipefail
SCRIPT_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
# shellcheck source=/dev/null
source "${REAL_OPENSTACK_STATE_DIR:-$SCRIPT_DIR/.state}/credentials.env"
K=http://127.0.0.1:5000
C=(curl --noproxy '*' -sS --max-time 30)
tok() { "${C[@]}" -o /dev/null -D - -H 'Content-Type: application/json' --data "$1" $K/v3/auth/tokens |
  awk 'tolower($1)=="x-subject-token:"{sub(/\r$/,"",$2);print $2}'; }
pw() { printf '{"auth":{"identity":{"methods":["password"],"password":{"user":{"name":"%s","domain":{"id":"default"},"password":"%s"}}}%s}}' "$1" "$2" "$3"; }
ADMIN=$(tok "$(pw admin admin-secret ',"scope":{"project":{"name":"admin","domain":{"id":"default"}}}')")
api() { "${C[@]}" -H "X-Auth-Token: $ADMIN" -H 'Content-Type: application/json' "$@"; }
py() { python3 -c "import json,sys; d=json.load(sys.stdin); $1"; }
role() { api "$K/v3/roles?name=$1" | py 'print(d["roles"][0]["id"])'; }
READER=$(role reader); MEMBER=$(role member)
mkuser() {
  local id; id=$(api "$K/v3/users?name=$1&domain_id=default" | py 'u=d["users"]; print(u[0]["id"] if u else "")')
  [[ -n $id ]] || id=$(api -X POST $K/v3/users --data "{\"user\":{\"name\":\"$1\",\"domain_id\":\"default\",\"password\":\"$1-secret\",\"enabled\":true}}" | py 'print(d["user"]["id"])')
  echo "$id"
}
DR=$(mkuser m-domain-reader); DM=$(mkuser m-domain-member); SR=$(mkuser m-system-reader); PR=$(mkuser m-project-reader)
D2=
cleanup() {
  for id in "$DR" "$DM" "$SR" "$PR"; do api -X DELETE "$K/v3/users/$id" -o /dev/null; done
  if [[ -n $D2 ]]; then
    for p in $(api "$K/v3/projects?domain_id=$D2" | py 'print(" ".join(p["id"] for p in d["projects"]))'); do
      api -X DELETE "$K/v3/projects/$p" -o /dev/null
    done
    api -X PATCH "$K/v3/domains/$D2" --data '{"domain":{"enabled":false}}' -o /dev/null
    api -X DELETE "$K/v3/domains/$D2" -o /dev/null
  fi
}
trap cleanup EXIT
api -X PUT "$K/v3/domains/default/users/$DR/roles/$READER" -o /dev/null
api -X PUT "$K/v3/domains/default/users/$DM/roles/$MEMBER" -o /dev/null
api -X PUT "$K/v3/system/users/$SR/roles/$READER" -o /dev/null
api -X PUT "$K/v3/projects/$REAL_OTHER_PROJECT_ID/users/$PR/roles/$READER" -o /dev/null
D2=$(api -X POST $K/v3/domains --data '{"domain":{"name":"second","enabled":true}}' | py 'print(d["domain"]["id"])')
api -X POST $K/v3/projects --data "{\"project\":{\"name\":\"demo\",\"domain_id\":\"$D2\"}}" -o /dev/null
ELSE=$(api -X POST $K/v3/projects --data "{\"project\":{\"name\":\"elsewhere\",\"domain_id\":\"$D2\"}}" | py 'print(d["project"]["id"])')

DOMAIN='"scope":{"domain":{"id":"default"}}'
CALLERS=(
  "admin|project-scoped|$ADMIN"
  "m-domain-reader|domain-scoped|$(tok "$(pw m-domain-reader m-domain-reader-secret ",$DOMAIN")")"
  "m-domain-reader|unscoped|$(tok "$(pw m-domain-reader m-domain-reader-secret '')")"
  "m-domain-member|domain-scoped|$(tok "$(pw m-domain-member m-domain-member-secret ",$DOMAIN")")"
  "m-system-reader|system-scoped|$(tok "$(pw m-system-reader m-system-reader-secret ',"scope":{"system":{"all":true}}')")"
  "m-project-reader|project-scoped (other)|$(tok "$(pw m-project-reader m-project-reader-secret ',"scope":{"project":{"name":"other","domain":{"id":"default"}}}')")"
  "demo (member)|project-scoped|$(tok "$(pw demo demo-secret ',"scope":{"project":{"name":"demo","domain":{"id":"default"}}}')")"
)
QUERIES=("/v3/projects?name=demo" "/v3/projects?name=demo&domain_id=default" "/v3/projects?domain_id=$D2"
  "/v3/projects" "/v3/projects/$REAL_DEMO_PROJECT_ID" "/v3/projects/$ELSE" "/v3/auth/projects")
printf '| caller | token | request | status | answer |\n|---|---|---|---|---|\n'
for c in "${CALLERS[@]}"; do
  IFS='|' read -r who scope t <<<"$c"
  for q in "${QUERIES[@]}"; do
    out=$("${C[@]}" -H "X-Auth-Token: $t" -H 'Accept: application/json' -w '\n%{http_code}' "$K$q")
    code=${out##*$'\n'}
    ans=$(printf '%s' "${out%$'\n'*}" | py '
if "projects" in d: print("%d: %s" % (len(d["projects"]), ", ".join(sorted(p["name"] + ("" if p["domain_id"] == "default" else "@second") for p in d["projects"]))))
elif "project" in d: print("project " + d["project"]["name"])
else: print(d.get("error", {}).get("message", ""))' 2>/dev/null || echo '?')
    q=${q//$REAL_DEMO_PROJECT_ID/\{demo\}}; q=${q//$ELSE/\{elsewhere@second\}}; q=${q//$D2/\{second\}}
    printf '| %s | %s | GET %s | %s | %s |\n' "$who" "$scope" "$q" "$code" "$ans"
  done
done
