"""A learned matter comparison of two clashing statements, trained on the invented batches and ranked on the windows
(issue 12, session 31; a study: nothing here is shipped).

    python scripts/corpus_matter_study.py --train INVENTED.db --window DB:SET [--window DB:SET ...]

INVENTED.db is a store of the invented batches linked by the rules (`corpus_eval.py invented`); each window is a
store `corpus_window.py` built and the window set's folder. The invented conflicts (`eval/corpus_linking/invented/
conflicts.tsv`) are listed by article pair; within a listed pair the statement pair of other holders that carries a
clash of the listed kind and is nearest by the sentence encoder is the positive, every other clashing statement pair
of every candidate article pair (`story_conflicts.candidate_pairs`) a negative. Features of a statement pair read its
matter without any window's words: the encoder's cosine, the weighted Jaccard of their uncommon words (`ClaimStats.
weight`, an inverse document frequency), the names and uncommon words they share, the kind of clash, whether both
holders are known and differ, days apart. A logistic regression (scikit-learn, class-balanced) scores every clashing
statement pair of a window; an article pair takes its best, and `corpus_window.ranking` reads the listed pairs' ranks
(the recall reached at precision 0.8, the precision at half recall). The windows are never trained on.
"""
from __future__ import annotations

import argparse
import csv
import json
import sqlite3
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "scripts"))
import corpus_window as W  # noqa: E402

from dateline.corpus import story_conflicts as S  # noqa: E402
from dateline.corpus.conflicts import ClaimStats  # noqa: E402

KINDS = ("fig", "neg", "date", "ant")
LISTED_KIND = {"figure": ("fig",), "date": ("date",), "denial": ("neg", "ant"), "claim": ("neg", "ant")}
FEATURES = ("cos", "wjac", "names", "rare", "holders", "days") + KINDS


def _weighted_jaccard(x, y, stats: ClaimStats) -> float:
    both, either = x.rare & y.rare, x.rare | y.rare
    den = sum(stats.weight(w) for w in either)
    return sum(stats.weight(w) for w in both) / den if den else 0.0


def statement_pairs(conn: sqlite3.Connection, ids: list[str], encoder) -> dict[frozenset, list[tuple]]:
    """{article pair: [(features, kinds, cosine), ...]} for every clashing statement pair of other holders."""
    stats = ClaimStats(conn)
    S.ensure_vectors(conn, ids, encoder)
    conn.commit()
    stories = S.load_stories(conn, stats.common, ids)
    out: dict[frozenset, list[tuple]] = {}
    for a, b in S.candidate_pairs(stories, ids):
        sa, sb = stories[a], stories[b]
        sims, rows = sa.matrix @ sb.matrix.T, []
        days = min(abs(sa.day - sb.day), 35) / 35 if sa.day is not None and sb.day is not None else 1.0
        for p, x in enumerate(sa.statements):
            for q, y in enumerate(sb.statements):
                if x.holder and x.holder == y.holder:
                    continue
                kinds = set(S.clashes(x, y)) & set(KINDS)
                if not kinds:
                    continue
                f = {"cos": float(sims[p, q]), "wjac": _weighted_jaccard(x, y, stats),
                     "names": min(len(x.names & y.names), 3) / 3, "rare": min(len(x.rare & y.rare), 6) / 6,
                     "holders": float(bool(x.holder and y.holder)), "days": days}
                f.update({k: float(k in kinds) for k in KINDS})
                rows.append(([f[n] for n in FEATURES], kinds, float(sims[p, q])))
        out[frozenset((a, b))] = rows
    return out


def _invented_listed() -> dict[frozenset, str]:
    path = ROOT / "eval" / "corpus_linking" / "invented" / "conflicts.tsv"
    with open(path, encoding="utf-8") as fh:
        rows = [r for r in csv.reader(fh, delimiter="\t") if r and not r[0].startswith("#") and len(r) >= 3]
    return {frozenset((r[1], r[2])): r[0] for r in rows}


def training_rows(pairs: dict[frozenset, list[tuple]], listed: dict[frozenset, str]) -> tuple[np.ndarray, np.ndarray]:
    """Positives: in a listed article pair, the nearest statement pair clashing as listed; the rest negatives."""
    X, y = [], []
    for pair, rows in pairs.items():
        want = LISTED_KIND.get(listed.get(pair, ""), ())
        fitting = [i for i, (_f, kinds, _c) in enumerate(rows) if kinds & set(want)]
        pos = max(fitting, key=lambda i: rows[i][2]) if fitting else None
        for i, (f, _kinds, _c) in enumerate(rows):
            X.append(f)
            y.append(int(i == pos))
    return np.array(X), np.array(y)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--train", required=True, help="a store of the invented batches, linked")
    ap.add_argument("--window", action="append", default=[], help="DB:SET, a window's store and its set folder")
    args = ap.parse_args(argv)
    from sklearn.linear_model import LogisticRegression
    from dateline.corpus.similarity import load_encoder
    enc = load_encoder("minilm")
    conn = sqlite3.connect(args.train)
    ids = [r[0] for r in conn.execute("SELECT DISTINCT article_id FROM corpus_claims")]
    X, y = training_rows(statement_pairs(conn, ids, enc), _invented_listed())
    model = LogisticRegression(C=1.0, class_weight="balanced", max_iter=1000).fit(X, y)
    result = {"training_rows": int(len(y)), "positives": int(y.sum()),
              "weights": dict(zip(FEATURES, (round(float(w), 3) for w in model.coef_[0])))}
    for spec in args.window:
        db, folder = spec.split(":", 1)
        ws = W.read_set(folder)
        wconn = sqlite3.connect(db)
        gold = {frozenset((c["article_a"], c["article_b"])) for c in ws.conflicts}
        pairs = statement_pairs(wconn, [a["article"] for a in ws.articles], enc)
        scored = [(max(model.predict_proba(np.array([f for f, _k, _c in rows]))[:, 1]) if rows else 0.0, pair in gold)
                  for pair, rows in pairs.items()]
        result[Path(folder).name] = W.ranking(scored, len(gold))
    print(json.dumps(result, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
