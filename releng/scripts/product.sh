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

# Runs the workbench command given, again while it exits with code 23. That is how Eclipse asks to be restarted
# (File > Restart, and p2's "Restart Now" after installing a plugin); the native launcher would relaunch it, but the
# product starts from the launcher jar, whose Main only passes the code on to System.exit.
cjm_run_restarting() {
  local rc
  while true; do
    rc=0
    "$@" || rc=$?
    [ "$rc" -eq 23 ] || return "$rc"
    echo "cjmstudio: restarting CJM Studio" >&2
  done
}

# The team repository server (releng/org.cjmstudio.server): a folder of jars, run as a plain Java program.
server_plugins="$root/releng/org.cjmstudio.server/target/repository/plugins"

cjm_server_is_stale() {
  local marker="$server_plugins/../artifacts.jar"
  [ -f "$marker" ] || marker="$server_plugins/../artifacts.xml.xz"
  [ -f "$marker" ] || return 0
  [ -n "$(cd "$root" && find pom.xml .mvn bundles/org.cjmstudio.collab bundles/org.cjmstudio.collab.server \
          bundles/org.cjmstudio.rdf bundles/org.cjmstudio.model features/org.cjmstudio.server.feature \
          releng/pom.xml releng/org.cjmstudio.server targetplatform \
          -newer "$marker" -type f -not -path '*/target/*' -print -quit 2>/dev/null)" ]
}

cjm_build_server() {
  echo "cjmstudio: building the team repository server with $JAVA_HOME..." >&2
  (cd "$root" && ./mvnw -B -q package -DskipTests -pl releng/org.cjmstudio.server -am) >&2
}

# The server's class path: one jar per bundle, the newest version where the repository holds several (p2 keeps
# every version some bundle asked for, e.g. two servlet APIs; the newest is what the server was built against).
cjm_server_classpath() {
  local jar name
  declare -A newest=()
  while IFS= read -r jar; do
    name=$(basename "$jar")
    name=${name%%_*}
    newest[$name]=$jar
  done < <(ls "$server_plugins"/*.jar | sort -V)
  local IFS=:
  echo "${newest[*]}"
}

cjm_exec_server() {
  if cjm_server_is_stale; then
    cjm_build_server
  fi
  exec "$JAVA_HOME/bin/java" -Xmx1g -cp "$(cjm_server_classpath)" org.cjmstudio.collab.server.app.ServerMain "$@"
}
