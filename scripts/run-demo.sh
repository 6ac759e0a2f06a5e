#!/usr/bin/env bash
# Installs what is missing, builds, and opens VectorDesk on the embedded engine ("Local demo").
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup-debian.sh release
app=build/release/app/gui/vectordesk
if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
  echo "run-demo: no display found (DISPLAY/WAYLAND_DISPLAY unset); starting under a virtual X server (xvfb-run)." >&2
  exec xvfb-run -a "$app" "$@"
fi
exec "$app" "$@"
