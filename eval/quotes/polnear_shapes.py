"""Count PolNeAR Source losses by shape: aggregates only, never an attribution's text.

    PYTHONPATH=src python eval/quotes/polnear_shapes.py RECORDS.jsonl SPLIT_DIR [--articles IDS.txt]

RECORDS.jsonl is what `scripts/polnear_eval.py --out` wrote for SPLIT_DIR. Each gold attribution with a Source is
classed as the scorer pairs it (not found / no speaker / wrong / partial / exact: `polnear_eval.attribution_kind`),
and each loss is counted by the shape of the gold attribution: the cue (one word, several, "according to", a colon
or none), the Source before or after the Content, the Content's length and marks, the Source's length or pronoun.
Counts are for choosing which general cause to work on (session 32, docs/quotes.md); rules come from invented
sentences and training text, never from dev or test (NOTES.md).
"""
from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "scripts"))
import polnear_eval  # noqa: E402  (the kinds and the pairing, shared with the scoring script)

PRONOUNS = {"he", "she", "they", "i", "we", "it", "you", "who", "which", "that"}


def _scorer():
    return polnear_eval.shared_scorer()


def shapes(text: str, att: dict) -> list[str]:
    """The shape classes of one gold attribution (cue, Source side, Content length and marks, Source form)."""
    cue = " ".join(text[s:e] for s, e in att["Cue"]).lower().split()
    src = " ".join(text[s:e] for s, e in att["Source"])
    content = " ".join(text[s:e] for s, e in att["Content"])
    cs = min([s for s, _ in att["Content"]] or [0])
    ce = max([e for _, e in att["Content"]] or [0])
    ss = min(s for s, _ in att["Source"])
    n = len(content.split())
    out = ["cue according to" if cue[:1] == ["according"] else "cue colon or none" if cue in ([], [":"])
           else "cue several words" if len(cue) > 1 else "cue one word",
           "source after content" if ss > cs else "source before content",
           "content 1-3 words" if n <= 3 else "content 4-9 words" if n < 10 else "content 10+ words",
           "content quoted" if re.search("[\"\u201c\u201d]", text[max(cs - 1, 0):ce + 1]) else "content unquoted"]
    out.append("source pronoun" if src.strip().lower() in PRONOUNS else f"source {min(len(src.split()), 4)}+ words"
               if len(src.split()) >= 4 else f"source {len(src.split())} words")
    return out


def count(records: Path, split: str, ids: set[str] | None) -> Counter:
    """Attributions by kind, gold Source tokens lost by kind, and (kind, shape) counts of the losses."""
    sc = _scorer()
    c: Counter = Counter()
    for aid, text, atts, pairs in polnear_eval.gold_and_pairs(sc, str(records), split):
        if ids is not None and aid not in ids:
            continue
        toks = [m.span() for m in sc.TOKEN.finditer(text)]
        for att in atts:
            if not att["Source"]:
                continue
            kind, gold, got = polnear_eval.attribution_kind(sc, text, toks, att, pairs)
            c[("attributions", kind)] += 1
            c[("tokens lost", kind)] += len(gold - got)
            if kind != "exact":
                for shape in shapes(text, att):
                    c[(kind, shape)] += 1
    return c


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("records", help="records written by scripts/polnear_eval.py --out")
    ap.add_argument("split", help="the PolNeAR split folder (text/ and attributions/)")
    ap.add_argument("--articles", help="a file of article ids (one a line): count only those")
    args = ap.parse_args(argv)
    ids = set(Path(args.articles).read_text(encoding="utf-8").split()) if args.articles else None
    c = count(Path(args.records), args.split, ids)
    for (kind, shape), n in sorted(c.items(), key=lambda kv: (kv[0][0], -kv[1], kv[0][1])):
        print(f"{n:6d}  {kind:12s} {shape}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
