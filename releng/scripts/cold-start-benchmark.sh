#!/usr/bin/env bash
# Benchmark, not a test: how long the product archive takes from `java -jar launcher` to its window painted on
# screen, as a user who starts CJM Studio waits for it. Unpacks the archive once, then starts it RUNS times (default 5)
# in a fresh workspace (a first start: the Samples project is created, the B2C sample and the Welcome page open) and
# RUNS times in the workspace of the first run (a later start), closing it after each start. The window counts as
# painted when it is viewable and a screenshot of it is not blank.
#
#   releng/scripts/cold-start-benchmark.sh ARCHIVE.tar.gz RESULTS.md
#
# Needs a display (re-runs itself under xvfb-run without one), xwininfo, xdotool and ImageMagick's import.
set -euo pipefail
archive=$1
results=$2
runs=${CJM_BENCHMARK_RUNS:-5}
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
if [ -z "${DISPLAY:-}" ]; then
  exec xvfb-run -a -s "-screen 0 1280x1024x24" "$0" "$@"
fi
. "$root/releng/scripts/find-jdk.sh"
cjm_find_jdk

install_dir=$(mktemp -d)
trap 'rm -rf "$install_dir"' EXIT
tar -xzf "$archive" -C "$install_dir"
launcher=$(ls "$install_dir"/plugins/org.eclipse.equinox.launcher_*.jar | head -n 1)

# The largest viewable window named "CJM Studio" (see product-smoke.sh), printed once it shows more than one colour.
painted_window() {
  local id
  id=$(xwininfo -root -tree 2>/dev/null | grep '"CJM Studio' \
    | awk 'match($0, /[0-9]+x[0-9]+\+/) { split(substr($0, RSTART, RLENGTH - 1), size, "x");
           if (size[1] > 400 && size[2] > 300) print size[1] * size[2], $1 }' \
    | sort -rn | head -n 1 | awk '{print $2}')
  [ -n "$id" ] && xwininfo -id "$id" 2>/dev/null | grep -q 'IsViewable' || return 0
  local colours
  colours=$(import -window "$id" -resize 25% txt:- 2>/dev/null | tail -n +2 | awk '{print $3}' | sort -u | wc -l)
  [ "$colours" -gt 20 ] && echo "$id"
  return 0
}

# Starts the product in workspace $1; prints the milliseconds until its window is painted.
start_once() {
  local workspace=$1 started pid now
  started=$(date +%s%N)
  "$JAVA_HOME/bin/java" -Xms256m -Xmx2g ${CJM_BENCHMARK_VMARGS:-} -jar "$launcher" -data "$workspace" -openSample \
    > "$install_dir/console.log" 2>&1 &
  pid=$!
  until [ -n "$(painted_window)" ]; do
    if ! kill -0 "$pid" 2>/dev/null; then
      echo "cold-start-benchmark: the workbench exited before painting its window" >&2
      cat "$install_dir/console.log" >&2
      exit 1
    fi
    sleep 0.1
  done
  now=$(date +%s%N)
  echo $(( (now - started) / 1000000 ))
  quit "$pid"
}

# Quits the workbench as a user does (File > Exit is Ctrl+Q), so the workspace is saved and the next start is a
# normal one, not a recovery after a crash; kills it only if it does not exit within 30 s.
quit() {
  local pid=$1 id waited=0
  sleep 2 # let it finish opening what it was asked to
  id=$(painted_window)
  if [ -n "$id" ]; then
    xdotool windowfocus --sync "$id" key ctrl+q 2>/dev/null || true
  fi
  while kill -0 "$pid" 2>/dev/null && [ $waited -lt 300 ]; do
    sleep 0.1
    waited=$((waited + 1))
  done
  kill "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
}

median() { sort -n | awk '{ v[NR] = $1 } END { if (NR % 2) print v[(NR + 1) / 2]; else print int((v[NR / 2] + v[NR / 2 + 1]) / 2) }'; }

first=() later=()
for i in $(seq 1 "$runs"); do
  first+=("$(start_once "$install_dir/first-$i")")
done
for i in $(seq 1 "$runs"); do
  later+=("$(start_once "$install_dir/first-1")")
done
load=$(cut -d' ' -f1-3 /proc/loadavg)
{
  echo "| start | median ms | runs (ms) |"
  echo "|---|---:|---|"
  echo "| first start (fresh workspace: Samples project, sample map, Welcome page) | $(printf '%s\n' "${first[@]}" | median) | ${first[*]} |"
  echo "| later start (same workspace, sample map) | $(printf '%s\n' "${later[@]}" | median) | ${later[*]} |"
  echo
  echo "From \`java -jar\` to a painted window (viewable, more than 20 colours); JDK $("$JAVA_HOME/bin/java" -version 2>&1 | head -n 1), $(nproc) cores, load average after: $load."
} | tee "$results"
