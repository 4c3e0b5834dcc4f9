#!/usr/bin/env bash
# CI's short fuzz run (60 s by default; FUZZ_SMOKE_SECONDS overrides). The 10-minute run is
# `fuzz/run.sh 600`.
set -euo pipefail
exec "$(dirname "$0")/run.sh" "${FUZZ_SMOKE_SECONDS:-60}"
