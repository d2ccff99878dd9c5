#!/usr/bin/env bash
# Resident memory of the desktop app after many exchanges.
#
#   bench/exchanges-memory.sh [--packaged [LAUNCHER]] [EXCHANGES]     (default 1000)
#
# One launch with -Dstatuslab.bench.exchanges=N: after the window shows, the app's probe sends N
# exchanges through the Send path of the main view model (the tutorial's requests in turn, and
# ten 5 MB bodies to /anything, spread evenly and not last, which echoes each back as a 5 MB
# response), each one painted before the next, then reads VmRSS right after the last one and
# after 3 idle seconds.
# Goal ("Ship it"): under 300 MB. Exits 1 when the idle figure misses it.
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib.sh
bench_setup "$@"
EXCHANGES=${ARGS[0]:-1000}
echo "sending $EXCHANGES exchanges through $TARGET…"
run_app "$WORK/run.json" "$WORK/run.log" -Dstatuslab.bench.exchanges="$EXCHANGES"
out=bench/results/exchanges-memory-$(date +%Y%m%d-%H%M%S).md
python3 - "$WORK/run.json" "$TARGET" "${STATUSLAB_JVM_OPTS:-}" <<'PY' | tee "$out"
import json, statistics, sys
r = json.load(open(sys.argv[1]))
extra = sys.argv[3]
sends = r["sendToPaintedMs"]
print(f"# {r['exchanges']} exchanges through {sys.argv[2]}{' with ' + extra if extra else ''}\n")
print("| measure | value |")
print("|---|---|")
print(f"| idle RSS before sending | {r['idleRssMb']:.0f} MB |")
print(f"| RSS right after the last exchange | {r['rssAfterExchangesMb']:.0f} MB |")
print(f"| RSS after 3 idle seconds (goal < 300 MB) | {r['rssAfterExchangesIdleMb']:.0f} MB |")
print(f"| Java heap in use at the end | {r['heapUsedMb']:.0f} MB |")
print(f"| exchanges in the history | {r['historySize']} |")
print(f"| Send to painted, median / max | {statistics.median(sends):.1f} ms / {max(sends):.0f} ms |")
sys.exit(0 if r["rssAfterExchangesIdleMb"] < 300 else 1)
PY
