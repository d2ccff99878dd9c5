#!/usr/bin/env bash
# Is the window responsive while it imports a 50 MB HAR? Each launch of the real app imports the
# file through the window's own "Import HAR" command while an animation timer records the time
# between frames (a long gap is a frozen window), then exits.
#
#   bench/import-responsiveness.sh [LAUNCHES] [--packaged [LAUNCHER]]     (default 3 launches)
#
# Two files are made with python3: a StatusLab-style HAR with one 37.5 MiB binary body in base64
# (50 MB on disk), and a browser-style HAR with 2,000 entries of 25 KB text bodies (50 MB).
# Goal (issue 4): the window stays responsive: no frame gap over 100 ms while the file is read.
# Reported apart: the frame in which the imported exchanges appear and the newest is shown in the
# response and explanation panes (the same work as showing any response).
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib.sh
bench_setup "$@"
LAUNCHES=${ARGS[0]:-3}

python3 - "$WORK" <<'PY'
import base64, json, os, sys
work = sys.argv[1]
def entry(i, text=None, b64=None, mime="text/plain"):
    content = {"size": 0, "mimeType": mime}
    if text is not None:
        content.update(size=len(text.encode()), text=text)
    if b64 is not None:
        content.update(size=len(base64.b64decode(b64)), encoding="base64", text=b64)
    return {"startedDateTime": "2026-11-23T10:00:%02d.000Z" % (i % 60), "time": 3,
            "request": {"method": "GET", "url": "http://example.test/item/%d" % i, "httpVersion": "HTTP/1.1",
                        "cookies": [], "headers": [{"name": "Host", "value": "example.test"}],
                        "queryString": [], "headersSize": -1, "bodySize": 0},
            "response": {"status": 200, "statusText": "OK", "httpVersion": "HTTP/1.1", "cookies": [],
                         "headers": [{"name": "Content-Type", "value": mime}], "content": content,
                         "redirectURL": "", "headersSize": -1, "bodySize": content["size"]},
            "cache": {}, "timings": {"send": 1, "wait": 1, "receive": 1}}
def har(entries):
    return {"log": {"version": "1.2", "creator": {"name": "bench", "version": "1"}, "entries": entries}}
big = base64.b64encode(os.urandom(37 * 1024 * 1024 + 512 * 1024)).decode()
json.dump(har([entry(0, b64=big, mime="application/octet-stream")]), open(os.path.join(work, "one-big-body.har"), "w"))
line = ("lorem ipsum dolor sit amet " * 1000)[:25000]
json.dump(har([entry(i, text=line) for i in range(2000)]), open(os.path.join(work, "many-entries.har"), "w"))
PY

for kind in one-big-body many-entries; do
  file="$WORK/$kind.har"
  for i in $(seq "$LAUNCHES"); do
    run_app "$WORK/$kind-$i.json" "$WORK/$kind-$i.log" -Dstatuslab.bench.import="$file"
  done
done
out=bench/results/import-responsiveness-$(date +%Y%m%d-%H%M%S).md
python3 - "$WORK" "$TARGET" <<'PY' | tee "$out"
import glob, json, os, statistics, sys
work, target = sys.argv[1], sys.argv[2]
print(f"# Import of a 50 MB HAR in the window, {target}, {os.cpu_count()} cores, load {os.getloadavg()[0]:.1f}\n")
print("| file | size | import (median) | frames | median frame gap | worst gap while reading | worst gap incl. showing the result | RSS after |")
print("|---|---|---|---|---|---|---|---|")
for kind in ("one-big-body", "many-entries"):
    runs = [json.load(open(f)) for f in sorted(glob.glob(os.path.join(work, kind + "-*.json")))]
    size = os.path.getsize(os.path.join(work, kind + ".har")) / 1e6
    med = lambda k: statistics.median(r[k] for r in runs)
    print(f"| {kind}.har | {size:.0f} MB | {med('importMs'):.0f} ms | {med('frames'):.0f} | "
          f"{med('medianFrameGapMs'):.1f} ms | {max(r['worstGapWhileReadingMs'] for r in runs):.0f} ms | "
          f"{max(r['maxFrameGapMs'] for r in runs):.0f} ms | {med('rssAfterImportMb'):.0f} MB |")
    print(f"\n<!-- {kind}: {runs[0]['importOutcome']} -->")
PY
echo "written to $out"
