#!/usr/bin/env bash
# Differential check of the simulator against real Django 5.2, 4.2 and 3.2.
#
#   bench/django-diff.sh [VERSION...] [--show]      (default: 5.2 4.2 3.2)
#
# For each version: downloads Debian's python3-django of the suite that carries that release
# line (3.2 bookworm, 4.2 trixie, 5.2 sid) with a matching python3-asgiref and python3-sqlparse
# (and python3-tz for 3.2), and bookworm's python3-gunicorn, through apt-get with scratch source
# lists (nothing is installed: the packages are unpacked with dpkg-deb -x under the scratch
# folder); serves bench/django-diff/ (a fresh startproject with DEBUG=False and the tutorial's
# views, templates and model) with gunicorn on the system python3; starts
# `java -jar target/statuslab.jar serve --django VERSION`; sends both the requests of
# bench/django-diff/requests.txt in the same order from the same fresh state; and lists every
# difference in status line, header fields and body (bench/django-diff/diff.py says what is
# ignored: dates, the front server's Server and Connection fields and its framing, random tokens).
# Differences the simulator makes on purpose (no body on a HEAD response, RFC 9110 §9.3.2) are
# listed as DELIBERATE and counted apart. Ends with one line per version; exits 1 when any
# version has a difference that is not deliberate.
# Scratch folder: $DJANGO_DIFF_DIR (default /tmp/statuslab-django-diff), kept between runs.
# DIFF_SIMULATOR_AS=5.2 makes the simulator answer as that version whatever Django it is compared
# with: how far apart two release lines are, and proof that the check sees a difference.
# Needs: apt-get and dpkg-deb (Debian or Ubuntu), python3 (3.10 or newer), a JDK 17, Maven.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
SCRATCH=${DJANGO_DIFF_DIR:-/tmp/statuslab-django-diff}
JAR=target/statuslab.jar
VERSIONS=()
SHOW=""
for a in "$@"; do
  case "$a" in
    --show) SHOW=--show ;;
    5.2|4.2|3.2) VERSIONS+=("$a") ;;
    *) echo "django-diff.sh: unknown argument $a (versions: 5.2 4.2 3.2; --show)" >&2; exit 2 ;;
  esac
done
[ ${#VERSIONS[@]} -gt 0 ] || VERSIONS=(5.2 4.2 3.2)
[ -f "$JAR" ] || mvn -B -ntp -q -DskipTests package

suite_of() { case "$1" in 3.2) echo bookworm ;; 4.2) echo trixie ;; 5.2) echo sid ;; esac; }

# apt-get against one suite only, with its lists and downloads under the scratch folder.
apt_suite() {
  local suite=$1; shift
  local dir="$SCRATCH/apt-$suite"
  mkdir -p "$dir/lists/partial"
  if [ ! -f "$dir/sources.list" ]; then
    {
      echo "deb [signed-by=/usr/share/keyrings/debian-archive-keyring.gpg] http://deb.debian.org/debian $suite main"
      [ "$suite" = bookworm ] && echo "deb [signed-by=/usr/share/keyrings/debian-archive-keyring.gpg] http://deb.debian.org/debian-security bookworm-security main"
    } >"$dir/sources.list"
  fi
  apt-get -q -o Dir::Etc::sourcelist="$dir/sources.list" -o Dir::Etc::sourceparts=- \
    -o Dir::State::Lists="$dir/lists" -o APT::Sandbox::User=root "$@"
}

# Unpacks the packages of one suite into a folder, once.
unpack() {
  local suite=$1 target=$2; shift 2
  [ -f "$target/.done" ] && return 0
  mkdir -p "$target" "$SCRATCH/debs-$suite"
  [ -d "$SCRATCH/apt-$suite/lists" ] && ls "$SCRATCH/apt-$suite/lists/"*Packages* >/dev/null 2>&1 \
    || apt_suite "$suite" update >/dev/null
  (cd "$SCRATCH/debs-$suite" && apt_suite "$suite" download "$@" >/dev/null)
  for deb in "$SCRATCH/debs-$suite"/*.deb; do dpkg-deb -x "$deb" "$target"; done
  touch "$target/.done"
}

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }

mkdir -p "$SCRATCH"
unpack bookworm "$SCRATCH/gunicorn" python3-gunicorn
pids=()
cleanup() { for p in "${pids[@]:-}"; do [ -n "$p" ] && kill "$p" 2>/dev/null || true; done; }
trap cleanup EXIT
summary=()
failed=0
for v in "${VERSIONS[@]}"; do
  suite=$(suite_of "$v")
  extra=""; [ "$v" = 3.2 ] && extra=python3-tz
  unpack "$suite" "$SCRATCH/django-$v" python3-django python3-asgiref python3-sqlparse $extra
  site="$SCRATCH/django-$v/usr/lib/python3/dist-packages"
  got=$(PYTHONPATH="$site" python3 -c 'import django; print(django.get_version())')
  case "$got" in "$v".*) ;; *) echo "django-diff.sh: $suite gave Django $got, not $v" >&2; exit 1 ;; esac
  work="$SCRATCH/run-$v"; rm -rf "$work"; mkdir -p "$work"
  export DIFF_DB="$work/db.sqlite3"
  pypath="$ROOT/bench/django-diff:$site:$SCRATCH/gunicorn/usr/lib/python3/dist-packages"
  (cd "$ROOT/bench/django-diff" && PYTHONPATH="$pypath" python3 seed.py)
  dport=$(free_port)
  (cd "$ROOT/bench/django-diff" && PYTHONPATH="$pypath" exec python3 -c 'from gunicorn.app.wsgiapp import run; run()' \
    --bind "127.0.0.1:$dport" --workers 1 --log-level warning diffsite.wsgi:application) >"$work/django.log" 2>&1 &
  pids+=($!)
  as=${DIFF_SIMULATOR_AS:-$v}
  STATUSLAB_DATA_DIR="$work/data" java -jar "$JAR" serve --port 0 --django "$as" >"$work/simulator.log" 2>&1 &
  pids+=($!)
  sport=""
  for _ in $(seq 150); do
    sport=$(grep -o 'listening on http://127.0.0.1:[0-9]*' "$work/simulator.log" | grep -o '[0-9]*$' || true)
    [ -n "$sport" ] && curl -s -o /dev/null "http://127.0.0.1:$dport/simple/" && break
    sleep 0.2
  done
  [ -n "$sport" ] || { echo "the simulator did not start:"; cat "$work/simulator.log"; exit 1; }
  echo "== Django $got (gunicorn on :$dport) against the simulator as Django $as (:$sport)"
  python3 "$ROOT/bench/django-diff/diff.py" "http://127.0.0.1:$dport" "http://127.0.0.1:$sport" \
    "$ROOT/bench/django-diff/requests.txt" $SHOW | tee "$work/diff.txt"
  summary+=("Django $got vs the simulator as $as: $(tail -1 "$work/diff.txt")")
  grep -q '^DIFFERENCES 0 ' "$work/diff.txt" || failed=1
  cleanup; pids=()
done
echo
printf '%s\n' "${summary[@]}"
exit $failed
