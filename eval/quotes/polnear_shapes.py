"""Count PolNeAR Source losses by shape: aggregates only, never an attribution's text.

    PYTHONPATH=src python eval/quotes/polnear_shapes.py RECORDS.jsonl SPLIT_DIR [--articles IDS.txt]

RECORDS.jsonl is what `scripts/polnear_eval.py --out` wrote for SPLIT_DIR. Each gold attribution with a Source is
classed as the scorer pairs it (not found / no speaker / wrong / partial / exact, as `polnear_eval.py --by-kind`),
and each loss is counted by the shape of the gold attribution: the cue (one word, several, "according to", a colon
or none), the Source before or after the Content, the Content's length and marks, the Source's length or pronoun.
Counts are for choosing which general cause to work on (session 32, docs/quotes.md); rules come from invented
sentences and training text, never from dev or test (NOTES.md).
"""
from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from pathlib import Path

SHARED = Path(__file__).resolve().parents[3] / "shared"
PRONOUNS = {"he", "she", "they", "i", "we", "it", "you", "who", "which", "that"}


def _scorer():
    sys.path.insert(0, str(SHARED / "eval"))
    import polnear_score
    return polnear_score


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
    recs = {}
    for line in records.read_text(encoding="utf-8").splitlines():
        if line.strip():
            rec = json.loads(line)
            recs[rec["article"]["id"]] = rec
    c: Counter = Counter()
    for aid, (text, atts) in sc.load_gold(split).items():
        if ids is not None and aid not in ids:
            continue
        _, pairs = sc.system_spans(recs.get(aid, {}), text, {"unaligned": 0})
        toks = [m.span() for m in sc.TOKEN.finditer(text)]
        for att in atts:
            if not att["Source"]:
                continue
            srcs = [p[1] for p in pairs if any(sc.overlaps(p[0], f) for f in att["Content"])]
            gold = sc.token_ids(toks, [t for f in att["Source"] for t in [sc.trim(text, *f)] if t])
            got = sc.token_ids(toks, [s for s in srcs if s])
            kind = ("not found" if not srcs else "no speaker" if not any(srcs)
                    else "wrong" if not gold & got else "partial" if gold - got else "exact")
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
