#!/usr/bin/env bash
# Proves that the product archive a user downloads starts: unpacks it into a temporary folder, starts it with
# its launcher jar (as ./cjmstudio does), waits for a window titled "CJM Studio", and saves a screenshot.
#
#   releng/scripts/product-smoke.sh ARCHIVE.tar.gz SCREENSHOT.png [WORKBENCH ARGUMENTS...]
#
# With -openSample as workbench argument the product also opens the B2C sample map in the map editor, which
# proves the editor works in the product (GEF, its compatibility fragments, the samples) and gives the README picture.
#
# Needs a display; without one it re-runs itself under xvfb-run. Exits non-zero, printing the workbench log,
# when the window does not appear within CJM_SMOKE_TIMEOUT seconds (default 120).
set -euo pipefail

archive="$(realpath "$1")"
screenshot="$(realpath -m "$2")"
shift 2
workbench_args=("$@")
timeout="${CJM_SMOKE_TIMEOUT:-120}"
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"

if [ -z "${DISPLAY:-}" ]; then
  exec xvfb-run -a -s "-screen 0 1280x1024x24" "$0" "$archive" "$screenshot" "${workbench_args[@]}"
fi
for tool in xwininfo import; do
  command -v "$tool" >/dev/null || { echo "product-smoke: '$tool' is missing (apt-get install x11-utils imagemagick)" >&2; exit 2; }
done
. "$here/find-jdk.sh"
cjm_find_jdk

install_dir="$(mktemp -d)"
workbench_pid=""
cleanup() {
  if [ -n "$workbench_pid" ]; then
    kill "$workbench_pid" 2>/dev/null || true
    wait "$workbench_pid" 2>/dev/null || true # it ends by the signal: not a failure of this check
  fi
  rm -rf "$install_dir"
}
trap cleanup EXIT

tar -xzf "$archive" -C "$install_dir"
launcher=$(ls "$install_dir"/plugins/org.eclipse.equinox.launcher_*.jar | head -n 1)
"$JAVA_HOME/bin/java" -jar "$launcher" -data "$install_dir/workspace" "${workbench_args[@]}" \
  > "$install_dir/console.log" 2>&1 &
workbench_pid=$!

# The id of the workbench window once it is on screen: the largest viewable window named "CJM Studio". GTK and the
# workbench also name small helper windows after the application (the group leader, 200x200 hidden shells), so the
# first match is not necessarily the one to look at.
main_window() {
  local id
  id=$(xwininfo -root -tree 2>/dev/null | grep '"CJM Studio' \
    | awk 'match($0, /[0-9]+x[0-9]+\+/) { split(substr($0, RSTART, RLENGTH - 1), size, "x");
           if (size[1] > 400 && size[2] > 300) print size[1] * size[2], $1 }' \
    | sort -rn | head -n 1 | awk '{print $2}')
  if [ -n "$id" ] && xwininfo -id "$id" 2>/dev/null | grep -q 'IsViewable'; then
    echo "$id"
  fi
}

started=$(date +%s)
until [ -n "$(main_window)" ]; do
  if ! kill -0 "$workbench_pid" 2>/dev/null; then
    echo "product-smoke: the workbench exited before showing its window. Console and log:" >&2
    cat "$install_dir/console.log" "$install_dir/workspace/.metadata/.log" >&2 2>/dev/null || true
    exit 1
  fi
  if [ $(( $(date +%s) - started )) -ge "$timeout" ]; then
    echo "product-smoke: no 'CJM Studio' window after ${timeout}s. Console and log:" >&2
    cat "$install_dir/console.log" "$install_dir/workspace/.metadata/.log" >&2 2>/dev/null || true
    exit 1
  fi
  sleep 1
done
echo "product-smoke: window 'CJM Studio' appeared after $(( $(date +%s) - started ))s"
sleep "${CJM_SMOKE_SETTLE:-6}" # let it open what it was asked to and paint
if grep -q "ERROR\|Exception" "$install_dir/workspace/.metadata/.log" 2>/dev/null; then
  echo "product-smoke: the workbench logged errors:" >&2
  cat "$install_dir/workspace/.metadata/.log" >&2
  exit 1
fi
mkdir -p "$(dirname "$screenshot")"
window_id=$(main_window)
import -window "$window_id" "$screenshot"
echo "product-smoke: screenshot saved to $screenshot"
