#!/usr/bin/env bash
# Proves on the product archive a user downloads that a plugin installs into CJM Studio from its update site and
# comes out again, offline and without a display (p2 reads the site from a zip on disk):
#   1. unpacks the archive into a temporary folder and validates the map: the baseline, without the plugin; a copy
#      of the map with one of the plugin's employee actions (its "Employee actions" lane) in the first stage loads;
#   2. installs the example plugin's feature from the site zip with the p2 director inside the product (its own
#      profile, as Help > Install New Software... does), and checks -listInstalledRoots names it;
#   3. validates the map again: the plugin's GDPR rule reports its finding; the map with the employee action loads;
#      `cjm help` lists the plugin's subcommand and `cjm consent MAP` reports the same touchpoint; `cjm export` writes
#      the plugin's CSV of touchpoints;
#   4. uninstalls the feature: gone from -listInstalledRoots, validating gives the baseline again, the map
#      that used the plugin's lane still loads, `cjm help` no longer lists `consent`, and its CSV format is gone;
#   5. drops the plugin's jar into the dropins folder: its finding appears at the next start; removed, it goes.
#
#   releng/scripts/plugin-smoke.sh PRODUCT.tar.gz SITE.zip MAP.cjm
#
# Exits non-zero, printing what the product said, at the first step that fails.
set -euo pipefail

archive="$(realpath "$1")"
site="$(realpath "$2")"
map="$(realpath "$3")"
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
feature=org.cjmstudio.example.feature.feature.group
rule=example.gdpr.personal-data-without-consent

for file in "$archive" "$site" "$map"; do
  [ -f "$file" ] || { echo "plugin-smoke: $file does not exist (build releng/org.cjmstudio.example.site with the product: -pl releng/org.cjmstudio.example.site,releng/org.cjmstudio.product)" >&2; exit 2; }
done
. "$here/find-jdk.sh"
cjm_find_jdk

install_dir="$(mktemp -d)"
trap 'rm -rf "$install_dir"' EXIT
tar -xzf "$archive" -C "$install_dir/"
launcher=$(ls "$install_dir"/plugins/org.eclipse.equinox.launcher_*.jar | head -n 1)
out="$install_dir/output.txt"

fail() {
  echo "plugin-smoke: FAILED: $*. The product said:" >&2
  cat "$out" >&2
  exit 1
}

# Runs an application of the installed product (as ./cjm does), its output in $out; returns its exit code.
product() {
  local started=$SECONDS rc=0
  "$JAVA_HOME/bin/java" -Xmx1g -Djava.util.logging.config.file="$here/cli-logging.properties" \
    -jar "$launcher" -nosplash -consoleLog -data @none -application "$@" > "$out" 2>&1 || rc=$?
  echo "plugin-smoke:   (${1##*.} ${2:-}: $(( SECONDS - started )) s, exit code $rc)"
  return $rc
}
director() { product org.eclipse.equinox.p2.director "$@"; }
validate() { product org.cjmstudio.cli.app validate "${1:-$map}"; }
findings() { grep -c "\[$rule\]" "$out" || true; }
command=consent # the plugin's cjm subcommand (org.cjmstudio.cli.commands)
csv_format=example.touchpoints-csv # the plugin's export format (org.cjmstudio.exporters)
lists_command() { product org.cjmstudio.cli.app help || fail "cjm help did not run"; grep -q "^  cjm $command " "$out"; }

# The map with a card of the plugin's own EMF package (https://w3id.org/cjmstudio/example/blueprint/1.0), as a map
# saved where the plugin is installed has it: a workbench without the plugin must still open such a map.
lane_map="$install_dir/with-employee-actions.cjm"
sed -e '0,/<cjm:JourneyMap /s||<cjm:JourneyMap xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns:blueprint="https://w3id.org/cjmstudio/example/blueprint/1.0" |' \
    -e '0,/<\/stages>/s||<laneCards xsi:type="blueprint:EmployeeAction" id="5d0c1a4e-3a59-4a9e-9d0e-6f1b2c3d4e5f" name="Checks the passport" actor="KYC back office" backStage="true"/></stages>|' \
    "$map" > "$lane_map"
