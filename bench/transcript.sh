#!/usr/bin/env bash
# Transcript codecs: HAR export and import of 10,000 small exchanges (goal: each under 1 s), the
# import of a 50 MB HAR with one large body, and the heap that import needs.
#
#   bench/transcript.sh [JMH options, e.g. -f 1 -wi 3 -i 5]
#   MVN_FLAGS=-o bench/transcript.sh          # offline, with a warm ~/.m2
#
# Needs: a JDK 17 and Maven. Builds the `bench` profile into target/bench (JMH sources in
# src/bench/java; the normal build is untouched), runs TranscriptBench with JMH (average time per
# operation, with -prof gc for allocation), then HarHeapProbe twice: a HAR written by StatusLab
# (binary body, base64, decoded as it streams) under -Xmx64m, and a browser-style HAR whose body
# is 50 MB of plain text in content.text under -Xmx512m. Results go to bench/results/.
set -euo pipefail
cd "$(dirname "$0")/.."
MVN=(./mvnw -q ${MVN_FLAGS:-} -Pbench)
"${MVN[@]}" test-compile
"${MVN[@]}" dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench/classpath.txt >/dev/null
CP="target/bench/test-classes:target/bench/classes:$(cat target/bench/classpath.txt)"
mkdir -p bench/results
out=bench/results/transcript-$(date +%Y%m%d-%H%M%S).txt
{
  echo "# Transcript codecs, $(date -u +%Y-%m-%dT%H:%MZ), $(nproc) cores, $(java -version 2>&1 | head -1)"
  java -cp "$CP" org.openjdk.jmh.Main 'dev.statuslab.bench.TranscriptBench' -prof gc "$@"
  echo
  echo "# Heap of one 50 MB import"
  java -Xmx64m -cp "$CP" dev.statuslab.bench.HarHeapProbe statuslab
  java -Xmx512m -cp "$CP" dev.statuslab.bench.HarHeapProbe browser-text
} 2>&1 | tee "$out"
echo "written to $out"
