# Sourced by generate-model.sh and document-model.sh: finds a JDK 21+, compiles the plain Maven module
# releng/codegen with the Maven Wrapper and sets CODEGEN_CLASSPATH to run its tools with java directly (so their
# exit status and messages come through unchanged). Needs $root (the repository root). Exits 2 on failure.

. "$root/releng/scripts/find-jdk.sh"
cjm_find_jdk || exit 2

codegen="$root/releng/codegen"
# Maven's output is shown only if it fails.
if ! mvn_output="$(cd "$root" && ./mvnw -q -B -Dstyle.color=never -f "$codegen/pom.xml" compile \
    dependency:build-classpath "-Dmdep.outputFile=$codegen/target/classpath.txt" 2>&1)"; then
  printf '%s\n' "$mvn_output" >&2
  echo "$(basename "$0"): building releng/codegen (EMF's generator and our tools) failed." >&2
  exit 2
fi
CODEGEN_CLASSPATH="$codegen/target/classes:$(cat "$codegen/target/classpath.txt")"
