#!/usr/bin/env bash
# The floor under a JavaFX app's resident memory on this machine: the smallest window (a label and
# a button, bench/floor/HelloFx.java), launched with the JVM's defaults and with StatusLab's
# desktop options (desktop-jvm.options), RSS after 6 idle seconds. Compare with bench/ui-startup.sh.
#
#   bench/javafx-floor.sh [LAUNCHES]      (default 3; needs target/statuslab.jar for JavaFX)
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib.sh
bench_setup "$@"
LAUNCHES=${ARGS[0]:-3}
# The launcher class must not extend Application when JavaFX is on the class path: a wrapper.
cat > "$WORK/Main.java" <<'JAVA'
public class Main { public static void main(String[] args) { HelloFx.main(args); } }
JAVA
javac -d "$WORK/classes" -cp "$JAR" bench/floor/HelloFx.java "$WORK/Main.java"
mapfile -t DESKTOP < <(sed -e 's/#.*//' -e 's/^[[:space:]]*//' -e 's/[[:space:]]*$//' \
  src/main/resources/dev/statuslab/app/desktop-jvm.options | grep -v '^$')
out=bench/results/javafx-floor-$(date +%Y%m%d-%H%M%S).md
{
  echo "# The smallest JavaFX window, $LAUNCHES launches each, $(nproc) cores, load average $(cut -d' ' -f1 /proc/loadavg)"
  echo
  echo "| JVM options | idle RSS per launch |"
  echo "|---|---|"
  for label in defaults desktop; do
    opts=()
    [ "$label" = desktop ] && opts=("${DESKTOP[@]}")
    rss=()
    for _ in $(seq "$LAUNCHES"); do
      rss+=("$(java "${opts[@]}" -cp "$JAR:$WORK/classes" Main 2>/dev/null | sed -n 's/VmRSS: \([0-9]*\) kB/\1/p' | awk '{printf "%.0f MB", $1/1024}')")
    done
    echo "| $label${opts:+ (${opts[*]})} | ${rss[*]} |"
  done
} | tee "$out"
echo "written to $out"
