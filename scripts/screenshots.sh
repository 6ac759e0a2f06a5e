#!/usr/bin/env bash
# Renders each panel of the app on the Local demo under Xvfb into docs/images/ (the README shows them).
# Usage: scripts/screenshots.sh [build dir, default build/release]
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build/release}
app="$build/app/gui/vectordesk"
[ -x "$app" ] || { echo "screenshots: $app not found; build first (scripts/setup-debian.sh release)" >&2; exit 1; }
data=$(mktemp -d)
trap 'rm -rf "$data"' EXIT
mkdir -p docs/images
for panel in collections indexes points; do
  # A fresh settings directory per run, so remembered geometry does not change the pictures.
  XDG_CONFIG_HOME="$data/config" LANG=C.UTF-8 xvfb-run -a -s "-screen 0 1280x800x24" \
    "$app" --local-data "$data/engine" --panel "$panel" --screenshot "docs/images/$panel.png"
  echo "docs/images/$panel.png"
done
