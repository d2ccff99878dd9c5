#!/usr/bin/env bash
# What restoring the workbench adds to start-up (goal: under 100 ms): 20 open tabs, 500 saved
# requests in 5 collections, 2 environments and a cookie jar, read from a data folder by the real
# stores, in a fresh JVM each time (the first load is what a launch pays).
#
#   bench/workbench-load.sh [launches, default 5]
#   MVN_FLAGS=-o bench/workbench-load.sh 20      # offline, 20 fresh JVMs
#
# Needs: a JDK 17 and Maven. Builds the `bench` profile into target/bench, writes the fixtures into
# a temporary folder, then for each launch runs WorkbenchLoadProbe twice: after the catalogues are
# read (as in the app, where the same JSON parser is already loaded) and fully cold. Results go to
# bench/results/.
set -euo pipefail
cd "$(dirname "$0")/.."
launches=${1:-5}
MVN=(mvn -q ${MVN_FLAGS:-} -Pbench)
"${MVN[@]}" test-compile
"${MVN[@]}" dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench/classpath.txt >/dev/null
CP="target/bench/test-classes:target/bench/classes:$(cat target/bench/classpath.txt)"
data=$(mktemp -d)
trap 'rm -rf "$data"' EXIT
java -cp "$CP" dev.statuslab.bench.WorkbenchLoadProbe make "$data" >/dev/null
mkdir -p bench/results
out=bench/results/workbench-load-$(date +%Y%m%d-%H%M%S).txt
{
  echo "# Workbench restore, $(date -u +%Y-%m-%dT%H:%MZ), $(nproc) cores, $(java -version 2>&1 | head -1)"
  echo "# $(find "$data" -name '*.json' | wc -l) files, $(du -sh "$data" | cut -f1); load average: $(cut -d' ' -f1-3 /proc/loadavg)"
  for i in $(seq "$launches"); do
    java -cp "$CP" dev.statuslab.bench.WorkbenchLoadProbe load "$data" 20
    java -cp "$CP" dev.statuslab.bench.WorkbenchLoadProbe load "$data" 20 --cold
  done
} 2>&1 | tee "$out"
echo "written to $out"
