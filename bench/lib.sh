# Shared by the desktop benches (sourced, not run): which app to start, a display, and one launch
# with the in-app probe (src/bench/java/dev/statuslab/bench/BenchProbe.java), which the app loads
# through its probe hook (dev.statuslab.launch.ProbeHook) from target/bench/test-classes.
#
# The app is `java -jar target/statuslab.jar`, or with --packaged [LAUNCHER] the packaged app's
# launcher (default: the image packaging/package.sh builds). The packaged launcher takes no JVM
# arguments, so the probe's properties reach it through JAVA_TOOL_OPTIONS, which the JVM itself
# reads; options the image's own configuration sets win over those.
# STATUSLAB_JVM_OPTS adds JVM options to every launch (e.g. -Dprism.order=sw, or the desktop options:
# STATUSLAB_JVM_OPTS="$(bench/desktop-options.sh)").

JAR=target/statuslab.jar
DEFAULT_LAUNCHER=packaging/out/image/StatusLab/bin/StatusLab
LAUNCHER=""
ARGS=()

# bench_setup "$@": takes --packaged [LAUNCHER] off the arguments (the rest go to ARGS), then
# makes sure of a display, the results folder and a fresh work folder in WORK.
bench_setup() {
  while [ $# -gt 0 ]; do
    case $1 in
      --packaged)
        LAUNCHER=$DEFAULT_LAUNCHER
        if [ $# -gt 1 ] && [ -x "$2" ] && [ ! -d "$2" ]; then LAUNCHER=$2; shift; fi ;;
      *) ARGS+=("$1") ;;
    esac
    shift
  done
  if [ -n "$LAUNCHER" ]; then
    [ -x "$LAUNCHER" ] || { echo "no packaged launcher at $LAUNCHER: run packaging/package.sh image" >&2; exit 2; }
    TARGET="the packaged launcher $LAUNCHER"
  else
    [ -f "$JAR" ] || ./mvnw -q -B -DskipTests package
    TARGET="java -jar $JAR"
  fi
  build_probe
  ensure_display
  mkdir -p bench/results
  WORK=$(mktemp -d)
}

# build_probe: compiles the probe (the bench profile's test sources) unless it is newer than all its sources.
PROBE_DIR=$PWD/target/bench/test-classes
build_probe() {
  local probe=$PROBE_DIR/dev/statuslab/bench/BenchProbe.class
  # Any probe source newer than the compiled probe (PasteProbe, BenchReport, … too) rebuilds it.
  if [ ! -f "$probe" ] || [ -n "$(find src/bench/java -name '*.java' -newer "$probe" | head -1)" ]; then
    ./mvnw -q -B -Pbench -DskipTests test-compile
  fi
  PROBE_OPTS="-Dstatuslab.probe.path=$PROBE_DIR"
}

# ensure_display: uses DISPLAY, else starts Xvfb on BENCH_DISPLAY (default :97) until exit.
ensure_display() {
  [ -n "${DISPLAY:-}" ] && return
  command -v Xvfb >/dev/null || { echo "no DISPLAY and no Xvfb: apt-get install xvfb" >&2; exit 2; }
  local display=${BENCH_DISPLAY:-:97}
  Xvfb "$display" -screen 0 1600x1000x24 >/dev/null 2>&1 &
  XVFB_PID=$!
  trap 'kill $XVFB_PID 2>/dev/null || true' EXIT
  export DISPLAY=$display
  sleep 1
}

# run_app OUT_JSON LOG [JVM options...]: one launch with the probe writing OUT_JSON, bounded.
run_app() {
  local out=$1 log=$2
  shift 2
  # A fresh data folder per launch: the bench neither reads nor adds to the user's saved history.
  export STATUSLAB_DATA_DIR
  # BENCH_DATA_DIR keeps one folder across launches (bench/faults.sh restarts the app on it).
  STATUSLAB_DATA_DIR=${BENCH_DATA_DIR:-$(mktemp -d "${WORK:-/tmp}/data-XXXXXX")}
  # shellcheck disable=SC2086
  if [ -n "$LAUNCHER" ]; then
    JAVA_TOOL_OPTIONS="${STATUSLAB_JVM_OPTS:-} $PROBE_OPTS -Dstatuslab.bench.out=$out $*" \
      timeout "${BENCH_TIMEOUT:-300}" "$LAUNCHER" >"$log" 2>&1 || true
  else
    timeout "${BENCH_TIMEOUT:-300}" java ${STATUSLAB_JVM_OPTS:-} "$PROBE_OPTS" -Dstatuslab.bench.out="$out" "$@" -jar "$JAR" \
      >"$log" 2>&1 || true
  fi
  [ -s "$out" ] || { echo "the launch produced no measurements:"; tail -20 "$log"; exit 1; }
}

# The reference beside the app: the smallest JavaFX window (bench/floor/HelloFx.java), compiled
# against the jar's JavaFX. DESKTOP_OPTS holds the options of desktop-jvm.options, which the
# packaged app runs with.
build_floor() {
  [ -f "$JAR" ] || ./mvnw -q -B -DskipTests package
  mkdir -p "$WORK/floor"
  # The launcher class must not extend Application when JavaFX is on the class path: a wrapper.
  echo 'public class Main { public static void main(String[] a) { HelloFx.main(a); } }' > "$WORK/floor/Main.java"
  javac -d "$WORK/floor" -cp "$JAR" bench/floor/HelloFx.java bench/BareJettyTls.java "$WORK/floor/Main.java"
  mapfile -t DESKTOP_OPTS < <(sed -e 's/#.*//' -e 's/^[[:space:]]*//' -e 's/[[:space:]]*$//' \
    src/main/resources/dev/statuslab/app/desktop-jvm.options | grep -v '^$')
}

# run_floor OUT [JVM options...]: one launch of the bare window; OUT gets "windowShownMs=N idleRssMb=N".
# FLOOR_ARG=server: the same window with a bare Javalin (HTTP and HTTPS) started after its first frame.
run_floor() {
  local out=$1
  shift
  # shellcheck disable=SC2086
  timeout "${BENCH_TIMEOUT:-300}" java ${STATUSLAB_JVM_OPTS:-} "$@" -cp "$JAR:$WORK/floor" Main ${FLOOR_ARG:-} 2>/dev/null \
    | grep '^windowShownMs=' > "$out" || true
  [ -s "$out" ] || { echo "the bare window produced no measurement"; exit 1; }
}
