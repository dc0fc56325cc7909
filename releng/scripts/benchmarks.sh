#!/usr/bin/env bash
# Every benchmark in one run, and one table of their results: the benchmark bundle's (editor, map files, RDF and
# JSON-LD export, team repository; inside the real workbench, -Pbenchmark) and the product's cold start
# (cold-start-benchmark.sh on the product archive, built first if the sources changed). Benchmarks, not tests: each
# reports figures beside a baseline measured in the same run, and the load average around it. Writes
# target/benchmark-results.md at the repository root.
#
#   releng/scripts/benchmarks.sh [MAVEN ARGS]     (./cjmstudio benchmark; e.g. -Dtest=MapFilesBenchmark for one)
#
# Needs a display for the workbench (re-runs itself under xvfb-run without one).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
if [ -z "${DISPLAY:-}" ]; then
  exec xvfb-run -a -s "-screen 0 1280x1024x24" "$0" "$@"
fi
. "$root/releng/scripts/find-jdk.sh"
cjm_find_jdk
. "$root/releng/scripts/product.sh"
cd "$root"

bundle_results=bundles/org.cjmstudio.benchmarks/target/benchmark-results.md
rm -f "$bundle_results"
# -Xmx2g: unbounded, the team benchmark's JVM grew until the kernel killed it on a shared machine (5.4 GB)
./mvnw -B verify -Pbenchmark -Dsurefire.failIfNoSpecifiedTests=false -Dtycho.testArgLine=-Xmx2g "$@" \
  -pl bundles/org.cjmstudio.benchmarks,features/org.cjmstudio.feature,features/org.cjmstudio.runtime.feature -am

cjm_build_product_if_stale
cold_results=releng/org.cjmstudio.product/target/cold-start-results.md
releng/scripts/cold-start-benchmark.sh releng/org.cjmstudio.product/target/products/org.cjmstudio.product-linux.gtk.x86_64.tar.gz \
  "$cold_results" > /dev/null

mkdir -p target
{
  echo "# CJM Studio benchmarks, $(date -u '+%Y-%m-%d %H:%M UTC')"
  echo
  [ -f "$bundle_results" ] && cat "$bundle_results" && echo
  echo "## Cold start of the product"
  echo
  cat "$cold_results"
} > target/benchmark-results.md
echo "benchmarks: results in $root/target/benchmark-results.md"
