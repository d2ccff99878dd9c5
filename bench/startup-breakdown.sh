#!/usr/bin/env bash
# Where the desktop app's start-up time goes, from one launch.
#
#   bench/startup-breakdown.sh [--packaged [LAUNCHER]]
#
# The JVM logs its own phases (-Xlog:startuptime) and every class it loads, with the time since
# start (-Xlog:class+load); the load times of a few marker classes date the app's stages, and the
# classes' sources say how many came from the class-data-sharing archive. The probe measures the
# first frame laid out after the window is shown, as bench/ui-startup.sh does.
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib.sh
bench_setup "$@"
run_app "$WORK/run.json" "$WORK/run.log" \
  -Xlog:startuptime:file="$WORK/startuptime.log":uptime -Xlog:class+load:file="$WORK/classes.log":uptime \
  -Xlog:gc:file="$WORK/gc.log":uptime
python3 - "$WORK" "$TARGET" "${STATUSLAB_JVM_OPTS:-}" <<'PY'
import json, re, sys, os
work, target, extra = sys.argv[1:4]
probe = json.load(open(os.path.join(work, "run.json")))
line = re.compile(r"^\[(\d+\.\d+)s\]\s+(\S+) source: (.*)$")
loads = []
for l in open(os.path.join(work, "classes.log")):
    m = line.match(l.strip())
    if m:
        loads.append((float(m.group(1)) * 1000, m.group(2), m.group(3)))
first = {}
for t, name, _ in loads:
    first.setdefault(name, t)
shown = probe["windowShownMs"]
create_vm = None
for l in open(os.path.join(work, "startuptime.log")):
    m = re.search(r"Create VM, (\d+\.\d+) secs", l)
    if m:
        create_vm = float(m.group(1)) * 1000
markers = [
    ("JVM created (-Xlog:startuptime 'Create VM')", create_vm),
    ("main class loaded: dev.statuslab.Launcher", first.get("dev.statuslab.Launcher")),
    ("command line parsed, window app launching: StatusLabApp", first.get("dev.statuslab.app.StatusLabApp")),
    ("JavaFX toolkit starting: QuantumToolkit", first.get("com.sun.javafx.tk.quantum.QuantumToolkit")),
    ("GTK glass up: GtkApplication", first.get("com.sun.glass.ui.gtk.GtkApplication")),
    ("start(): window built: MainWindow", first.get("dev.statuslab.ui.mainwindow.MainWindow")),
    ("theme applied: atlantafx PrimerLight", first.get("atlantafx.base.theme.PrimerLight")),
    ("stage shown, probe attached: BenchProbe", first.get("dev.statuslab.bench.BenchProbe")),
    ("first frame laid out after show (probe)", shown),
]
before = [x for x in loads if x[0] <= shown]
def source(s):
    if "shared objects file" in s: return "from the class-data-sharing archive"
    if s.startswith("jrt:/"): return "from the runtime image (jrt:/)"
    if s.startswith("file:") or s.endswith(".jar"): return "from the application's jars"
    return "generated at run time (lambdas, proxies, reflection)"
counts = {}
for _, _, s in before:
    counts[source(s)] = counts.get(source(s), 0) + 1
gcs = sum(1 for l in open(os.path.join(work, "gc.log")) if re.search(r"\bPause\b", l)
          and float(re.match(r"^\[(\d+\.\d+)s\]", l).group(1)) * 1000 <= shown)
print(f"# Start-up of {target}{' with ' + extra if extra else ''}\n")
print("| stage | at (ms since JVM start) |")
print("|---|---|")
for label, t in markers:
    print(f"| {label} | {'-' if t is None else f'{t:.0f}'} |")
print(f"\n{len(before)} classes loaded before the first frame:")
for k, v in sorted(counts.items(), key=lambda kv: -kv[1]):
    print(f"- {v} {k}")
print(f"\n{gcs} garbage collections before the first frame; idle RSS {probe['idleRssMb']:.0f} MB")
PY
