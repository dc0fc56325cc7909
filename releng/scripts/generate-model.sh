#!/usr/bin/env bash
# Regenerates the EMF code of the CJM Studio metamodel:
#   bundles/org.cjmstudio.model/src-gen        (model: interfaces, impl, util)
#   bundles/org.cjmstudio.model.edit/src-gen   (edit: item providers)
# from bundles/org.cjmstudio.model/model/cjm.ecore + cjm.genmodel, headlessly,
# with the plain Maven module releng/codegen (EMF codegen from Maven Central).
#
# Usage:
#   releng/scripts/generate-model.sh           regenerate (also reconciles cjm.genmodel with
#                                              cjm.ecore, merges plugin.properties, adds new icons)
#   releng/scripts/generate-model.sh --check   change nothing; exit 1 and list the files that
#                                              differ if src-gen is stale or was edited by hand
#
# Needs a JDK 21 or newer (found by releng/scripts/find-jdk.sh). Uses ./mvnw at the repository root.
set -euo pipefail

mode=generate
for arg in "$@"; do
  case "$arg" in
    --check) mode=check ;;
    --generate) mode=generate ;;
    -h|--help) sed -n '2,15p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "generate-model.sh: unknown argument '$arg' (expected --check)" >&2; exit 2 ;;
  esac
done

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"

. "$root/releng/scripts/find-jdk.sh"
cjm_find_jdk || exit 2
# Maven's Guice warns about sun.misc.Unsafe on JDK 24+; silence that noise.
if [ "$(cjm_java_feature_version "$JAVA_HOME")" -ge 24 ]; then
  export MAVEN_OPTS="${MAVEN_OPTS:-} --sun-misc-unsafe-memory-access=allow"
fi

if [ -x "$root/mvnw" ]; then
  mvn=("$root/mvnw")
elif command -v mvn >/dev/null 2>&1; then
  mvn=(mvn)
else
  echo "generate-model.sh: neither $root/mvnw nor mvn found." >&2
  exit 2
fi

cd "$root"
codegen="$root/releng/codegen"
# Compile the generator and let Maven resolve its classpath (EMF codegen + JDT from Maven Central);
# Maven's output is shown only if it fails ...
if ! mvn_output="$("${mvn[@]}" -q -B -Dstyle.color=never -f "$codegen/pom.xml" compile dependency:build-classpath \
    "-Dmdep.outputFile=$codegen/target/classpath.txt" 2>&1)"; then
  printf '%s\n' "$mvn_output" >&2
  echo "generate-model.sh: building the generator (releng/codegen) failed." >&2
  exit 2
fi
# ... then run it directly, so that its exit status and messages come through unchanged.
exec "$JAVA_HOME/bin/java" -cp "$codegen/target/classes:$(cat "$codegen/target/classpath.txt")" \
  org.cjmstudio.codegen.GenerateModel --root "$root" "--$mode"
