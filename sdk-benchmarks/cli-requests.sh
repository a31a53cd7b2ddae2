#!/usr/bin/env bash
# Requests per seed-workflow command sent by python-openstackclient, counted from its --debug output
# (one urllib3 "METHOD /path HTTP/1.1" line per request). Needs real Keystone + Glance and a clouds.yaml with
# clouds real-admin and real-demo; creates one uniquely named image and deletes it at the end.
#   CLOUDS=/path/clouds.yaml DEMO_PROJECT_ID=... sdk-benchmarks/cli-requests.sh
set -euo pipefail
: "${CLOUDS:?set CLOUDS to the clouds.yaml}" "${DEMO_PROJECT_ID:?set DEMO_PROJECT_ID}"
export OS_CLIENT_CONFIG_FILE="$CLOUDS"
name="bench-cli-$(date +%s)-$$"
img=""
cleanup() { [ -n "$img" ] && openstack --os-cloud real-admin image delete "$img" >/dev/null 2>&1 || true; }
trap cleanup EXIT
count() { # cloud, label, command...
  local cloud=$1 label=$2; shift 2
  local log; log=$(mktemp)
  openstack --os-cloud "$cloud" --debug "$@" >/dev/null 2>"$log" || { cat "$log" >&2; exit 1; }
  local lines; lines=$(grep -oE '"(GET|POST|PUT|PATCH|DELETE|HEAD) [^ ]+ HTTP/1.1" [0-9]+' "$log" | sed -E 's/ HTTP\/1.1"/"/; s/[0-9a-f]{32}|[0-9a-f-]{36}/{id}/g')
  printf '| %s | %s | %s |\n' "$label" "$(printf '%s\n' "$lines" | grep -c .)" "$(printf '%s' "$lines" | tr '\n' ';' | sed 's/;/<br>/g')"
  rm -f "$log"
}
printf '1\n' > /tmp/"$name".img
img=$(openstack --os-cloud real-admin image create --disk-format raw --container-format bare --file /tmp/"$name".img -f value -c id "$name")
rm -f /tmp/"$name".img
echo "| command (openstack ...) | requests | on the wire |"
echo "|---|---|---|"
count real-admin "image list (all)" image list
count real-admin "image add project (IDs)" image add project "$img" "$DEMO_PROJECT_ID"
count real-admin "image member list" image member list "$img"
count real-demo "image set --accept (as demo)" image set --accept "$img"
count real-admin "image remove project (IDs)" image remove project "$img" "$DEMO_PROJECT_ID"
count real-admin "image add project (image by name)" image add project "$name" "$DEMO_PROJECT_ID"
count real-admin "image delete (by name)" image delete "$name"
img=""
# a second image for delete by ID
printf '1\n' > /tmp/"$name".img
img=$(openstack --os-cloud real-admin image create --disk-format raw --container-format bare --file /tmp/"$name".img -f value -c id "$name-2")
rm -f /tmp/"$name".img
count real-admin "image delete (by ID)" image delete "$img"
img=""
