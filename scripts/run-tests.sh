#!/usr/bin/env bash
# Installs what is missing, builds with warnings as errors, and runs every test (ctest, 2 jobs).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup-debian.sh ci
export QT_QPA_PLATFORM=offscreen
ctest --preset ci "$@"
