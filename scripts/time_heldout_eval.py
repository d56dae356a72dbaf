"""Score the time extractor on a held-out TIMEX3 gold set, TempEval-3 style (figures only).

usage: python scripts/time_heldout_eval.py [GOLD.jsonl] [--texts DIR] [--json]

GOLD.jsonl (default eval/times_s10/gold.jsonl) holds one article a line:
  {"file", "dct", "sha256"?, "timexes": [{"start", "end", "text", "type", "value", "mod"?, "quant"?}]}
with code-point offsets into the UTF-8 text at DIR/<file> (default: the PolNeAR train texts in
../shared/data/polnear/train/text). Each article runs through the whole pipeline with `dct` as its
publication date.

Reported, as TempEval-3 reports them:
- strict span P/R/F1 (identical offsets) and relaxed span P/R/F1 (any overlap), one-to-one matching;
- type and value accuracy over the relaxed matches, and type and value F1: a relaxed match counts only
  when its attribute is right, over all system and all gold expressions (value F1 = the TempEval-3 figure);
- per gold type: relaxed recall and value accuracy of the matches.

The script prints figures only, never the set's expressions: a held-out set is scored once and not read.
"""
from __future__ import annotations

import argparse
import hashlib
import json
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
GOLD = ROOT / "eval" / "times_s10" / "gold.jsonl"
TEXTS = ROOT.parent / "shared" / "data" / "polnear" / "train" / "text"
TYPES = ("DATE", "TIME", "DURATION", "SET")


def read_gold(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def article_text(doc: dict, texts: Path) -> str:
    """The article's text; its sha256, when the gold gives one, must match."""
    path = texts / doc["file"]
    if not path.exists():
        path = texts / (doc["file"] + ".txt")
    raw = path.read_bytes()
    if doc.get("sha256") and hashlib.sha256(raw).hexdigest() != doc["sha256"]:
        raise SystemExit(f"{path}: text differs from the one annotated (sha256)")
    return raw.decode("utf-8")


def run_system(docs: list[dict], texts: Path) -> dict[str, list[dict]]:
    """file -> the pipeline's times as {start, end, type, value}."""
    from dateline.ingest import make_article
    from dateline.options import Options
    from dateline.pipeline import process
    opts = Options()
    arts = [make_article(article_text(d, texts), source="time-heldout", id=d["file"], date=d["dct"], options=opts)
            for d in docs]
    out = {}
    for doc, art, res in zip(docs, arts, process(arts, opts, strict=True)):
        to_raw = offset_map(art.text, article_text(doc, texts))
        out[doc["file"]] = [{"start": to_raw[t.start], "end": to_raw[t.end - 1] + 1, "type": t.type, "value": t.value}
                            for t in res.record.times]
    return out


def offset_map(normalized: str, raw: str) -> list[int]:
    """For each character of the ingested (whitespace-normalised) text, its offset in the raw text (the gold's
    offsets are into the raw file); a character the normaliser changed takes the offset after the last match."""
    from difflib import SequenceMatcher
    out = [-1] * len(normalized)
    for a, b, size in SequenceMatcher(None, normalized, raw, autojunk=False).get_matching_blocks():
        out[a:a + size] = range(b, b + size)
    last = -1
    for i, o in enumerate(out):
        out[i] = last = o if o >= 0 else min(last + 1, len(raw) - 1)
    return out


def _overlap(a: dict, b: dict) -> int:
    return max(0, min(a["end"], b["end"]) - max(a["start"], b["start"]))


def relaxed_pairs(gold: list[dict], system: list[dict]) -> list[tuple[int, int]]:
    """One-to-one (gold index, system index) pairs of overlapping spans, largest overlap first."""
    cands = sorted(((_overlap(g, s), gi, si) for gi, g in enumerate(gold) for si, s in enumerate(system)
                    if _overlap(g, s) > 0), key=lambda c: (-c[0], c[1], c[2]))
    used_g, used_s, pairs = set(), set(), []
    for _, gi, si in cands:
        if gi not in used_g and si not in used_s:
            used_g.add(gi)
            used_s.add(si)
            pairs.append((gi, si))
    return sorted(pairs)


def _prf(tp: int, n_sys: int, n_gold: int) -> tuple[float, float, float]:
    p = tp / n_sys if n_sys else 0.0
    r = tp / n_gold if n_gold else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def score(docs: list[dict], system: dict[str, list[dict]]) -> dict:
    """TempEval-3 figures of the system's times against the gold articles."""
    n = Counter()
    by_type = {t: Counter() for t in TYPES}
    for doc in docs:
        gold, sys_times = doc["timexes"], system.get(doc["file"], [])
        n["gold"] += len(gold)
        n["sys"] += len(sys_times)
        gold_spans = {(g["start"], g["end"]) for g in gold}
        n["strict"] += len(gold_spans & {(s["start"], s["end"]) for s in sys_times})
        for g in gold:
            by_type.setdefault(g["type"], Counter())["gold"] += 1
        for gi, si in relaxed_pairs(gold, sys_times):
            g, s = gold[gi], sys_times[si]
            n["relaxed"] += 1
            n["type_ok"] += g["type"] == s["type"]
            n["value_ok"] += g["value"] == s["value"]
            by_type[g["type"]]["found"] += 1
            by_type[g["type"]]["value_ok"] += g["value"] == s["value"]
    return {
        "articles": len(docs), "gold": n["gold"], "system": n["sys"],
        "strict": _prf(n["strict"], n["sys"], n["gold"]),
        "relaxed": _prf(n["relaxed"], n["sys"], n["gold"]),
        "type_accuracy": n["type_ok"] / n["relaxed"] if n["relaxed"] else 0.0,
        "value_accuracy": n["value_ok"] / n["relaxed"] if n["relaxed"] else 0.0,
        "type_f1": _prf(n["type_ok"], n["sys"], n["gold"])[2],
        "value_f1": _prf(n["value_ok"], n["sys"], n["gold"])[2],
        "by_type": {t: {"gold": c["gold"], "recall": c["found"] / c["gold"] if c["gold"] else 0.0,
                        "value_accuracy": c["value_ok"] / c["found"] if c["found"] else 0.0}
                    for t, c in by_type.items() if c["gold"]},
    }


def report(fig: dict) -> str:
    lines = [f"articles {fig['articles']}  gold {fig['gold']}  system {fig['system']}"]
    for k in ("strict", "relaxed"):
        p, r, f = fig[k]
        lines.append(f"{k:8s} span  P {p:.3f}  R {r:.3f}  F1 {f:.3f}")
    lines.append(f"type   accuracy {fig['type_accuracy']:.3f}  F1 {fig['type_f1']:.3f}")
    lines.append(f"value  accuracy {fig['value_accuracy']:.3f}  F1 {fig['value_f1']:.3f}")
    for t, c in fig["by_type"].items():
        lines.append(f"  {t:9s} gold {c['gold']:3d}  relaxed recall {c['recall']:.3f}  value accuracy {c['value_accuracy']:.3f}")
    return "\n".join(lines)


def main(argv: list[str]) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("gold", nargs="?", type=Path, default=GOLD, help="the gold JSONL (default %(default)s)")
    ap.add_argument("--texts", type=Path, default=TEXTS, help="the folder of the articles' texts")
    ap.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = ap.parse_args(argv)
    docs = read_gold(args.gold)
    fig = score(docs, run_system(docs, args.texts))
    print(json.dumps(fig, indent=1) if args.json else report(fig))


if __name__ == "__main__":
    main(sys.argv[1:])
