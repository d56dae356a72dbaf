"""How good or bad what a statement tells is, for the encoded decision (`story_conflicts`): two aligned statements
of one matter with valences of opposite sign ('the ceasefire held' / 'the truce collapsed within hours') may tell
opposite outcomes in other words, which no negation or antonym pair marks; whether they do is the learned decision's
to weigh.

Word valences are those of the VADER sentiment lexicon (Hutto & Gilbert 2014; vaderSentiment 3.3.2,
`vader_lexicon.txt`, MIT licence in `corpus/data/VADER_LICENSE.txt`), single lower-case words, kept in
`corpus/data/valence.json`. A statement's valence sums its words' valences, a word after a negation in the three
words before it turned by VADER's factor -0.74, squashed to (-1, 1) as VADER does. Rebuild the table with

    python -m dateline.corpus.valence VADER_LEXICON      # vader_lexicon.txt of the vaderSentiment 3.3.2 wheel

(Tried in session 15 and not kept: antonyms between whole WordNet synsets and their satellites, beyond the direct
antonyms of `antonyms.py` — no held-out gain.)
"""
from __future__ import annotations

import json
import math
import re
import sys
from functools import lru_cache
from importlib import resources
from pathlib import Path

from .signature import settings

_TOKEN = re.compile(r"[a-z][a-z'\-]*")
_NEGATED_BY = -0.74  # VADER's factor for a word after a negation
_SQUASH = 15  # VADER's normalisation: x / sqrt(x^2 + 15)


@lru_cache(maxsize=1)
def _valences() -> dict[str, float]:
    return json.loads(resources.files("dateline.corpus").joinpath("data/valence.json").read_text("utf-8"))["words"]


@lru_cache(maxsize=1)
def _negation_cues() -> frozenset[str]:
    return frozenset(settings()["negation_cues"])


def valence(text: str) -> float:
    """The statement's valence in (-1, 1): 0 when no word of the lexicon is in it."""
    table, cues = _valences(), _negation_cues()
    toks = _TOKEN.findall((text or "").lower().replace("’", "'"))
    total = 0.0
    for i, w in enumerate(toks):
        v = table.get(w)
        if v is None:
            continue
        if any(t in cues or t.endswith("n't") for t in toks[max(i - 3, 0):i]):
            v *= _NEGATED_BY
        total += v
    return total / math.sqrt(total * total + _SQUASH) if total else 0.0


def build(vader_lexicon: str) -> dict[str, float]:
    """{word: valence} for the single lower-case words of a VADER lexicon file (word, mean valence, ... per line)."""
    words = {}
    for line in Path(vader_lexicon).read_text(encoding="utf-8").splitlines():
        f = line.split("\t")
        if len(f) >= 2 and re.fullmatch(r"[a-z][a-z'\-]*", f[0]):
            words[f[0]] = float(f[1])
    return dict(sorted(words.items()))


def main(argv: list[str]) -> None:
    data = {"_about": "Word valences of the VADER sentiment lexicon (vaderSentiment 3.3.2, vader_lexicon.txt; Hutto & "
            "Gilbert 2014; MIT licence in VADER_LICENSE.txt beside this file), single lower-case words; built by "
            "`python -m dateline.corpus.valence`.", "words": build(argv[0])}
    dest = Path(__file__).parent / "data" / "valence.json"
    dest.write_text(json.dumps(data, ensure_ascii=False, separators=(",", ":"), sort_keys=True) + "\n", "utf-8")
    print(f"{dest}: {len(data['words'])} words", file=sys.stderr)


if __name__ == "__main__":
    main(sys.argv[1:])
