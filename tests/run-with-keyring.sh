#!/usr/bin/env bash
# Runs a test inside a private D-Bus session with an unlocked gnome-keyring, so QtKeychain talks to a real
# Secret Service (the insecure fallback stays off). Nothing touches the user's own keyring.
set -euo pipefail
if ! command -v dbus-run-session >/dev/null || ! command -v gnome-keyring-daemon >/dev/null; then
  echo "run-with-keyring: dbus-run-session and gnome-keyring-daemon are required (apt-get install dbus gnome-keyring)" >&2
  exit 1
fi
home=$(mktemp -d)
trap 'rm -rf "$home"' EXIT
export HOME="$home" XDG_DATA_HOME="$home/.local/share" XDG_RUNTIME_DIR="$home/run"
mkdir -p "$XDG_RUNTIME_DIR" "$XDG_DATA_HOME/keyrings"
chmod 700 "$XDG_RUNTIME_DIR"
exec dbus-run-session -- bash -c '
  echo -n "vectordesk-test" | gnome-keyring-daemon --unlock --components=secrets >/dev/null 2>&1
  export VD_KEYRING=1
  exec "$@"' _ "$@"
