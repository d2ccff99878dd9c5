#!/usr/bin/env bash
# The desktop app under faults ("Ship it"), each checked from outside the app:
#   1. SIGKILL in the middle of a session loses at most the exchange in flight: the history files
#      on disk are whole HAR files, and the next start restores every one of them.
#   2. A data folder that cannot be written: the session goes on, every exchange is answered and
#      kept in memory (the status bar says the history cannot be saved).
#   3. A second instance on the same data folder: both write, neither damages the other's files.
#
#   bench/faults.sh [--packaged [LAUNCHER]]
#
# Exit 1 when a check fails. (A port already in use: the simulator falls back to a free port,
# covered by StatusLabApp and reported in the status bar; the server side by ServerLifecycleTest.)
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib.sh
bench_setup "$@"
fail=0
check() { if eval "$2"; then echo "ok   $1"; else echo "FAIL $1"; fail=1; fi; }
count() { find "$1" -maxdepth 1 -name '*.har' 2>/dev/null | wc -l; }

launch_bg() { # OUT_JSON LOG DATA_DIR [JVM options...]: starts the app in the background, sets APP_PID
  local out=$1 log=$2 data=$3; shift 3
  if [ -n "$LAUNCHER" ]; then
    STATUSLAB_DATA_DIR=$data JAVA_TOOL_OPTIONS="$PROBE_OPTS -Dstatuslab.bench.out=$out $*" "$LAUNCHER" >"$log" 2>&1 &
  else
    STATUSLAB_DATA_DIR=$data java "$PROBE_OPTS" -Dstatuslab.bench.out="$out" "$@" -jar "$JAR" >"$log" 2>&1 &
  fi
  APP_PID=$!
}

echo "== 1. SIGKILL in the middle of a session"
data=$WORK/kill
launch_bg "$WORK/kill.json" "$WORK/kill.log" "$data" -Dstatuslab.bench.exchanges=2000
for _ in $(seq 600); do [ "$(count "$data/history")" -ge 150 ] && break; sleep 0.1; done
# APP_PID is the JVM that holds the window (no second process since decision 12): nothing goes on.
kill -9 "$APP_PID"; wait "$APP_PID" 2>/dev/null || true
saved=$(count "$data/history")
sleep 1
after=$(count "$data/history")
echo "     killed after $saved exchanges were saved"
check "nothing writes after the kill ($saved files then, $after a second later)" '[ "$after" -eq "$saved" ]'
check "no StatusLab process is left running" '! pgrep -f "statuslab.bench.out=$WORK/kill.json" >/dev/null' 
bad=0
for f in "$data"/history/*.har; do python3 -c 'import json,sys; json.load(open(sys.argv[1]))["log"]["entries"][0]' "$f" || bad=$((bad + 1)); done
check "every saved file is a whole HAR file ($bad broken)" '[ "$bad" -eq 0 ]'
BENCH_DATA_DIR=$data run_app "$WORK/restart.json" "$WORK/restart.log"
restored=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["historyAtIdle"])' "$WORK/restart.json")
check "the next start restores all $saved ($restored restored)" '[ "$restored" -eq "$saved" ]'
check "nothing was set aside" '[ ! -d "$data/history/set-aside" ]'

echo "== 2. A data folder that cannot be written"
blocked=$WORK/blocked
echo "a file where the data folder should be" > "$blocked"
BENCH_DATA_DIR=$blocked run_app "$WORK/blocked.json" "$WORK/blocked.log" -Dstatuslab.bench.exchanges=50
sent=$(python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); print(d["exchanges"], d["historySize"])' "$WORK/blocked.json")
check "50 exchanges answered and kept in memory (sent, kept: $sent)" '[ "$sent" = "50 50" ]'

echo "== 3. A second instance on the same data folder"
shared=$WORK/shared
launch_bg "$WORK/first.json" "$WORK/first.log" "$shared" -Dstatuslab.bench.exchanges=100
first=$APP_PID
BENCH_DATA_DIR=$shared run_app "$WORK/second.json" "$WORK/second.log" -Dstatuslab.bench.exchanges=100
wait "$first" || true
total=$(count "$shared/history")
check "both instances' 200 exchanges are on disk ($total files)" '[ "$total" -eq 200 ]'
BENCH_DATA_DIR=$shared run_app "$WORK/third.json" "$WORK/third.log"
restored=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["historyAtIdle"])' "$WORK/third.json")
check "a third start restores all 200 ($restored restored)" '[ "$restored" -eq 200 ]'
exit $fail
