"""Train where a quote's source phrase ends (extract/quotes/span_model.py) on PolNeAR train.

usage: python scripts/train_source_span.py --cache DIR [--held-out IDS.txt] [--out PATH] [--no-write]

Reads ../shared/data/polnear/train only (never dev or test). The whole pipeline runs over each
article (parses from DIR, a `polnear_eval.py --cache` directory; missing ones are parsed and
added) with `speakers.full_span` wrapped, so that every source head the speaker finder proposes
is seen. A head lying inside a gold Source span gives one example per right-hand piece
(`span_model.pieces`): positive when half or more of the piece's words lie inside that Source.
Articles listed in --held-out are kept out of training and scored (piece accuracy, and the
source tokens the learned ends would get right against the hand rules'); the threshold is chosen
there. The written model is then refitted on every article (unless --no-refit).
"""
from __future__ import annotations

import argparse
import difflib
from dataclasses import replace
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
TRAIN = SHARED / "data" / "polnear" / "train"
sys.path.insert(0, str(SHARED / "eval"))
sys.path.insert(0, str(ROOT / "src"))

import polnear_score as ps  # noqa: E402  (the shared scorer's brat reader)
from polnear_eval import cached_parse  # noqa: E402  (the parse cache of polnear_eval.py --cache)

OUT = ROOT / "src" / "dateline" / "knowledge" / "data" / "quotes" / "source_span.json"


def char_map(own: str, gold: str) -> list[int | None]:
    """Each character offset of `own` (the ingested text) mapped to `gold` (the .txt), None where deleted."""
    out: list[int | None] = [None] * (len(own) + 1)
    for op, a1, a2, b1, b2 in difflib.SequenceMatcher(None, own, gold, autojunk=False).get_opcodes():
        if op == "equal" or (op == "replace" and a2 - a1 == b2 - b1):
            for k in range(a2 - a1):
                out[a1 + k] = b1 + k
    out[len(own)] = len(gold)
    return out


def collect(stems: list[str], cache: Path) -> dict[str, list]:
    """Per article: [(features, label, piece tokens inside gold, piece tokens)] for every proposed source head."""
    from dateline import nlp
    from dateline.extract.quotes import span_model, speakers
    from dateline.ingest import make_article
    from dateline.knowledge import load_knowledge
    from dateline.options import Options
    from dateline.pipeline import extract_record

    options = Options()
    model = nlp.load(options.model)
    knowledge = load_knowledge(options)  # the hand rules' ends: the learned ends switched off
    knowledge = replace(knowledge, reporting=replace(knowledge.reporting, source_span=None))
    gold = ps.load_gold(TRAIN)
    seen: list = []
    original = speakers.full_span

    def recording(tok, cue=None, span_weights=None):
        result = original(tok, cue, span_weights)
        seen.append((tok, cue, result[1]))
        return result

    speakers.full_span = recording
    rows: dict[str, list] = {}
    try:
        for n, stem in enumerate(stems):
            text, atts = gold[stem]
            article = make_article(text, source=stem, id=stem)
            doc = cached_parse(model, options, article, cache)
            seen.clear()
            extract_record(article, doc, knowledge)
            rows[stem] = examples(doc, text, atts, list(seen), span_model)
            if n % 100 == 0:
                print(f"  {n}/{len(stems)}", file=sys.stderr)
    finally:
        speakers.full_span = original
    return rows


def examples(doc, text: str, atts: list, seen: list, span_model) -> list:
    from dateline.extract.quotes.speakers import noun_span

    cmap = char_map(doc.text, text)
    sources = [g for a in atts for f in a["Source"] for g in [ps.trim(text, *f)] if g]
    out, done = [], set()
    for tok, cue, hand_right in seen:
        if (tok.i, cue.i if cue is not None else -1) in done:
            continue
        done.add((tok.i, cue.i if cue is not None else -1))
        at = cmap[tok.idx]
        src = next((s for s in sources if at is not None and s[0] <= at < s[1]), None)
        if src is None:
            continue
        core = noun_span(tok)[1]
        for index, (child, first, last) in enumerate(span_model.pieces(tok, core, cue)):
            words = [t for t in doc[first:last + 1] if not t.is_punct and not t.is_space]
            inside = sum(1 for t in words if cmap[t.idx] is not None and src[0] <= cmap[t.idx] < src[1])
            feats = span_model.features(tok, child, first, last, index, cue)
            out.append((feats, int(inside * 2 >= max(len(words), 1)), inside, len(words), index, last <= hand_right))
    return out


