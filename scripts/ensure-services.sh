#!/usr/bin/env bash
# Installs PostgreSQL and Redis server binaries for the scale-out tests when missing (root only).
# The tests start their own throwaway instances on 127.0.0.1; nothing is started here.
set -euo pipefail
need=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || need+=(postgresql)
command -v redis-server >/dev/null 2>&1 || need+=(redis-server)
[ ${#need[@]} -eq 0 ] && exit 0
if [ "$(id -u)" -ne 0 ]; then
  echo "Scale-out tests need ${need[*]}: install with 'sudo apt-get install -y ${need[*]}'." >&2
  exit 1
fi
echo "Installing ${need[*]} from Debian's packages…"
apt-get update -qq
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}" >/dev/null
# Debian starts the packaged services; the tests use their own instances, so stop these.
(service postgresql stop || true) >/dev/null 2>&1
(service redis-server stop || true) >/dev/null 2>&1
