#!/bin/sh
# Command two: set up, then run the whole test suite (including the quality gate on ../shared/eval).
set -eu
cd "$(dirname "$0")/.."
sh scripts/setup.sh
.venv/bin/python -m pytest -q "$@"
