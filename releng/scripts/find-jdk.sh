# Sourced by ./cjmstudio and .ci/run: points JAVA_HOME at a JDK 21 or newer.
# Tycho 5 and the Eclipse 4.40 bundles need Java 21+, while many machines default to an older `java`,
# so no command of ours trusts the `java` on the PATH.

cjm_java_feature_version() {
  # Prints the feature release (17, 21, 25, ...) of the JDK in $1, or nothing if $1 is not a JDK.
  [ -x "$1/bin/java" ] && [ -x "$1/bin/javac" ] || return 0
  "$1/bin/java" -XshowSettings:properties -version 2>&1 \
    | sed -n 's/^ *java\.specification\.version = \([0-9][0-9]*\).*/\1/p' | head -n 1
}

# Maven's Guice calls sun.misc.Unsafe, which JDK 24+ warns about on every run; the flag that allows it quietly is
# unknown to older JDKs, so it is set only where it applies.
cjm_quiet_maven_on_new_jdks() {
  if [ "$(cjm_java_feature_version "$JAVA_HOME")" -ge 24 ]; then
    case " ${MAVEN_OPTS:-} " in
      *" --sun-misc-unsafe-memory-access=allow "*) ;;
      *) export MAVEN_OPTS="${MAVEN_OPTS:-} --sun-misc-unsafe-memory-access=allow" ;;
    esac
  fi
}

cjm_find_jdk() {
  local candidate version best="" best_version=0
  if [ -n "${JAVA_HOME:-}" ]; then
    version=$(cjm_java_feature_version "$JAVA_HOME")
    if [ -n "$version" ] && [ "$version" -ge 21 ]; then
      export PATH="$JAVA_HOME/bin:$PATH"
      cjm_quiet_maven_on_new_jdks
      return 0
    fi
    echo "cjmstudio: JAVA_HOME=$JAVA_HOME is not a JDK 21 or newer; looking in /usr/lib/jvm instead." >&2
  fi
  # The newest JDK wins, so a machine with JDK 21 and 25 builds with 25.
  for candidate in /usr/lib/jvm/*; do
    [ -d "$candidate" ] && [ ! -L "$candidate" ] || continue
    version=$(cjm_java_feature_version "$candidate")
    if [ -n "$version" ] && [ "$version" -ge 21 ] && [ "$version" -gt "$best_version" ]; then
      best="$candidate"
      best_version="$version"
    fi
  done
  if [ -n "$best" ]; then
    export JAVA_HOME="$best"
    export PATH="$JAVA_HOME/bin:$PATH"
    cjm_quiet_maven_on_new_jdks
    return 0
  fi
  cat >&2 <<'MSG'
cjmstudio: no JDK 21 or newer found (checked JAVA_HOME and /usr/lib/jvm).
  Install one, for example on Debian/Ubuntu:  sudo apt-get install openjdk-21-jdk
  or set JAVA_HOME to a JDK 21+ and run the command again.
MSG
  return 1
}
