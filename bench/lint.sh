#!/usr/bin/env bash
# Linting one response (JMH, Maven profile bench, sources in src/bench/java). Goal: under 50 µs median
# (the p0.50 line of each benchmark). Short by default; pass JMH options for a longer run, e.g.
#   bench/lint.sh -wi 5 -i 10 -r 5s -f 3
set -euo pipefail
cd "$(dirname "$0")/.."
MVN=(mvn -q ${MVN_FLAGS:-} -Pbench)
"${MVN[@]}" test-compile
"${MVN[@]}" dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench/classpath.txt >/dev/null
CP="target/bench/test-classes:target/bench/classes:$(cat target/bench/classpath.txt)"
mkdir -p bench/results
out=bench/results/lint-$(date +%Y%m%d-%H%M%S).txt
{
  echo "# Linting one response, $(date -u +%Y-%m-%dT%H:%MZ), $(nproc) cores, $(java -version 2>&1 | head -1)"
  java -cp "$CP" org.openjdk.jmh.Main 'dev.statuslab.bench.LintBench' "$@"
} 2>&1 | tee "$out"
echo "written to $out"
