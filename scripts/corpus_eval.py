"""The corpus-linking evaluation set (eval/corpus_linking/): build, list for annotation, score.

  python scripts/corpus_eval.py extract  [--db PATH]   # extract the selected PolNeAR train articles (no linking)
  python scripts/corpus_eval.py mentions [--db PATH]   # their event mentions, per article, for annotation
  python scripts/corpus_eval.py score    [--db PATH]   # link them, then B-cubed, outlet-count exactness, conflicts

The selection (articles.tsv), the hand grouping (gold.tsv) and the hand-listed conflicts (conflicts.tsv)
hold references and labels only; texts are read from ../shared/data/polnear (see GUIDE.md).
"""
from __future__ import annotations

import argparse
import csv
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SET = ROOT / "eval" / "corpus_linking"
SHARED = ROOT.parent / "shared" / "data" / "polnear" / "train" / "text"


def _selection() -> list[dict]:
    with open(SET / "articles.tsv", encoding="utf-8") as fh:
        return list(csv.DictReader(fh, delimiter="\t"))


def cmd_extract(db: str) -> None:
    from dateline.ingest import make_article
    from dateline.options import Options
    from dateline.pipeline import process
    from dateline.record import to_dict
    from dateline.store import Store

    opts = Options()
    arts = []
    for row in _selection():
        text = (SHARED / f"{row['article']}.txt").read_text(encoding="utf-8")
        art = make_article(text, source=row["article"], id=row["article"], date=row["date"], options=opts)
        art.outlet = row["outlet"]
        arts.append(art)
    with Store(db) as st:
        recs = [to_dict(r.record) for r in process(arts, opts) if r.record is not None]
        print(st.upsert_records(recs), file=sys.stderr)


def cmd_mentions(db: str) -> None:
    from dateline.store import Store
    with Store(db) as st:
        for r in st.conn.execute("SELECT e.article_id, e.id, e.type, e.modality, e.date_value, e.evidence_text "
                                 "FROM events e JOIN articles a ON a.id = e.article_id "
                                 "ORDER BY a.date, e.article_id, e.evidence_start"):
            ev = " ".join(r[5].split())[:220]
            print(f"{r[0]}\t{r[1]}\t{r[2]}\t{r[3]}\t{r[4] or ''}\t{ev}")


def _gold(conn) -> dict[tuple[str, str], str]:
    """Gold labels keyed by the store's (article, event id): a row is re-attached through its evidence
    span and type when the extractor's event ids have shifted since the set was labelled."""
    with open(SET / "gold.tsv", encoding="utf-8") as fh:
        rows = [r for r in csv.reader(fh, delimiter="\t") if r and not r[0].startswith("#")]
    events = {(r[0], r[4]): (r[1], r[2], r[3]) for r in conn.execute(
        "SELECT article_id, evidence_start, evidence_end, type, id FROM events")}
    by_span = {(a, s, e, t): i for (a, i), (s, e, t) in sorted(events.items())}
    out = {}
    for art, eid, label, typ, _mod, start, end in rows:
        if events.get((art, eid)) != (int(start), int(end), typ):
            eid = by_span.get((art, int(start), int(end), typ))
        if eid is not None:  # a labelled mention today's extractor no longer produces is left out (counted)
            out[(art, eid)] = label
    _gold.unattached = len(rows) - len(out)
    return out


def cmd_score(db: str) -> dict:
    from dateline.corpus import update
    from dateline.store import Store

    with Store(db) as st:
        gold_raw = _gold(st.conn)
        update(st.conn, relink=True)
        pred = {(a, e): c for a, e, c in st.conn.execute(
            "SELECT article_id, event_id, corpus_event_id FROM corpus_mentions")}
        outlet = {r[0]: r[1] for r in st.conn.execute("SELECT id, outlet FROM articles")}
        found = [dict(r) for r in st.conn.execute(
            "SELECT kind, a_article, a_ref, b_article, b_ref FROM corpus_conflicts WHERE scope = 'corpus'")]
    # a mention labelled "-" is its own event (singleton): the label is made unique
    gold = {k: (v if v != "-" else f"single:{k[0]}:{k[1]}") for k, v in gold_raw.items()}
    dates = {r["article"]: r["date"] for r in _selection()}
    result = {"gold_rows": _gold.unattached + len(gold), "gold_rows_not_attached": _gold.unattached,
              "not_in_store": sum(1 for k in gold if k not in pred), "first_run_before_revision": FIRST_RUN}
    for part, keep in (("all", lambda d: True), ("dev (published <= %s)" % SPLIT, lambda d: d <= SPLIT),
                       ("test (published > %s)" % SPLIT, lambda d: d > SPLIT)):
        sub = {k: v for k, v in gold.items() if keep(dates[k[0]])}
        result[part] = _scores(pred, sub, outlet)
    result["conflicts"] = _conflict_scores(found)
    print(json.dumps(result, indent=1))
    return result


