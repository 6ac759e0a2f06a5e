#!/usr/bin/env bash
# Installs what VectorDesk needs on Debian 12 (only what is missing), then configures and builds one preset.
# Idempotent: a second run installs nothing and rebuilds only what changed.
# Usage: scripts/setup-debian.sh <preset>      (presets: debug, release, ci, asan-ubsan; see CMakePresets.json)
set -euo pipefail
cd "$(dirname "$0")/.."
preset=${1:-release}

packages=(cmake ninja-build g++ pkg-config
  qt6-base-dev qt6-charts-dev qtkeychain-qt6-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
  qt6-httpserver-dev qt6-websockets-dev libqt6sql6-psql libqt6sql6-sqlite libgl-dev
  xvfb xauth gnome-keyring dbus-daemon dbus-x11 python3 python3-jsonschema curl openssl util-linux
  postgresql)

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "setup: installing ${missing[*]}"
  sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  if [ -n "$sudo" ] && ! command -v sudo >/dev/null; then
    echo "setup: missing packages (${missing[*]}) and no root or sudo to install them" >&2
    exit 1
  fi
  export DEBIAN_FRONTEND=noninteractive
  $sudo apt-get update -q >/dev/null || { echo "setup: apt-get update failed (network or sources.list)" >&2; exit 1; }
  if ! $sudo apt-get install -y -q --no-install-recommends "${missing[@]}" >/tmp/vectordesk-apt.log 2>&1; then
    echo "setup: apt-get could not install: ${missing[*]} (log: /tmp/vectordesk-apt.log)" >&2
    tail -5 /tmp/vectordesk-apt.log >&2
    exit 1
  fi
  for p in "${missing[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || { echo "setup: package $p is still missing" >&2; exit 1; }
  done
fi

cmake --preset "$preset" >/tmp/vectordesk-configure.log 2>&1 || { cat /tmp/vectordesk-configure.log >&2; echo "setup: cmake configure failed" >&2; exit 1; }
cmake --build --preset "$preset" -j "$(nproc)"