def fit(rows: list, c: float):
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression
    X = [{f: 1 for f in r[0]} for r in rows]
    y = [r[1] for r in rows]
    vec = DictVectorizer()
    clf = LogisticRegression(C=c, max_iter=3000)
    clf.fit(vec.fit_transform(X), y)
    return vec, clf


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--cache", required=True)
    ap.add_argument("--held-out", default="", help="article ids (one a line) kept out of training and scored")
    ap.add_argument("--out", default=str(OUT))
    ap.add_argument("--c", type=float, default=0.5)
    ap.add_argument("--no-refit", action="store_true", help="write the model trained without the held-out articles")
    ap.add_argument("--rows", default="", help="a JSON file caching the collected examples")
    args = ap.parse_args(argv)
    stems = sorted(ps.load_gold(TRAIN))
    held = set(Path(args.held_out).read_text().split()) if args.held_out else set()
    if args.rows and Path(args.rows).exists():
        rows = json.loads(Path(args.rows).read_text())
    else:
        rows = collect(stems, Path(args.cache))
        if args.rows:
            Path(args.rows).write_text(json.dumps(rows))
    train = [r for s in stems if s not in held for r in rows.get(s, [])]
    test = [r for s in stems if s in held for r in rows.get(s, [])]
    print(f"pieces: train {len(train)} (positive {sum(r[1] for r in train)}), held out {len(test)}")
    vec, clf = fit(train, args.c)
    threshold = 0.5
    if test:
        probs = clf.predict_proba(vec.transform([{f: 1 for f in r[0]} for r in test]))[:, 1]
        threshold = max((x / 20 for x in range(4, 17)), key=lambda t: sequence_score(test, probs, t))
        for t in (0.3, 0.4, 0.5, threshold, 0.6, 0.7):
            print(f"threshold {t:.2f}: held-out piece words right {sequence_score(test, probs, t)}")
    meta = {"threshold_chosen_on": "held-out PolNeAR train articles, piece words right",
            "train_articles": len([s for s in stems if s not in held]), "held_out_articles": len(held)}
    if held and not args.no_refit:
        vec, clf = fit(train + test, args.c)
        meta["refit_on"] = "every article, held-out ones included (the threshold stays the held-out choice)"
    weights = {k: round(float(w), 4) for k, w in zip(vec.get_feature_names_out(), clf.coef_[0]) if abs(w) >= 0.005}
    model = {"_about": "Where a quote's source phrase ends (dateline.extract.quotes.span_model); trained by "
                       "scripts/train_source_span.py on PolNeAR train (never dev or test).",
             "enabled": True, "bias": round(float(clf.intercept_[0]), 4), "threshold": threshold,
             "weights": weights, "meta": meta}
    Path(args.out).write_text(json.dumps(model, sort_keys=True, indent=0) + "\n")
    print(f"threshold {threshold:.2f}; {len(weights)} weights; wrote {args.out}")
    return 0


def sequence_score(rows: list, probs, t: float) -> tuple[int, int]:
    """(words right taking pieces left to right while p >= t, words right as the hand rules take them), on
    the same pieces: a piece's words are right when taken and inside the Source or left and outside it."""
    right = base = 0
    stop = False
    for r, p in zip(rows, probs):
        if r[4] == 0:
            stop = False
        take = not stop and p >= t
        stop = stop or not take
        right += r[2] if take else r[3] - r[2]
        base += r[2] if r[5] else r[3] - r[2]
    return right, base


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
