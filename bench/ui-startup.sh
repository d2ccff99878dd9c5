#!/usr/bin/env bash
# Start-up, memory and responsiveness of the desktop app, from `java -jar target/statuslab.jar`.
#
#   bench/ui-startup.sh [LAUNCHES]          (default 10)
#
# Each launch runs the real app with -Dstatuslab.bench.out=FILE; the app measures, inside
# itself, (1) JVM start to the first frame laid out after the window is shown, (2) its resident
# memory (VmRSS) after 3 idle seconds with the simulator running, and (3) for every tutorial
# request, 5 rounds, the time from Send to the first frame laid out with the response decoded;
# then it exits. Goals (issue 3, 2-core machine): window < 1.5 s median, idle RSS < 200 MB,
# Send to painted < 50 ms median.
# Needs a JDK 17, Maven, and a display: without DISPLAY it starts Xvfb (apt-get install xvfb;
# the window also needs libgtk-3-0 libgl1 libxtst6).
set -euo pipefail
cd "$(dirname "$0")/.."
LAUNCHES=${1:-10}
JAR=target/statuslab.jar
JVM_OPTS=(${STATUSLAB_JVM_OPTS:-})
[ -f "$JAR" ] || mvn -q -DskipTests package
if [ -z "${DISPLAY:-}" ]; then
  command -v Xvfb >/dev/null || { echo "no DISPLAY and no Xvfb: apt-get install xvfb" >&2; exit 2; }
  Xvfb :97 -screen 0 1600x1000x24 >/dev/null 2>&1 & XVFB=$!
  trap 'kill $XVFB 2>/dev/null || true' EXIT
  export DISPLAY=:97
  sleep 1
fi
mkdir -p bench/results
work=$(mktemp -d)
for i in $(seq "$LAUNCHES"); do
  timeout 120 java "${JVM_OPTS[@]}" -Dstatuslab.bench.out="$work/run-$i.json" -jar "$JAR" >"$work/run-$i.log" 2>&1 || true
  [ -s "$work/run-$i.json" ] || { echo "launch $i produced no measurements:"; tail -20 "$work/run-$i.log"; exit 1; }
  echo "launch $i: $(tr -d '\n' < "$work/run-$i.json" | sed 's/  */ /g' | cut -c1-120)…"
done
out=bench/results/ui-startup-$(date +%Y%m%d-%H%M%S).md
python3 - "$work" "$LAUNCHES" <<'PY' | tee "$out"
import json, statistics, sys, glob, os
runs = [json.load(open(f)) for f in sorted(glob.glob(os.path.join(sys.argv[1], "run-*.json")))]
shown = [r["windowShownMs"] for r in runs]
rss = [r["idleRssMb"] for r in runs]
sends = [t for r in runs for t in r["sendToPaintedMs"]]
def q(xs, p): xs = sorted(xs); return xs[min(len(xs) - 1, int(round(p * (len(xs) - 1))))]
print(f"# Desktop app, {len(runs)} launches of java -jar target/statuslab.jar, {os.cpu_count()} cores\n")
print("| measure | median | min | max | goal |")
print("|---|---|---|---|---|")
print(f"| JVM start to window shown | {statistics.median(shown):.0f} ms | {min(shown):.0f} ms | {max(shown):.0f} ms | < 1500 ms |")
print(f"| idle RSS, simulator running | {statistics.median(rss):.0f} MB | {min(rss):.0f} MB | {max(rss):.0f} MB | < 200 MB |")
print(f"| Send to response painted ({len(sends)} sends; p90 {q(sends, 0.9):.1f} ms) | {statistics.median(sends):.1f} ms | {min(sends):.1f} ms | {max(sends):.1f} ms | < 50 ms |")
PY
echo "written to $out"
