#!/usr/bin/env bash
# The team repository server as an administrator starts it: add a user, start it from the built jars on a free
# loopback port, ask an authenticated SPARQL ASK (200, "true"), an anonymous one (401), then stop it.
#   server-smoke.sh PLUGINS_FOLDER WORK_FOLDER
set -euo pipefail

plugins="$1"
work="$2"
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
. "$root/releng/scripts/find-jdk.sh"
cjm_find_jdk
. "$root/releng/scripts/product.sh"
server_plugins="$plugins"

rm -rf "$work"
mkdir -p "$work"
classpath=$(cjm_server_classpath)
run_server() {
  "$JAVA_HOME/bin/java" -Xmx512m -cp "$classpath" org.cjmstudio.collab.server.app.ServerMain "$@"
}

echo "smoke-test-password" | run_server adduser smoke --data "$work/data" >/dev/null
# java itself in the background, not the function: $! must be the server's own process, or the trap below kills a
# subshell and leaves the server running after the build
"$JAVA_HOME/bin/java" -Xmx512m -cp "$classpath" org.cjmstudio.collab.server.app.ServerMain \
  --data "$work/data" --port 0 --localhost >"$work/server.log" 2>&1 &
server=$!
trap 'kill $server 2>/dev/null || true; wait $server 2>/dev/null || true' EXIT

port=""
for _ in $(seq 1 120); do
  port=$(sed -n 's/.*listening on port \([0-9]*\).*/\1/p' "$work/server.log" | head -n 1)
  [ -n "$port" ] && break
  kill -0 $server 2>/dev/null || break
  sleep 0.5
done
if [ -z "$port" ]; then
  echo "server-smoke: the server did not start:" >&2
  cat "$work/server.log" >&2
  exit 1
fi

ask() {
  curl -s -o "$work/answer" -w '%{http_code}' "$@" --data-urlencode 'query=ASK {}' \
    -H 'Accept: application/sparql-results+json' "http://127.0.0.1:$port/repo/sparql"
}
status=$(ask -u smoke:smoke-test-password)
if [ "$status" != 200 ] || ! grep -q '"boolean" *: *true' "$work/answer"; then
  echo "server-smoke: an authenticated ASK got $status: $(cat "$work/answer")" >&2
  exit 1
fi
status=$(ask)
if [ "$status" != 401 ]; then
  echo "server-smoke: an anonymous ASK got $status, not 401" >&2
  exit 1
fi
echo "server-smoke: the team repository started on port $port, answered its user and refused a stranger"
