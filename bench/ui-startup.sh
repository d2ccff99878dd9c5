#!/usr/bin/env bash
# Start-up, memory and responsiveness of the desktop app.
#
#   bench/ui-startup.sh [LAUNCHES]                          java -jar target/statuslab.jar (default 10)
#   bench/ui-startup.sh --packaged [LAUNCHER] [LAUNCHES]    the packaged app (packaging/package.sh)
#
# Each launch runs the real app with -Dstatuslab.bench.out=FILE; the app measures, inside
# itself, (1) JVM start to the first frame laid out after the window is shown, (2) its resident
# memory (VmRSS) after 3 idle seconds with the simulator running, and (3) for every tutorial
# request, 5 rounds, the time from Send to the first frame laid out with the response decoded;
# then it exits. Beside each launch, in the same run, the reference: the smallest JavaFX window
# (bench/floor/HelloFx.java) under the same JVM options as the app (the JVM's defaults for the
# jar, desktop-jvm.options for the packaged app), measured the same way; the report gives the
# app's figures as ratios of the reference's. Goals on the 2-core machine: the packaged app's idle
# RSS <= 1.2x the bare window's and window shown <= 1.3x its (issue 17); Send to painted < 50 ms.
# Needs a display: without DISPLAY it starts Xvfb (apt-get install xvfb; the window also needs
# libgtk-3-0 libgl1 libxtst6). See bench/lib.sh for STATUSLAB_JVM_OPTS and BENCH_DISPLAY.
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib.sh
bench_setup "$@"
LAUNCHES=${ARGS[0]:-10}
build_floor
FLOOR_OPTS=()
[ -n "$LAUNCHER" ] && FLOOR_OPTS=("${DESKTOP_OPTS[@]}")
for i in $(seq "$LAUNCHES"); do
  run_app "$WORK/run-$i.json" "$WORK/run-$i.log"
  run_floor "$WORK/floor-$i.txt" "${FLOOR_OPTS[@]}"
  FLOOR_ARG=server run_floor "$WORK/server-floor-$i.txt" "${FLOOR_OPTS[@]}"
  echo "launch $i: $(tr -d '\n' < "$WORK/run-$i.json" | sed 's/  */ /g' | cut -c1-100)… bare window: $(cat "$WORK/floor-$i.txt"); with a bare server: $(cat "$WORK/server-floor-$i.txt")"
done
out=bench/results/ui-startup-$(date +%Y%m%d-%H%M%S).md
python3 - "$WORK" "$TARGET" "${STATUSLAB_JVM_OPTS:-}" "${FLOOR_OPTS[*]:-the JVM defaults}" <<'PY' | tee "$out"
import json, statistics, sys, glob, os, re
work, target, extra, floor_opts = sys.argv[1:5]
runs = [json.load(open(f)) for f in sorted(glob.glob(os.path.join(work, "run-*.json")))]
def read_floors(pattern):
    return [dict((k, float(v)) for k, v in re.findall(r"(\w+)=([\d.]+)", open(f).read()))
            for f in sorted(glob.glob(os.path.join(work, pattern)))]
floors = read_floors("floor-*.txt")
server_floors = read_floors("server-floor-*.txt")
server_rss = [f["idleRssMb"] for f in server_floors]
shown = [r["windowShownMs"] for r in runs]
rss = [r["idleRssMb"] for r in runs]
bare_shown = [f["windowShownMs"] for f in floors]
bare_rss = [f["idleRssMb"] for f in floors]
sends = [t for r in runs for t in r["sendToPaintedMs"]]
def q(xs, p): xs = sorted(xs); return xs[min(len(xs) - 1, int(round(p * (len(xs) - 1))))]
med = statistics.median
print(f"# Desktop app, {len(runs)} launches of {target}{' with ' + extra if extra else ''}, each beside the bare JavaFX window ({floor_opts}), {os.cpu_count()} cores, load average {os.getloadavg()[0]:.1f} at the end\n")
print("| measure | app (median, min–max) | bare window (median) | ratio | goal |")
print("|---|---|---|---|---|")
print(f"| JVM start to window shown | {med(shown):.0f} ms ({min(shown):.0f}–{max(shown):.0f}) | {med(bare_shown):.0f} ms | {med(shown) / med(bare_shown):.2f}× | ≤ 1.3× |")
print(f"| idle RSS, simulator running | {med(rss):.0f} MB ({min(rss):.0f}–{max(rss):.0f}) | {med(bare_rss):.0f} MB | {med(rss) / med(bare_rss):.2f}× | ≤ 1.2× |")
print(f"| idle RSS, against the bare window with a bare Javalin (HTTP and HTTPS) beside it | {med(rss):.0f} MB | {med(server_rss):.0f} MB ({med(server_rss) / med(bare_rss):.2f}× the bare window) | {med(rss) / med(server_rss):.2f}× | — |")
print(f"| Send to response painted ({len(sends)} sends; p90 {q(sends, 0.9):.1f} ms) | {med(sends):.1f} ms ({min(sends):.1f}–{max(sends):.1f}) | — | — | < 50 ms |")
PY
echo "written to $out"
