#!/usr/bin/env bash
# Builds the installable StatusLab with jdeps -> jlink -> jpackage (see packaging/README.md).
#
#   packaging/package.sh            app image, then the platform's installer (.deb, .msi or .dmg)
#   packaging/package.sh image      only the app image
#
# Needs a JDK 17 with its jmods (Debian: openjdk-17-jdk); Maven comes through ./mvnw; for the .deb also
# fakeroot and dpkg-deb (Debian: fakeroot; dpkg-deb comes with dpkg). The class-data-sharing training run
# opens the window, so it wants a display: xvfb-run (Debian: xvfb) or DISPLAY; without either it
# trains on `serve` only, and NO_CDS=1 skips it.
# Environment: MVN_ARGS (extra Maven arguments, e.g. -o), SKIP_BUILD=1 (reuse target/), NO_CDS=1,
# XVFB_SERVERNUM (first display xvfb-run tries, default 99), JAVA_HOME.
# Output: packaging/out/image/StatusLab (the app image) and the installer in packaging/out/.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
PKG=$ROOT/packaging
OUT=$PKG/out
WORK=$OUT/work
WHAT=${1:-all}
NAME=StatusLab
MAIN_CLASS=dev.statuslab.Launcher

log() { printf '== %s\n' "$*"; }
die() { printf 'package.sh: %s\n' "$*" >&2; exit 1; }

case "$(uname -s)" in
  Linux) OS=linux; FX_CLASSIFIER=linux; SEP=:; INSTALLER=deb; ICON=statuslab-256.png ;;
  Darwin) OS=mac; FX_CLASSIFIER=$([ "$(uname -m)" = arm64 ] && echo mac-aarch64 || echo mac); SEP=:; INSTALLER=dmg; ICON=statuslab.icns ;;
  MINGW* | MSYS* | CYGWIN*) OS=windows; FX_CLASSIFIER=win; SEP=';'; INSTALLER=msi; ICON=statuslab.ico ;;
  *) die "unsupported system $(uname -s)" ;;
esac

# --- the JDK and the version -------------------------------------------------------------------
if [ -z "${JAVA_HOME:-}" ]; then
  JAVA_HOME=$(dirname "$(dirname "$(readlink -f "$(command -v javac || command -v java)")")")
fi
for tool in jdeps jlink jpackage jmod; do
  [ -x "$JAVA_HOME/bin/$tool" ] || [ -x "$JAVA_HOME/bin/$tool.exe" ] || die "no $tool in $JAVA_HOME/bin: a full JDK 17 is needed"
done
[ -d "$JAVA_HOME/jmods" ] || die "no $JAVA_HOME/jmods: jlink needs the JDK's jmods (Debian: openjdk-17-jdk)"
"$JAVA_HOME/bin/java" -version 2>&1 | grep -q 'version "17' || die "JAVA_HOME must be a JDK 17 ($JAVA_HOME)"

# The project's own <version> (the first one after <artifactId>statuslab), without -SNAPSHOT:
# installers accept only numbers and dots.
POM_VERSION=$(sed -n '/<artifactId>statuslab<\/artifactId>/,/<\/version>/s:.*<version>\(.*\)</version>.*:\1:p' pom.xml | head -1)
VERSION=${POM_VERSION%-SNAPSHOT}
[[ $VERSION =~ ^[0-9]+(\.[0-9]+){0,2}$ ]] || die "cannot derive a package version from '$POM_VERSION'"
log "StatusLab $VERSION ($OS, JDK at $JAVA_HOME)"

# --- 1. build: the thin jar and its runtime dependencies ---------------------------------------
if [ "${SKIP_BUILD:-0}" != 1 ]; then
  log "mvn package"
  rm -rf target/packaging-deps  # copy-dependencies adds; a dependency dropped from the pom must not linger
  # shellcheck disable=SC2086
  ./mvnw -B -ntp ${MVN_ARGS:-} -DskipTests -Dstatuslab.version="$VERSION" package \
    dependency:copy-dependencies -DincludeScope=runtime -DoutputDirectory=target/packaging-deps
fi
APP_JAR=$(ls target/statuslab-"$POM_VERSION".jar 2>/dev/null) || die "no target/statuslab-$POM_VERSION.jar; run without SKIP_BUILD"

