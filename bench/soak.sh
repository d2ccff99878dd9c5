#!/usr/bin/env bash
# Soak test of the simulator: a bounded loopback load over a mix of scenarios, watching memory.
#
#   bench/soak.sh [SECONDS] [CONNECTIONS]        (default 60 s, 100 connections, 2 wrk threads)
#
# Starts `java -jar target/statuslab.jar serve` on a free loopback port, measures each request
# of bench/soak-scenarios.txt once (its status must be the expected one; its Content-Length is
# then its signature), and runs wrk with bench/soak.lua, which picks a scenario at random per
# request and counts every response whose status and size match no scenario. The server's RSS
# is sampled every second; its live heap (after a full collection) is read before and after.
# Fails (exit 1) when wrk reports socket errors, any response is unexpected, the mean RSS of the
# last 10 s is 10% or more above that of the first 10 s, or the live heap grew by 25 MB or more
# (a tenth of the heap).
# The server runs with a fixed, pre-touched heap (-Xms256m -Xmx256m -XX:+AlwaysPreTouch), so
# that RSS growth means memory held outside the heap and is not the collector merely growing
# the heap towards its default maximum (a quarter of the machine's memory); a leak inside the
# heap shows in the live heap. STATUSLAB_JVM_OPTS replaces those options.
# Needs a JDK 17 (java, jcmd, jstat), Maven (to build the jar if missing), wrk and python3.
set -euo pipefail
cd "$(dirname "$0")/.."
SECONDS_TO_RUN=${1:-60}
CONNECTIONS=${2:-100}
JAR=target/statuslab.jar
command -v wrk >/dev/null || { echo "soak.sh: wrk missing (apt-get install wrk)" >&2; exit 2; }
[ -f "$JAR" ] || ./mvnw -q -B -DskipTests package
work=$(mktemp -d)
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
JVM_OPTS=${STATUSLAB_JVM_OPTS-"-Xms256m -Xmx256m -XX:+AlwaysPreTouch"}
STATUSLAB_DATA_DIR="$work/data" java $JVM_OPTS -jar "$JAR" serve --port "$port" >"$work/server.log" 2>&1 &
server=$!
sampler=""
cleanup() {
  [ -n "$sampler" ] && kill "$sampler" 2>/dev/null || true
  kill "$server" 2>/dev/null || true
  wait "$server" 2>/dev/null || true
}
trap cleanup EXIT
for _ in $(seq 150); do
  grep -q "listening on" "$work/server.log" && break
  sleep 0.2
done
grep -q "listening on" "$work/server.log" || { echo "the server did not start:"; cat "$work/server.log"; exit 1; }

# Each scenario's answer, measured once: status and Content-Length.
python3 - "$port" bench/soak-scenarios.txt "$work/scenarios.txt" <<'PY'
import http.client, sys
port, src, dst = int(sys.argv[1]), sys.argv[2], sys.argv[3]
out = []
for line in open(src):
    if not line.strip() or line.startswith("#"):
        continue
    name, method, path, ctype, body, status = line.rstrip("\n").split("|")
    c = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
    c.request(method, path, body=body.encode() if body else None, headers={"Content-Type": ctype} if ctype else {})
    r = c.getresponse(); r.read(); c.close()
    if r.status != int(status):
        sys.exit(f"soak.sh: {name} ({method} {path}) answered {r.status}, expected {status}")
    out.append(f"{name}|{method}|{path}|{ctype}|{body}|{r.status}:{r.getheader('Content-Length', '-')}")
open(dst, "w").write("\n".join(out) + "\n")
print(f"{len(out)} scenarios measured")
PY

# The heap the server holds on to: a full collection, then the old generation (young is empty).
live_heap_mb() {
  jcmd "$server" GC.run >/dev/null 2>&1 || true
  jstat -gc "$server" 2>/dev/null | awk 'NR == 1 { for (i = 1; i <= NF; i++) if ($i == "OU") c = i }
    NR == 2 && c { printf "%.0f\n", $c / 1024 }'
}
live_heap_mb >"$work/live-before.txt"

