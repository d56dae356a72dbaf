"""Derive the packaged noun classes the event roles read from WordNet 3.0 (Princeton University; licence beside
the table).

- `person`: a common noun whose most frequent WordNet sense is filed under `noun.person` ("defendant",
  "rancher", "bystander") names a person or people: the events stage may take a phrase it heads as an
  event's participant when the actors extractor lists nobody there ("a rancher shot two wolves").
- `act`: a noun whose most frequent sense is an act or a communication (`noun.act`, `noun.communication`:
  "decision", "raid", "remark") names something someone did or said: as a clause's subject its doer stands
  for it ("Kell's decision drew criticism": the criticism is of Kell).
The first sense decides, so words that are mostly something else ("source", "fan", "state") stay out.

Output: `src/dateline/knowledge/data/events/wordnet_nouns.json` ({"about": ..., "person": [...], "act": [...]}).

    python scripts/build_wordnet_nouns.py [/usr/share/wordnet]     # Debian/Ubuntu package wordnet-base
"""
from __future__ import annotations

import argparse
import json
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "src/dateline/knowledge/data/events/wordnet_nouns.json"
# lexicographer file numbers (WordNet's lexnames): noun.act 04, noun.communication 10, noun.person 18
CLASSES = {"person": {18}, "act": {4, 10}}
WORD = re.compile(r"[a-z][a-z\-]*[a-z]")


def lexfiles(wordnet: Path) -> dict[str, int]:
    """Synset offset -> lexicographer file number, from data.noun."""
    out = {}
    with open(wordnet / "data.noun", encoding="latin-1") as fh:
        for line in fh:
            if not line.startswith(" "):
                offset, lexfile = line.split(" ", 2)[:2]
                out[offset] = int(lexfile)
    return out


def noun_classes(wordnet: Path) -> dict[str, list[str]]:
    """Single-word lower-case lemmas by the class of their first (most frequent) noun sense."""
    lex = lexfiles(wordnet)
    out: dict[str, list[str]] = {name: [] for name in CLASSES}
    with open(wordnet / "index.noun", encoding="latin-1") as fh:
        for line in fh:
            if line.startswith(" "):
                continue
            fields = line.split()
            lemma, n_ptr = fields[0], int(fields[3])
            offsets = fields[4 + n_ptr + 2:]
            if not (WORD.fullmatch(lemma) and offsets):
                continue
            for name, files in CLASSES.items():
                if lex.get(offsets[0]) in files:
                    out[name].append(lemma)
    return {name: sorted(words) for name, words in out.items()}


def main(argv=None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("wordnet", nargs="?", default="/usr/share/wordnet", help="WordNet 3.0 dict directory")
    ap.add_argument("-o", "--out", default=str(OUT))
    args = ap.parse_args(argv)
    classes = noun_classes(Path(args.wordnet))
    about = ("Common nouns by the class of their most frequent WordNet 3.0 sense: person (noun.person), act "
             "(noun.act, noun.communication); derived by scripts/build_wordnet_nouns.py. WordNet 3.0 (c) 2006 "
             "Princeton University, licence in WORDNET_LICENSE.txt.")
    Path(args.out).write_text(json.dumps({"about": about, **classes}, indent=0) + "\n", encoding="utf-8")
    print(", ".join(f"{len(v)} {k}" for k, v in classes.items()), "->", args.out)


if __name__ == "__main__":
    main()
