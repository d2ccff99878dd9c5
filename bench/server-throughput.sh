#!/usr/bin/env bash
# Throughput and latency of `java -jar target/statuslab.jar serve`, as users run it, beside a bare
# Javalin hello-world measured in the same run under the same JVM options (issue 13's goal, with
# the JVM's default options, 100 mocks loaded and CORS on: >= 1.0x the bare requests/s and a p99
# no worse than 1.2x the bare p99).
#
#   bench/server-throughput.sh [DURATION_SECONDS] [ROUNDS] [DJANGO_VERSION]
#
# DJANGO_VERSION (5.2, the default, 4.2 or 3.2) is the release line the simulator answers as.
# SETS=default measures the JVM's default options only (default: "default tuned"); WARMUP=S sets the warm-up.
#
# Needs: a JDK 17, Maven, and wrk (Debian: apt-get install wrk). Two option sets are measured one
# after the other: "default" (no JVM options at all, as `java -jar` runs it) and "tuned"
# (-Xms256m -Xmx512m -XX:+UseParallelGC). For each, serve starts with a mocks file of 100 routes
# (written to a temporary folder) and CORS on (its default), and the bare server with the
# same options. Load: wrk, 2 threads, 50 keep-alive connections, on 127.0.0.1 only; each
# measurement lasts DURATION seconds (default 20) after a 10 s warm-up per target, and the rounds
# (default 3) alternate the targets so that drift on the machine hits all of them alike. The
# median round is reported. Requests carry an Origin, as a browser's do, so CORS does its work.
# Floors, in the same run: bare404 and baremock are the bare server sending, from constants, the
# very bytes the simulator sends for /status/404 and the mock (bench/BareJavalin.java), so the
# report also gives each target against a server that sends the same answer and does no work.
# HTTPS (h1 and h2) beside a bare Jetty with TLS, and the TLS handshake: bench/server-throughput-tls.sh.
set -euo pipefail
cd "$(dirname "$0")/.."
DURATION=${1:-20}
ROUNDS=${2:-3}
WARMUP=${WARMUP:-10}
DJANGO=${3:-5.2}
JAR=target/statuslab.jar
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install wrk" >&2; exit 2; }
[ -f "$JAR" ] || ./mvnw -q -B -DskipTests package
mkdir -p bench/results
out=bench/results/server-throughput-$(date +%Y%m%d-%H%M%S).md
MOCKS=$(mktemp -d)/mocks-100.json
python3 - "$MOCKS" <<'PY'
import json, sys
mocks = []
for i in range(100):
    m = {"method": "GET", "path": f"/api/items/{i}/{{part}}" if i % 2 else f"/api/users/{i}", "status": 200,
         "headers": [{"name": "Content-Type", "value": "application/json"}], "body": "{\"id\": %d}" % i}
    if i % 10 == 0:
        m["match"] = {"query": [{"name": "page", "value": str(i)}]}
    mocks.append(m)
json.dump({"version": 1, "mocks": mocks}, open(sys.argv[1], "w"), indent=1)
PY

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
wait_up() { for _ in $(seq 150); do curl -fs -o /dev/null "http://127.0.0.1:$1/simple/" && return 0; sleep 0.2; done; echo "server on $1 did not start" >&2; exit 1; }
run_wrk() { wrk -t2 -c50 -d"$2"s --latency -H 'Origin: http://localhost:5173' "$1"; }
rps() { awk '/^Requests\/sec/ {print $2}'; }
p99_ms() { awk '$1=="99%" {v=$2; if (v ~ /us$/) {sub(/us$/,"",v); v/=1000} else if (v ~ /ms$/) {sub(/ms$/,"",v)} else if (v ~ /s$/) {sub(/s$/,"",v); v*=1000}; print v}'; }
errors() { awk '/Socket errors|Non-2xx/ {print}'; }
median() { tr ' ' '\n' | grep -v '^$' | sort -g | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }

declare -A OPTS=( [default]="" [tuned]="-Xms256m -Xmx512m -XX:+UseParallelGC" )
TARGETS=(bare simple status404 mock bare404 baremock)
echo "# Server throughput, $(date -u +%Y-%m-%dT%H:%MZ), $(nproc) cores, wrk -t2 -c50 -d${DURATION}s, median of $ROUNDS rounds; serve with 100 mocks, CORS on, every request with an Origin" > "$out"
for set in ${SETS:-default tuned}; do
  read -r -a JVM <<< "${OPTS[$set]}"
  LAB_PORT=$(free_port); BARE_PORT=$(free_port)
  STATUSLAB_DATA_DIR=$(mktemp -d) java ${JVM[@]+"${JVM[@]}"} -jar "$JAR" serve --port "$LAB_PORT" --django "$DJANGO" --mocks "$MOCKS" >/dev/null 2>&1 & LAB_PID=$!
  java ${JVM[@]+"${JVM[@]}"} -cp "$JAR" bench/BareJavalin.java "$BARE_PORT" >/dev/null 2>&1 & BARE_PID=$!
  trap 'kill $LAB_PID $BARE_PID 2>/dev/null || true' EXIT
  wait_up "$LAB_PORT"; wait_up "$BARE_PORT"
  declare -A URL=( [bare]="http://127.0.0.1:$BARE_PORT/simple/" [simple]="http://127.0.0.1:$LAB_PORT/simple/"
                   [status404]="http://127.0.0.1:$LAB_PORT/status/404" [mock]="http://127.0.0.1:$LAB_PORT/api/users/98"
                   [bare404]="http://127.0.0.1:$BARE_PORT/status/404" [baremock]="http://127.0.0.1:$BARE_PORT/api/users/98" )
  echo "== $set options (${OPTS[$set]:-none}): warming up ($WARMUP s each)..."
  for t in "${TARGETS[@]}"; do run_wrk "${URL[$t]}" "$WARMUP" >/dev/null; done
  declare -A RPS=() P99=()
  for r in $(seq "$ROUNDS"); do
    for t in "${TARGETS[@]}"; do
      res=$(run_wrk "${URL[$t]}" "$DURATION")
      RPS[$t]+="$(echo "$res" | rps) "; P99[$t]+="$(echo "$res" | p99_ms) "
      e=$(echo "$res" | errors); [ -z "$e" ] || echo "round $r $t: $e"
      echo "round $r $set $t: $(echo "$res" | rps) req/s, p99 $(echo "$res" | p99_ms) ms"
    done
  done
  kill "$LAB_PID" "$BARE_PID" 2>/dev/null || true; wait "$LAB_PID" "$BARE_PID" 2>/dev/null || true
  {
    echo
    echo "## JVM options: ${OPTS[$set]:-none, the JVM defaults}"
    echo
    echo "| target | requests/s | p99 latency (ms) | requests/s vs bare | p99 vs bare | requests/s vs bare sending the same answer | p99 vs it |"
    echo "|---|---|---|---|---|---|---|"
    BR=$(echo "${RPS[bare]}" | median); BP=$(echo "${P99[bare]}" | median)
    declare -A SAME=( [status404]=bare404 [mock]=baremock )
    for t in "${TARGETS[@]}"; do
      R=$(echo "${RPS[$t]}" | median); P=$(echo "${P99[$t]}" | median)
      same="| — | —"
      if [ -n "${SAME[$t]:-}" ]; then
        SR=$(echo "${RPS[${SAME[$t]}]}" | median); SP=$(echo "${P99[${SAME[$t]}]}" | median)
        same=$(printf '| %.2fx | %.2fx' "$(echo "$R / $SR" | bc -l)" "$(echo "$P / $SP" | bc -l)")
      fi
      printf '| %s | %.0f | %.2f | %.2fx | %.2fx %s |\n' "$t" "$R" "$P" "$(echo "$R / $BR" | bc -l)" "$(echo "$P / $BP" | bc -l)" "$same"
    done
  } >> "$out"
done
cat "$out"
echo "written to $out"