( while kill -0 "$server" 2>/dev/null; do
    echo "$(date +%s.%N) $(awk '/VmRSS/ {print $2}' /proc/$server/status 2>/dev/null)"
    sleep 1
  done ) >"$work/rss.txt" &
sampler=$!
echo "wrk: $CONNECTIONS connections, 2 threads, ${SECONDS_TO_RUN} s against http://127.0.0.1:$port"
start=$(date +%s.%N)
wrk -t2 -c"$CONNECTIONS" -d"${SECONDS_TO_RUN}s" --timeout 5s -s bench/soak.lua \
  "http://127.0.0.1:$port" -- "$work/scenarios.txt" | tee "$work/wrk.txt"
end=$(date +%s.%N)
kill "$sampler" 2>/dev/null || true
sampler=""
live_heap_mb >"$work/live-after.txt"

mkdir -p bench/results
out=bench/results/soak-$(date +%Y%m%d-%H%M%S).md
python3 - "$work" "$start" "$end" "$CONNECTIONS" "$SECONDS_TO_RUN" "$JVM_OPTS" <<'PY' | tee "$out"
import re, sys, statistics
work, start, end, conns, secs, opts = sys.argv[1], float(sys.argv[2]), float(sys.argv[3]), sys.argv[4], sys.argv[5], sys.argv[6]
samples = []
for line in open(f"{work}/rss.txt"):
    parts = line.split()
    if len(parts) == 2 and start <= float(parts[0]) <= end:
        samples.append((float(parts[0]) - start, int(parts[1]) / 1024))
wrk = open(f"{work}/wrk.txt").read()
m = re.search(r"soak-result (.*)", wrk)
result = dict(kv.split("=") for kv in m.group(1).split()) if m else {}
rate = re.search(r"Requests/sec:\s+([\d.]+)", wrk)
first = [r for t, r in samples if t < 10]
last = [r for t, r in samples if t > (end - start) - 10]
growth = (statistics.mean(last) / statistics.mean(first) - 1) * 100 if first and last else float("nan")
live_before = open(f"{work}/live-before.txt").read().strip() or "?"
live_after = open(f"{work}/live-after.txt").read().strip() or "?"
socket_errors = sum(int(result.get(k, 0)) for k in ("connect", "read", "write", "timeout"))
print(f"# Soak: {conns} connections, {secs} s, java {opts} -jar target/statuslab.jar serve\n")
print("| measure | value |")
print("|---|---|")
print(f"| requests | {int(result.get('requests', 0)):,} ({rate.group(1) if rate else '?'} per second) |")
print(f"| responses checked by the Lua script | {int(result.get('checked', 0)):,} |")
print(f"| unexpected statuses | {result.get('unexpected', '?')} |")
print(f"| largest per-scenario gap, sent vs matched (in flight at the end) | {result.get('worst_scenario_gap', '?')} |")
print(f"| socket errors (connect, read, write, timeout) | {socket_errors} ({result.get('connect')}, {result.get('read')}, {result.get('write')}, {result.get('timeout')}) |")
print(f"| RSS, mean of the first 10 s | {statistics.mean(first):.0f} MB |" if first else "| RSS first 10 s | no samples |")
print(f"| RSS, mean of the last 10 s | {statistics.mean(last):.0f} MB |" if last else "| RSS last 10 s | no samples |")
print(f"| RSS growth, last vs first 10 s (limit < 10%) | {growth:+.1f}% |")
print(f"| RSS, peak | {max(r for _, r in samples):.0f} MB |")
print(f"| live Java heap after a full collection, before / after the load (limit: < 25 MB more) | {live_before} MB / {live_after} MB |")
live_growth = int(live_after) - int(live_before) if live_before.isdigit() and live_after.isdigit() else 0
ok = socket_errors == 0 and result.get("unexpected") == "0" and growth < 10 and live_growth < 25
print(f"\nverdict: {'pass' if ok else 'FAIL'}")
sys.exit(0 if ok else 1)
PY
