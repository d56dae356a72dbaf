#!/bin/sh
# Command one: set up, process the bundled sample articles into ./dateline.db, print summaries and store stats.
set -eu
cd "$(dirname "$0")/.."
sh scripts/setup.sh
.venv/bin/dateline extract samples/wikinews-politics-sample.jsonl --db dateline.db
.venv/bin/dateline stats --db dateline.db
echo "Browse the demo store: .venv/bin/dateline serve --db dateline.db   then open http://127.0.0.1:8000/ (API docs at /docs)"
