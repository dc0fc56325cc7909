# Sourced by ./cjmstudio and ./cjm: where the built product is, whether it is older than the sources, how to build
# it and how to start it. Needs $root (the repository root) and a JDK 21+ in JAVA_HOME (find-jdk.sh).

product_dir="$root/releng/org.cjmstudio.product/target/products/org.cjmstudio.product/linux/gtk/x86_64"

cjm_product_launcher() {
  ls "$product_dir"/plugins/org.eclipse.equinox.launcher_*.jar 2>/dev/null | head -n 1
}

cjm_product_is_stale() {
  local launcher
  launcher=$(cjm_product_launcher)
  [ -z "$launcher" ] && return 0
  # Any source, manifest or build file newer than the product means it must be rebuilt.
  [ -n "$(cd "$root" && find pom.xml .mvn bundles features releng/pom.xml releng/org.cjmstudio.product targetplatform \
          -newer "$launcher" -type f \
          -not -path '*/target/*' -print -quit 2>/dev/null)" ]
}

cjm_build_product() {
  echo "cjmstudio: building the product with $JAVA_HOME (first build downloads the platform, a few minutes)..." >&2
  (cd "$root" && ./mvnw -B -q package -DskipTests "$@") >&2
}

cjm_build_product_if_stale() {
  if cjm_product_is_stale; then
    cjm_build_product
  fi
}
