# Sourced by bin/start and bin/test: finds a JDK 21 or newer and exports JAVA_HOME.
# Order: $JAVA_HOME if it is 21+, then the newest JDK under /usr/lib/jvm, then `java` on PATH.

java_major() {  # prints the feature version of the java binary $1, or nothing
  "$1" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java\.specification\.version = //p' | head -n1 | cut -d. -f1
}

find_jdk() {
  local candidates=() best="" best_v=0 dir v
  [ -n "${JAVA_HOME:-}" ] && candidates+=("$JAVA_HOME")
  for dir in "${EPIGUARD_JVM_DIR:-/usr/lib/jvm}"/*/; do [ -d "$dir" ] && candidates+=("${dir%/}"); done
  if command -v java >/dev/null 2>&1; then
    candidates+=("$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")")
  fi
  # JAVA_HOME wins if suitable
  if [ -n "${JAVA_HOME:-}" ] && [ -x "$JAVA_HOME/bin/javac" ]; then
    v=$(java_major "$JAVA_HOME/bin/java")
    if [ -n "$v" ] && [ "$v" -ge 21 ]; then echo "$JAVA_HOME"; return 0; fi
  fi
  for dir in "${candidates[@]}"; do
    [ -x "$dir/bin/java" ] && [ -x "$dir/bin/javac" ] || continue
    v=$(java_major "$dir/bin/java")
    [ -n "$v" ] || continue
    if [ "$v" -ge 21 ] && [ "$v" -gt "$best_v" ]; then best="$dir"; best_v="$v"; fi
  done
  [ -n "$best" ] && echo "$best"
}

JDK_FOUND=$(find_jdk)
if [ -z "$JDK_FOUND" ]; then
  echo "EpiGuard needs a JDK 21 or newer (java and javac)." >&2
  echo "None was found: JAVA_HOME=${JAVA_HOME:-<unset>}, nothing suitable under ${EPIGUARD_JVM_DIR:-/usr/lib/jvm}, java on PATH is $(java -version 2>&1 | head -n1)." >&2
  echo "Install one (e.g. 'apt-get install openjdk-21-jdk' or a Temurin 21/25) or point JAVA_HOME at it." >&2
  exit 1
fi
export JAVA_HOME="$JDK_FOUND"
export PATH="$JAVA_HOME/bin:$PATH"

if ! command -v mvn >/dev/null 2>&1; then
  echo "EpiGuard builds with Apache Maven 3.6.3+, and 'mvn' is not on PATH (apt-get install maven)." >&2
  exit 1
fi