rm -rf "$OUT"
mkdir -p "$WORK/input" "$WORK/fxjars" "$WORK/fxjmods"
cp "$APP_JAR" "$WORK/input/statuslab-$VERSION.jar"
for jar in target/packaging-deps/*.jar; do
  case $(basename "$jar") in
    javafx-*-"$FX_CLASSIFIER".jar) cp "$jar" "$WORK/fxjars/" ;;
    javafx-*) ;;  # the classifier-less javafx jars are empty placeholders
    *) cp "$jar" "$WORK/input/" ;;
  esac
done
[ -n "$(ls "$WORK/fxjars")" ] || die "no javafx-*-$FX_CLASSIFIER.jar among the dependencies"

# --- 2. JavaFX as jmods: the platform jars from Maven, their native libraries moved to --libs ---
# (docs/decisions/0008-packaging.md: JavaFX goes into the runtime as modules.)
for jar in "$WORK"/fxjars/*.jar; do
  module=$(basename "$jar" | sed -E "s/^javafx-([a-z]+)-.*/javafx.\1/")
  dir=$WORK/fx/$module
  mkdir -p "$dir/classes" "$dir/libs"
  (cd "$dir/classes" && "$JAVA_HOME/bin/jar" xf "$jar")
  find "$dir/classes" -maxdepth 1 \( -name '*.so' -o -name '*.dll' -o -name '*.dylib' \) -exec mv {} "$dir/libs/" \;
  rm -rf "$dir/classes/META-INF/MANIFEST.MF" "$dir/classes/javafx-swt.jar"
  libs=()
  [ -n "$(ls "$dir/libs")" ] && libs=(--libs "$dir/libs")
  "$JAVA_HOME/bin/jmod" create --class-path "$dir/classes" "${libs[@]}" "$WORK/fxjmods/$module.jmod"
done

# --- 3. the modules the app needs (jdeps), then a trimmed runtime (jlink) ------------------------
log "jdeps"
MODULES=$("$JAVA_HOME/bin/jdeps" --ignore-missing-deps --print-module-deps --multi-release 17 \
  --module-path "$WORK/fxjars" "$WORK"/input/*.jar | tail -1)
# Service providers jdeps cannot see: RandomGenerator.getDefault() (the playground's weighted
# codes) is in jdk.random; charsets beyond the standard ones, for response bodies, in jdk.charsets;
# the EC provider (SunEC) in jdk.crypto.ec: the simulator's certificate is an EC key, and TLS to most
# servers negotiates ECDHE (without it the packaged app's simulator did not start with HTTPS on).
MODULES=$MODULES,jdk.random,jdk.charsets,jdk.crypto.ec
log "jlink: $MODULES"
"$JAVA_HOME/bin/jlink" --module-path "$JAVA_HOME/jmods$SEP$WORK/fxjmods" --add-modules "$MODULES" \
  --strip-debug --no-header-files --no-man-pages --compress=2 --output "$WORK/runtime"

# --- 4. the app image (jpackage) -----------------------------------------------------------------
# JVM options for a desktop app: the file `./mvnw javafx:run` also reads
# (src/main/resources/dev/statuslab/app/desktop-jvm.options; measured, numbers in the README),
# then the archive made below.
JAVA_OPTIONS=()
while read -r option _; do  # bash 3 (stock macOS) has no mapfile
  case $option in ""|"#"*) ;; *) JAVA_OPTIONS+=("$option") ;; esac
done < "$ROOT/src/main/resources/dev/statuslab/app/desktop-jvm.options"
JAVA_OPTIONS+=(
  -XX:SharedArchiveFile=\$APPDIR/statuslab.jsa  # AppCDS, made below by a training run
  -Xshare:auto                              # a missing or stale archive is not an error
)
JPACKAGE_JAVA_OPTIONS=()
for option in "${JAVA_OPTIONS[@]}"; do JPACKAGE_JAVA_OPTIONS+=(--java-options "$option"); done
IMAGE_ARGS=()
[ -f "$PKG/$OS/app-image.args" ] && IMAGE_ARGS=(@"$PKG/$OS/app-image.args")
log "jpackage app-image"
"$JAVA_HOME/bin/jpackage" --type app-image --dest "$OUT/image" --name "$NAME" --app-version "$VERSION" \
  --vendor "StatusLab" --copyright "Apache License 2.0" \
  --description "A desktop lab for HTTP status codes, with a Django-faithful simulator server." \
  --input "$WORK/input" --main-jar "statuslab-$VERSION.jar" --main-class "$MAIN_CLASS" \
  --runtime-image "$WORK/runtime" --icon "$ROOT/assets/icons/$ICON" \
  "${JPACKAGE_JAVA_OPTIONS[@]}" "${IMAGE_ARGS[@]}"

case $OS in
  linux) IMAGE=$OUT/image/$NAME; LAUNCHER=$IMAGE/bin/$NAME; APPDIR=$IMAGE/lib/app ;;
  mac) IMAGE=$OUT/image/$NAME.app; LAUNCHER=$IMAGE/Contents/MacOS/$NAME; APPDIR=$IMAGE/Contents/app ;;
  windows) IMAGE=$OUT/image/$NAME; LAUNCHER=$IMAGE/$NAME.exe; APPDIR=$IMAGE/app ;;
esac

# --- 5. class data sharing: a training run records the classes, a dump archives them ------------
# A static archive from a class list (not -XX:ArchiveClassesAtExit): on JDK 17 an archive only
# matches the class path it was made with, so the .deb remakes it where it is installed, and that
# needs no display (packaging/linux/postinst). Both runs go through the image's own launcher, so
# class path and options are exactly those of a real start.
# The training run exits by itself; `timeout` (not on stock macOS) only bounds a hang.
BOUNDED=$(command -v timeout >/dev/null && echo "timeout 300" || echo "")

cds_train() {
  local list=$APPDIR/statuslab.classlist
  if [ "${NO_CDS:-0}" = 1 ]; then
    log "CDS skipped (NO_CDS=1)"; return
  fi
  local display=()
  if [ -n "${DISPLAY:-}" ]; then display=(); elif command -v xvfb-run >/dev/null; then
    display=(xvfb-run -a -n "${XVFB_SERVERNUM:-99}" -s "-screen 0 1600x1000x24")
  fi
  if [ -n "${DISPLAY:-}" ] || [ ${#display[@]} -gt 0 ]; then
    log "CDS training run: the window, every tutorial request, then exit"
    # The probe that drives the training run lives in the bench sources (ProbeHook loads it).
    ./mvnw -q -B -ntp ${MVN_ARGS:-} -Pbench -DskipTests test-compile
    JAVA_TOOL_OPTIONS="-XX:DumpLoadedClassList=$list -Dstatuslab.bench.out=$WORK/training.json -Dstatuslab.probe.path=$ROOT/target/bench/test-classes" \
      $BOUNDED "${display[@]}" "$LAUNCHER" >"$WORK/training.log" 2>&1 || true
  fi
  if [ ! -s "$WORK/training.json" ]; then
    log "CDS training without a window: serve, a few requests, stop (no display: apt-get install xvfb)"
    serve_training "$list"
  fi
  [ -s "$list" ] || { log "CDS skipped: the training run recorded no classes (see $WORK/training.log)"; return; }
  JAVA_TOOL_OPTIONS="-Xshare:dump -XX:SharedClassListFile=$list -XX:SharedArchiveFile=$APPDIR/statuslab.jsa" \
    "$LAUNCHER" >"$WORK/cds-dump.log" 2>&1 || true
  if [ -s "$APPDIR/statuslab.jsa" ]; then
    log "CDS archive: $(du -h "$APPDIR/statuslab.jsa" | cut -f1), $(grep -vc '^#\|^@' "$list") classes"
  else
    log "CDS dump failed, the app starts without it (see $WORK/cds-dump.log)"
  fi
}

serve_training() {
  local list=$1 port
  JAVA_TOOL_OPTIONS="-XX:DumpLoadedClassList=$list" "$LAUNCHER" serve --port 0 >"$WORK/training.log" 2>&1 &
  local pid=$!
  for _ in $(seq 100); do
    port=$(sed -n 's/.*listening on http:\/\/127.0.0.1:\([0-9]*\).*/\1/p' "$WORK/training.log")
    [ -n "$port" ] && break
    sleep 0.2
  done
  if [ -n "$port" ]; then
    for path in /simple/ /ping/ /contact/ /messages/1/ /messages/999/ /status/418 /anything; do
      exec 3<>"/dev/tcp/127.0.0.1/$port"
      printf 'GET %s HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n' "$path" >&3
      cat <&3 >/dev/null
      exec 3<&-
    done
  fi
  kill "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
}