# the dev half was used to revise the linker settings once (docs/corpus.md); the test half was not inspected
SPLIT = "2016-02-19"
FIRST_RUN = {"bcubed_all_f1": 0.8482, "bcubed_all_p": 0.7683, "bcubed_all_r": 0.9467,
             "bcubed_linked_events_only_f1": 0.8219, "outlet_count_exact_multi_article": 0.6333,
             "conflicts_system": 102, "conflicts_recall": 0.333, "conflicts_precision": 0.01}


def _scores(pred: dict, gold: dict, outlet: dict) -> dict:
    """B-cubed and outlet-count exactness over all mentions, over events in several articles, and over
    events in several outlets (leaving out one outlet's text printed twice)."""
    from dateline.corpus.evaluate import bcubed, outlet_count_exactness
    out_of = {k: outlet[k[0]] for k in gold}
    shared = {k for k, v in gold.items() if not v.startswith("single:")}
    multi = {g for g in {gold[k] for k in shared} if len({k[0] for k in shared if gold[k] == g}) > 1}
    cross = {g for g in multi if len({outlet[k[0]] for k in shared if gold[k] == g}) > 1}
    pred_g = {k: pred.get(k, ("s", k)) for k in gold}
    return {
        "gold_events_in_several_outlets": len(cross),
        "bcubed_several_outlets_only": bcubed(pred_g, {k: v for k, v in gold.items() if v in cross}),
        "outlet_count_exact_several_outlets": outlet_count_exactness(
            {k: pred_g[k] for k in gold if gold[k] in cross}, {k: v for k, v in gold.items() if v in cross}, out_of),
        "mentions": len(gold), "gold_events_in_several_articles": len(multi),
        "bcubed_all": bcubed(pred_g, gold),
        "bcubed_singleton_baseline": bcubed({k: k for k in gold}, gold),
        "bcubed_linked_events_only": bcubed(pred_g, {k: v for k, v in gold.items() if v in multi}),
        "outlet_count_exact_all": outlet_count_exactness(pred_g, gold, out_of),
        "outlet_count_exact_multi_article": outlet_count_exactness(
            {k: pred_g[k] for k in gold if gold[k] in multi}, {k: v for k, v in gold.items() if v in multi}, out_of),
    }


def _conflict_scores(found: list[dict]) -> dict:
    path = SET / "conflicts.tsv"
    if not path.exists():
        return {}
    with open(path, encoding="utf-8") as fh:
        gold = [r for r in csv.reader(fh, delimiter="\t") if r and not r[0].startswith("#")]
    gold_pairs = {frozenset((r[1], r[2])) for r in gold}
    sys_pairs = {frozenset((f["a_article"], f["b_article"])) for f in found}
    tp = len(gold_pairs & sys_pairs)
    return {"gold": len(gold_pairs), "system": len(sys_pairs), "matched_article_pairs": tp,
            "recall": round(tp / len(gold_pairs), 3) if gold_pairs else None,
            "precision": round(tp / len(sys_pairs), 3) if sys_pairs else None}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("step", choices=("extract", "mentions", "score"))
    ap.add_argument("--db", default="/tmp/corpus_linking.db")
    args = ap.parse_args()
    {"extract": cmd_extract, "mentions": cmd_mentions, "score": cmd_score}[args.step](args.db)


if __name__ == "__main__":
    main()