grep -q 'blueprint:EmployeeAction' "$lane_map" || { echo "plugin-smoke: could not add an employee action to $map" >&2; exit 2; }

echo "plugin-smoke: 1. without the plugin, validate $(basename "$map")"
validate || [ $? -eq 1 ] || fail "cjm validate could not run"
[ "$(findings)" -eq 0 ] || fail "the map shows $rule before the plugin is installed"
baseline="$install_dir/baseline.txt"
cp "$out" "$baseline"
validate "$lane_map" || [ $? -eq 1 ] || fail "without the plugin, the map with an employee action does not load"
if lists_command; then fail "cjm help lists '$command' before the plugin is installed"; fi

echo "plugin-smoke: 2. install $feature from jar:file:$site!/"
director -repository "jar:file:$site!/" -installIU "$feature" || fail "the p2 director did not install $feature"
director -listInstalledRoots || fail "the p2 director could not list the installed roots"
grep -q "^$feature/" "$out" || fail "-listInstalledRoots does not name $feature"

echo "plugin-smoke: 3. with the plugin, validate $(basename "$map")"
validate || [ $? -eq 1 ] || fail "cjm validate could not run with the plugin installed"
[ "$(findings)" -gt 0 ] || fail "no finding of the plugin's rule $rule"
grep "\[$rule\]" "$out" | head -n 1 | sed 's/^/plugin-smoke:   /'
validate "$lane_map" || [ $? -eq 1 ] || fail "with the plugin, the map with an employee action does not load"
lists_command || fail "cjm help does not list the plugin's subcommand '$command'"
rc=0
product org.cjmstudio.cli.app "$command" "$map" || rc=$?
[ "$rc" -eq 1 ] || fail "cjm $command should exit 1 (touchpoints without consent), not $rc"
grep -q "GDPR: touchpoint 'Checkout'" "$out" || fail "cjm $command does not name the touchpoint validate reported"
grep "GDPR:" "$out" | head -n 1 | cut -c1-160 | sed 's/^/plugin-smoke:   /'
csv="$install_dir/touchpoints.csv"
product org.cjmstudio.cli.app export --format "$csv_format" "$map" -o "$csv" || fail "cjm export --format $csv_format failed"
head -n 1 "$csv" | grep -q "map,stage,touchpoint" || fail "$csv does not start with the plugin's CSV header"
grep -q ",Checkout," "$csv" || fail "$csv has no row for touchpoint Checkout"

echo "plugin-smoke: 4. uninstall $feature"
director -uninstallIU "$feature" || fail "the p2 director did not uninstall $feature"
director -listInstalledRoots || fail "the p2 director could not list the installed roots"
if grep -q "^$feature/" "$out"; then fail "$feature is still installed"; fi
validate || [ $? -eq 1 ] || fail "cjm validate could not run after the plugin was uninstalled"
diff -u "$baseline" "$out" > "$install_dir/diff.txt" || { cat "$install_dir/diff.txt" >&2; fail "validating after the uninstall differs from before the install"; }
validate "$lane_map" || [ $? -eq 1 ] || fail "after the uninstall, the map that used the plugin's lane does not load"
if lists_command; then fail "cjm help still lists '$command' after the uninstall"; fi
rm -f "$csv"
if product org.cjmstudio.cli.app export --format "$csv_format" "$map" -o "$csv"; then
  fail "cjm export --format $csv_format still works after the uninstall"
fi
[ ! -e "$csv" ] || fail "the refused export wrote $csv"

echo "plugin-smoke: 5. the plugin's jar in dropins/"
mkdir -p "$install_dir/dropins"
(cd "$install_dir/dropins" && unzip -q -j "$site" 'plugins/org.cjmstudio.example_*.jar')
validate || [ $? -eq 1 ] || fail "cjm validate could not run with the plugin in dropins"
[ "$(findings)" -gt 0 ] || fail "the plugin in dropins/ was not started: no finding of $rule"
rm "$install_dir"/dropins/org.cjmstudio.example_*.jar
validate || [ $? -eq 1 ] || fail "cjm validate could not run after the plugin left dropins"
[ "$(findings)" -eq 0 ] || fail "the plugin removed from dropins/ still reports $rule"

echo "plugin-smoke: the example plugin installed, reported its finding, and uninstalled cleanly"
