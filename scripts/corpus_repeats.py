"""How alike must two reports dated only by their publication be to tell of one occurrence? (issue 12, session 17)

  python scripts/corpus_repeats.py DB [DB ...] [--kind publication|one-role] [--similarity minilm] [--min-precision 0.5]

Rivals accuse, praise and answer each other every few days, so two reports of one type family naming the same source
and target, published a day or two apart, are often two acts. Without labels: on stores of PolNeAR train windows
outside the set (`corpus_eval.py calibration-extract`, `calibration-extract-2`, ...), every pair of publication-dated
mentions of one type family and modality class whose named roles all agree (scoring._actors == 1) is counted by the
days between their publications — 0-2 (near: one occurrence or two) and 3-8 (null: reports of one occurrence rarely lie
so far apart when neither gives a date, while the pair's quarrels are as frequent that week) — and by their act words
(scoring.act_words: evidence words shared, names of the participants left out; the encoder's cosine with
--similarity, where the weights are installed). Expected false near pairs in a bucket = null pairs x 3 / 6 (day offsets). The
printed gate is the lowest bucket whose own near pairs, and those of every bucket from it on, are estimated at least
--min-precision true: below it a publication-day link of a recurring pair is a coin toss or worse (linking.json
`repeat_min_similarity`).

`--kind one-role`: the same for mentions that both give their own day and agree on one named role only (scoring._actors
== one_role_factor: 'X accused Y' / 'X accused Z's aides', 'X met Y' / 'X met reporters'): 0-1 days apart (the
linker's window for own dates) against 2-8 (one source's other acts that week); linking.json `one_role_min_similarity`.
"""
from __future__ import annotations

import argparse
import json
import sqlite3
import sys
from collections import Counter

KINDS = {"publication": ((0, 2), (3, 8)), "one-role": ((0, 1), (2, 8))}


def mentions(db: str, exact: bool, encoder=None) -> list[dict]:
    """Signatures of a store's event mentions dated by publication (or, `exact`, by their own day), with evidence
    vectors when an encoder is given."""
    from dateline.corpus.signature import event_signature
    sigs, texts = [], []
    for (raw,) in sqlite3.connect(db).execute("SELECT record FROM articles ORDER BY date, id"):
        rec = json.loads(raw)
        for ev in rec.get("events") or []:
            sig = event_signature(rec, ev)
            if sig["day"] is not None and sig["exact"] == exact and not sig.get("coarse"):
                sigs.append(sig)
                texts.append((ev.get("evidence") or {}).get("text") or "")
    if encoder is not None:
        for sig, vec in zip(sigs, encoder.encode(texts)):
            sig["vec"] = vec
    return sigs


def counts(sigs: list[dict], kind: str, step: float) -> tuple[Counter, Counter]:
    """(near, null) pair counts by similarity bucket (its lower bound): all named roles agreeing ('publication') or
    one role only ('one-role')."""
    from dateline.corpus.scoring import _actors, act_words, new_rep, similarity
    from dateline.corpus.signature import settings
    (_, near_max), (_, null_max) = KINDS[kind]
    want = 1.0 if kind == "publication" else settings()["one_role_factor"]
    near: Counter = Counter()
    null: Counter = Counter()
    for i, a in enumerate(sigs):
        for b in sigs[i + 1:]:
            if a["article"] == b["article"] or a["family"] != b["family"] or a["mod"] != b["mod"]:
                continue
            days = abs(a["day"] - b["day"])
            if days > null_max:
                continue
            rep = new_rep(b)
            if _actors(a, rep) != want:
                continue
            sim = similarity(a, rep)[0] if "vec" in a else act_words(a, rep)
            bucket = round(int(sim / step) * step, 3)
            (near if days <= near_max else null)[bucket] += 1
    return near, null


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("dbs", nargs="+")
    ap.add_argument("--kind", choices=tuple(KINDS), default="publication")
    ap.add_argument("--similarity", default=None, help="minilm: the encoder's cosine instead of word Jaccard")
    ap.add_argument("--min-precision", type=float, default=0.5)
    args = ap.parse_args()
    encoder = None
    if args.similarity:
        from dateline.corpus.similarity import load_encoder
        encoder = load_encoder(args.similarity)
    step = 0.05
    near: Counter = Counter()
    null: Counter = Counter()
    for db in args.dbs:
        n, z = counts(mentions(db, args.kind == "one-role", encoder), args.kind, step)
        near.update(n)
        null.update(z)
    (near_lo, near_hi), (null_lo, null_hi) = KINDS[args.kind]
    scale = (near_hi - near_lo + 1) / (null_hi - null_lo + 1)
    buckets = sorted(set(near) | set(null))

    def precision(keep) -> float | None:
        kept = sum(v for k, v in near.items() if keep(k))
        return 1 - sum(v for k, v in null.items() if keep(k)) * scale / kept if kept else None

    rows, gate = [], None
    for b in buckets:
        own, from_here = precision(lambda k: k == b), precision(lambda k: k >= b)
        rows.append({"similarity_from": b, "near_pairs": near[b], "null_pairs": null[b],
                     "expected_false_near": round(null[b] * scale, 1),
                     "estimated_precision": None if own is None else round(own, 3),
                     "estimated_precision_from_here": None if from_here is None else round(from_here, 3)})
        # the gate: the lowest bucket whose own near pairs are mostly true, as are those from every bucket on
        if gate is None and (own or 0) >= args.min_precision and all(
                (precision(lambda k: k >= c) or 0) >= args.min_precision for c in buckets if c >= b):
            gate = b
    json.dump({"kind": args.kind, "measure": "cosine" if encoder else "terms", "near_days": KINDS[args.kind][0],
               "null_days": KINDS[args.kind][1],
               "buckets": rows, "gate": gate}, sys.stdout, indent=1)
    print()


if __name__ == "__main__":
    main()
