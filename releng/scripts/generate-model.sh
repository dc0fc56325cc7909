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

. "$root/releng/scripts/codegen-classpath.sh"
exec "$JAVA_HOME/bin/java" -cp "$CODEGEN_CLASSPATH" \
  org.cjmstudio.codegen.GenerateModel --root "$root" "--$mode"
