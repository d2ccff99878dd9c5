#!/usr/bin/env bash
# The floor under a JavaFX app on this machine, beside the app: bench/ui-startup.sh launches the
# smallest JavaFX window (bench/floor/HelloFx.java) after each launch of the app, under the same
# JVM options, and reports the app's start-up and idle memory as ratios of the bare window's.
#
#   bench/javafx-floor.sh [--packaged [LAUNCHER]] [LAUNCHES]     (default 3)
set -euo pipefail
cd "$(dirname "$0")/.."
args=("$@")
[ ${#args[@]} -eq 0 ] && args=(3)
exec bench/ui-startup.sh "${args[@]}"
