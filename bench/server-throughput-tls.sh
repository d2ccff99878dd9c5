#!/usr/bin/env bash
# Throughput and latency of `serve --https` over HTTP/1.1 (wrk) and HTTP/2 (h2load, 50
# connections, 1 stream each) beside a bare Javalin on a stock Jetty TLS connector
# (bench/BareJettyTls.java) measured in the same run under the same JVM options (issue 11's goal:
# >= 0.9x of it), then the client's added time for a TLS handshake to the simulator
# (bench/TlsHandshake.java; goal < 20 ms median). Clear HTTP: bench/server-throughput.sh.
#
#   bench/server-throughput-tls.sh [DURATION_SECONDS] [ROUNDS]      e.g. WARMUP=2 HANDSHAKES=50 bench/server-throughput-tls.sh 3 1
#
# Needs: a JDK 17, Maven, wrk, h2load and bc (Debian: apt-get install wrk nghttp2-client bc).
# Load on 127.0.0.1 only: wrk -t2 -c50 for HTTP/1.1, h2load -c50 -t2 -m1 for HTTP/2; each
# measurement lasts DURATION seconds (default 20) after a WARMUP-second warm-up per target (default
# 10), and the rounds (default 3) alternate the targets so that drift on the machine hits all of
# them alike. The median round is reported, with each target's ratio to the bare TLS server.
# HANDSHAKES (default 300) is the number of exchanges of the handshake measurement.
set -euo pipefail
cd "$(dirname "$0")/.."
DURATION=${1:-20}
ROUNDS=${2:-3}
WARMUP=${WARMUP:-10}
HANDSHAKES=${HANDSHAKES:-300}
JAR=target/statuslab.jar
JVM_OPTS=(-Xms256m -Xmx512m -XX:+UseParallelGC)
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install wrk" >&2; exit 2; }
command -v h2load >/dev/null || { echo "h2load is missing: apt-get install nghttp2-client" >&2; exit 2; }
command -v bc >/dev/null || { echo "bc is missing: apt-get install bc" >&2; exit 2; }
[ -f "$JAR" ] || ./mvnw -q -B -DskipTests package
mkdir -p bench/results
out=bench/results/server-throughput-tls-$(date +%Y%m%d-%H%M%S).md

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
wait_up() { for _ in $(seq 100); do curl -fs -o /dev/null "http://127.0.0.1:$1/simple/" && return 0; sleep 0.2; done; echo "server on $1 did not start" >&2; exit 1; }

wait_tls() { for _ in $(seq 150); do curl -fsk -o /dev/null "https://127.0.0.1:$1/simple/" && return 0; sleep 0.2; done; echo "TLS server on $1 did not start" >&2; exit 1; }

LAB_PORT=$(free_port); LAB_TLS=$(free_port); BARE_TLS=$(free_port)
STATUSLAB_DATA_DIR=$(mktemp -d) java "${JVM_OPTS[@]}" -jar "$JAR" serve --port "$LAB_PORT" --https --https-port "$LAB_TLS" >/dev/null 2>&1 & LAB_PID=$!
java "${JVM_OPTS[@]}" -cp "$JAR" bench/BareJettyTls.java "$BARE_TLS" >/dev/null 2>&1 & TLS_PID=$!
trap 'kill $LAB_PID $TLS_PID 2>/dev/null || true' EXIT
wait_up "$LAB_PORT"; wait_tls "$LAB_TLS"; wait_tls "$BARE_TLS"

declare -A URL=( [bare-tls-h1]="https://127.0.0.1:$BARE_TLS/simple/" [https-h1]="https://127.0.0.1:$LAB_TLS/simple/"
                 [bare-tls-h2]="https://127.0.0.1:$BARE_TLS/simple/" [https-h2]="https://127.0.0.1:$LAB_TLS/simple/" )
TARGETS=(bare-tls-h1 https-h1 bare-tls-h2 https-h2)

# wrk prints "Requests/sec: N" and, with --latency, the 99% line in ms/us/s. h2 targets go to
# h2load, whose output is turned into the same two lines (it reports no p99: its mean is shown).
run_wrk() {
  case "$1" in
    *-h2) h2load -c50 -t2 -m1 -D "$3" "$2" | awk '/^finished in/ {gsub(",","",$0); print "Requests/sec: " $4}
        /^time for request:/ {v=$6; if (v ~ /us$/) {sub(/us$/,"",v); v=v/1000 "ms"}; print "    99% " v}' ;;
    *) wrk -t2 -c50 -d"$3"s --latency "$2" ;;
  esac
}
rps() { awk '/^Requests\/sec/ {print $2}'; }
p99_ms() { awk '$1=="99%" {v=$2; if (v ~ /us$/) {sub(/us$/,"",v); v/=1000} else if (v ~ /ms$/) {sub(/ms$/,"",v)} else if (v ~ /s$/) {sub(/s$/,"",v); v*=1000}; print v}'; }
errors() { awk '/Socket errors|Non-2xx/ {print}'; }

echo "warming up ($WARMUP s each)..."
for t in "${TARGETS[@]}"; do run_wrk "$t" "${URL[$t]}" "$WARMUP" >/dev/null; done

declare -A RPS P99
for r in $(seq "$ROUNDS"); do
  for t in "${TARGETS[@]}"; do
    res=$(run_wrk "$t" "${URL[$t]}" "$DURATION")
    RPS[$t]+="$(echo "$res" | rps) "; P99[$t]+="$(echo "$res" | p99_ms) "
    e=$(echo "$res" | errors); [ -z "$e" ] || echo "round $r $t: $e"
    echo "round $r $t: $(echo "$res" | rps) req/s, p99 $(echo "$res" | p99_ms) ms"
  done
done

median() { tr ' ' '\n' | grep -v '^$' | sort -g | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
{
  echo "# Server throughput over TLS, $(date -u +%Y-%m-%dT%H:%MZ), $(nproc) cores, load average $(cut -d' ' -f1 /proc/loadavg), ${DURATION}s per measurement, median of $ROUNDS rounds"
  echo
  echo "| target | requests/s | p99 latency (ms) | requests/s vs bare TLS | latency vs bare TLS |"
  echo "|---|---|---|---|---|"
  for t in "${TARGETS[@]}"; do
    case "$t" in https-h1) base=bare-tls-h1 ;; https-h2) base=bare-tls-h2 ;; *) base=$t ;; esac
    BR=$(echo "${RPS[$base]}" | median); BP=$(echo "${P99[$base]}" | median)
    R=$(echo "${RPS[$t]}" | median); P=$(echo "${P99[$t]}" | median)
    printf '| %s | %.0f | %.2f | %.2fx | %.2fx |\n' "$t" "$R" "$P" "$(echo "$R / $BR" | bc -l)" "$(echo "$P / $BP" | bc -l)"
  done
  echo
  echo "h2 rows: h2load -c50 -t2 -m1; its latency column is the mean, not p99. Each row compares with the bare TLS server over the same protocol."
  echo
  echo "Client: the added time of a TLS handshake to the simulator (bench/TlsHandshake.java, $HANDSHAKES exchanges after $HANDSHAKES of warm-up):"
  java "${JVM_OPTS[@]}" -cp "$JAR" bench/TlsHandshake.java "$LAB_PORT" "$LAB_TLS" "$HANDSHAKES" | sed 's/^/- /'
} | tee "$out"
echo "written to $out"
