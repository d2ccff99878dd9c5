#!/usr/bin/env bash
# Throughput and latency of the simulator under a bounded loopback load, beside a bare Javalin
# hello-world measured in the same run (issue 2's goal: >= 0.9x the bare requests/s, and p99 no
# worse than 1.5x the bare p99).
#
#   bench/server-throughput.sh [DURATION_SECONDS] [ROUNDS] [DJANGO_VERSION]
#
# DJANGO_VERSION (5.2, the default, 4.2 or 3.2) is the release line the simulator answers as.
#
# Needs: a JDK 17, Maven, and wrk (Debian: apt-get install wrk). Load: wrk, 2 threads,
# 50 keep-alive connections, on 127.0.0.1 only; each measurement lasts DURATION seconds (default
# 20) after a 10 s warm-up, and the rounds (default 3) alternate the three targets so that drift
# on the machine hits all of them alike. The median round is reported.
set -euo pipefail
cd "$(dirname "$0")/.."
DURATION=${1:-20}
ROUNDS=${2:-3}
DJANGO=${3:-5.2}
JAR=target/statuslab.jar
JVM_OPTS=(-Xms256m -Xmx512m -XX:+UseParallelGC)
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install wrk" >&2; exit 2; }
[ -f "$JAR" ] || mvn -q -DskipTests package
mkdir -p bench/results
out=bench/results/server-throughput-$(date +%Y%m%d-%H%M%S).md

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
wait_up() { for _ in $(seq 100); do curl -fs -o /dev/null "http://127.0.0.1:$1/simple/" && return 0; sleep 0.2; done; echo "server on $1 did not start" >&2; exit 1; }

LAB_PORT=$(free_port); BARE_PORT=$(free_port)
STATUSLAB_DATA_DIR=$(mktemp -d) java "${JVM_OPTS[@]}" -jar "$JAR" serve --port "$LAB_PORT" --django "$DJANGO" >/dev/null 2>&1 & LAB_PID=$!
java "${JVM_OPTS[@]}" -cp "$JAR" bench/BareJavalin.java "$BARE_PORT" >/dev/null 2>&1 & BARE_PID=$!
trap 'kill $LAB_PID $BARE_PID 2>/dev/null || true' EXIT
wait_up "$LAB_PORT"; wait_up "$BARE_PORT"

declare -A URL=( [bare]="http://127.0.0.1:$BARE_PORT/simple/" [simple]="http://127.0.0.1:$LAB_PORT/simple/"
                 [status404]="http://127.0.0.1:$LAB_PORT/status/404" )
TARGETS=(bare simple status404)

# wrk prints "Requests/sec: N" and, with --latency, the 99% line in ms/us/s.
run_wrk() { wrk -t2 -c50 -d"$2"s --latency "$1"; }
rps() { awk '/^Requests\/sec/ {print $2}'; }
p99_ms() { awk '$1=="99%" {v=$2; if (v ~ /us$/) {sub(/us$/,"",v); v/=1000} else if (v ~ /ms$/) {sub(/ms$/,"",v)} else if (v ~ /s$/) {sub(/s$/,"",v); v*=1000}; print v}'; }
errors() { awk '/Socket errors|Non-2xx/ {print}'; }

echo "warming up (10 s each)..."
for t in "${TARGETS[@]}"; do run_wrk "${URL[$t]}" 10 >/dev/null; done

declare -A RPS P99
for r in $(seq "$ROUNDS"); do
  for t in "${TARGETS[@]}"; do
    res=$(run_wrk "${URL[$t]}" "$DURATION")
    RPS[$t]+="$(echo "$res" | rps) "; P99[$t]+="$(echo "$res" | p99_ms) "
    e=$(echo "$res" | errors); [ -z "$e" ] || echo "round $r $t: $e"
    echo "round $r $t: $(echo "$res" | rps) req/s, p99 $(echo "$res" | p99_ms) ms"
  done
done

median() { tr ' ' '\n' | grep -v '^$' | sort -g | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
{
  echo "# Server throughput as Django $DJANGO, $(date -u +%Y-%m-%dT%H:%MZ), $(nproc) cores, wrk -t2 -c50 -d${DURATION}s, median of $ROUNDS rounds"
  echo
  echo "| target | requests/s | p99 latency (ms) | requests/s vs bare | p99 vs bare |"
  echo "|---|---|---|---|---|"
  BR=$(echo "${RPS[bare]}" | median); BP=$(echo "${P99[bare]}" | median)
  for t in "${TARGETS[@]}"; do
    R=$(echo "${RPS[$t]}" | median); P=$(echo "${P99[$t]}" | median)
    printf '| %s | %.0f | %.2f | %.2fx | %.2fx |\n' "$t" "$R" "$P" "$(echo "$R / $BR" | bc -l)" "$(echo "$P / $BP" | bc -l)"
  done
} | tee "$out"
echo "written to $out"
