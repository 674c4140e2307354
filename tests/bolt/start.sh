# Sourced by the Bolt checks: sets up the venv, starts server.py on a free
# loopback port, and leaves $py, $work (a temp folder), $uri, $db and the
# root password in $AG_BOLT_PW. The server stops when the sourcing script
# exits (its stdin closes); --max-seconds is the backstop.
# Usage: . tests/bolt/start.sh VENV
venv="${1:-target/bolt-venv}"
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
sh "$here/setup.sh" "$venv" >/dev/null
py="$venv/bin/python"
work="$(mktemp -d)"
export AG_BOLT_PW="bolt-check-$$"
coproc SRV { exec "$py" "$here/server.py" --password "$AG_BOLT_PW" --max-seconds 300; }
trap 'exec {SRV[1]}>&- 2>/dev/null || true; rm -rf "$work"' EXIT
read -r ready uri db <&"${SRV[0]}"
[ "$ready" = READY ] || { echo "FAIL server did not start" >&2; exit 1; }
