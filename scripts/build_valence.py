"""Compile the packaged word valence table that strongly rated judgements read (issue 9).

Calling someone "a greedy bully" or "a wonderful leader" accuses or praises them through evaluative words, far more
of them than a hand list holds (`extract/events/triggers._rated_judgement`). VADER's sentiment lexicon (Hutto & Gilbert 2014,
MIT licence, shipped in the `vaderSentiment` package on PyPI) rates ~7,500 English words and emoticons from
-4 to +4 by the mean of ten human raters. This script keeps its single words (letters, inner hyphens or
apostrophes) with their mean rating and writes them, with the licence, beside the event lexicon:

    pip install vaderSentiment==3.3.2        # build time only; Dateline never imports it
    python scripts/build_valence.py [path/to/vader_lexicon.txt]

Output: `src/dateline/knowledge/data/events/valence.json` ({"about", "source", "words": {word: rating}}).
"""
from __future__ import annotations

import argparse
import importlib.util
import json
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "src/dateline/knowledge/data/events/valence.json"
WORD = re.compile(r"[a-z]+(?:['-][a-z]+)*")


def default_lexicon() -> Path:
    """vader_lexicon.txt inside the installed vaderSentiment package (located without importing it)."""
    spec = importlib.util.find_spec("vaderSentiment")
    if spec is None or not spec.submodule_search_locations:
        raise SystemExit("vaderSentiment is not installed: pip install vaderSentiment==3.3.2, or pass the lexicon's path")
    return Path(next(iter(spec.submodule_search_locations))) / "vader_lexicon.txt"


def read_lexicon(path: Path) -> dict[str, float]:
    """word -> mean rating, for the lexicon's single words (tab-separated: token, mean, sd, raw ratings)."""
    out: dict[str, float] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        parts = line.split("\t")
        if len(parts) < 2:
            continue
        word = parts[0].strip().lower()
        if WORD.fullmatch(word):
            out[word] = round(float(parts[1]), 2)
    return out


def main(argv=None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("lexicon", nargs="?", help="vader_lexicon.txt (default: the installed vaderSentiment's)")
    ap.add_argument("-o", "--out", default=str(OUT))
    args = ap.parse_args(argv)
    path = Path(args.lexicon) if args.lexicon else default_lexicon()
    words = read_lexicon(path)
    if len(words) < 1000:
        raise SystemExit(f"{path}: only {len(words)} words read; is this VADER's lexicon?")
    data = {"about": "Word valence from VADER's sentiment lexicon (C.J. Hutto, 2014; MIT licence, text in "
                     "VADER_LICENSE.txt): mean human rating from -4 (most negative) to +4, single words only; "
                     "built by scripts/build_valence.py",
            "source": "vaderSentiment 3.3.2 vader_lexicon.txt", "words": dict(sorted(words.items()))}
    Path(args.out).write_text(json.dumps(data, ensure_ascii=False, separators=(",", ":")) + "\n", encoding="utf-8")
    print(f"wrote {args.out}: {len(words)} words")


if __name__ == "__main__":
    main()
