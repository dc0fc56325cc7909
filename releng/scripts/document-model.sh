#!/usr/bin/env bash
# Documents the CJM Studio metamodel (bundles/org.cjmstudio.model/model/cjm.ecore) for the README:
#   releng/docs/metamodel-classes.md          table of the classes, enumerations and data types
#   releng/docs/images/metamodel.dot/.png/.svg            overview class diagram (all classes and relations)
#   releng/docs/images/metamodel-<area>.dot/.png/.svg     one detailed diagram per area (map, stage,
#                                                         persona, evidence, core) with attributes and enums
# with org.cjmstudio.codegen.DocumentModel (plain Maven module releng/codegen) and Graphviz `dot`.
#
# Usage:
#   releng/scripts/document-model.sh           regenerate the Markdown, the DOT files and the pictures
#   releng/scripts/document-model.sh --check   change nothing; exit 1 if the Markdown or DOT files are
#                                              stale (the pictures are not compared: they depend on the
#                                              Graphviz version and fonts)
#
# Needs a JDK 21 or newer (found by releng/scripts/find-jdk.sh), ./mvnw at the repository root, and
# Graphviz (Debian/Ubuntu: apt-get install graphviz).
set -euo pipefail

mode=generate
for arg in "$@"; do
  case "$arg" in
    --check) mode=check ;;
    --generate) mode=generate ;;
    -h|--help) sed -n '2,16p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "document-model.sh: unknown argument '$arg' (expected --check)" >&2; exit 2 ;;
  esac
done

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
docs="$root/releng/docs"

if [ "$mode" = generate ] && ! command -v dot >/dev/null 2>&1; then
  echo "document-model.sh: Graphviz 'dot' not found. Install it, e.g.: apt-get install graphviz" >&2
  exit 2
fi

. "$root/releng/scripts/codegen-classpath.sh"
cd "$root"
document_model() {
  "$JAVA_HOME/bin/java" -cp "$CODEGEN_CLASSPATH" \
    org.cjmstudio.codegen.DocumentModel --root "$root" "$@"
}

if [ "$mode" = check ]; then
  fresh="$(mktemp -d)"
  trap 'rm -rf "$fresh"' EXIT
  document_model --out "$fresh" >/dev/null
  stale=0
  for file in "$fresh"/metamodel-classes.md "$fresh"/images/*.dot; do
    committed="$docs/${file#"$fresh"/}"
    if ! cmp -s "$file" "$committed"; then
      echo "stale: ${committed#"$root"/}" >&2
      stale=1
    fi
  done
  for committed in "$docs"/images/metamodel*.dot; do
    if [ -e "$committed" ] && [ ! -e "$fresh/images/${committed##*/}" ]; then
      echo "stale: ${committed#"$root"/} (no such diagram any more)" >&2
      stale=1
    fi
  done
  [ "$stale" = 0 ] || echo "document-model.sh: run releng/scripts/document-model.sh and commit the result." >&2
  exit "$stale"
fi

# Start from scratch, so that no picture of an area that no longer exists stays behind.
rm -f "$docs"/images/metamodel.{dot,png,svg} "$docs"/images/metamodel-*.{dot,png,svg}
document_model
for source in "$docs"/images/metamodel*.dot; do
  if ! dot -Tsvg "$source" -o "${source%.dot}.svg" || ! dot -Tpng "$source" -o "${source%.dot}.png"; then
    echo "document-model.sh: Graphviz failed on ${source#"$root"/}." >&2
    exit 2
  fi
  echo "rendered ${source%.dot}.png and .svg"
done