if [ "$OS" = linux ]; then
  cds_train
else
  # The .dmg and .msi install the image elsewhere and have no step that could remake the
  # archive there, so one made here would only be dead weight.
  log "CDS skipped on $OS: see packaging/README.md"
fi
log "app image: $IMAGE ($(du -sh "$IMAGE" | cut -f1))"
[ "$WHAT" = image ] && exit 0

# --- 6. the installer -------------------------------------------------------------------------------
log "jpackage $INSTALLER"
INSTALLER_IMAGE=$WORK/installer-image/$(basename "$IMAGE")
mkdir -p "$(dirname "$INSTALLER_IMAGE")"
cp -a "$IMAGE" "$INSTALLER_IMAGE"
if [ "$OS" = linux ]; then
  # The archive only fits this directory: the package remakes it where it is installed.
  rm -f "$INSTALLER_IMAGE/lib/app/statuslab.jsa"
fi
"$JAVA_HOME/bin/jpackage" --type "$INSTALLER" --dest "$OUT" --name "$NAME" --app-version "$VERSION" \
  --vendor "StatusLab" --copyright "Apache License 2.0" \
  --description "A desktop lab for HTTP status codes, with a Django-faithful simulator server." \
  --app-image "$INSTALLER_IMAGE" --resource-dir "$PKG/$OS" \
  @"$PKG/$OS/installer.args"
ls -l "$OUT"/*."$INSTALLER"
