#!/usr/bin/env bash
# Renders assets/icon.svg into the icons the installers use, committed in assets/icons/:
# PNGs of 16-1024 px (Linux desktops, the .deb), statuslab.ico (Windows, .msi) and
# statuslab.icns (macOS, .dmg). Run it again after changing the SVG.
# Needs (Debian): librsvg2-bin (rsvg-convert), imagemagick (convert), icnsutils (png2icns).
set -euo pipefail
cd "$(dirname "$0")/.."
for tool in rsvg-convert convert png2icns; do
  command -v "$tool" >/dev/null || { echo "make-icons.sh: $tool missing (apt-get install librsvg2-bin imagemagick icnsutils)" >&2; exit 2; }
done
out=assets/icons
mkdir -p "$out"
for size in 16 32 48 64 128 256 512 1024; do
  rsvg-convert --width "$size" --height "$size" assets/icon.svg --output "$out/statuslab-$size.png"
done
# Windows: one .ico holding the sizes Explorer and the task bar ask for.
convert "$out"/statuslab-{16,32,48,64,128,256}.png "$out/statuslab.ico"
# macOS: the sizes an .icns carries (png2icns takes 16, 32, 48, 128, 256, 512 and 1024).
png2icns "$out/statuslab.icns" "$out"/statuslab-{16,32,48,128,256,512,1024}.png >/dev/null
ls -l "$out"
