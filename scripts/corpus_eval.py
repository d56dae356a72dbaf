"""The corpus-linking evaluation set (eval/corpus_linking/): build, list for annotation, score.

  python scripts/corpus_eval.py extract  [--db PATH]   # extract the selected PolNeAR train articles (no linking)
  python scripts/corpus_eval.py mentions [--db PATH]   # their event mentions, per article, for annotation
  python scripts/corpus_eval.py score    [--db PATH]   # link them, then B-cubed, outlet-count exactness, conflicts
  python scripts/corpus_eval.py invented [--db PATH]   # the invented conflict set end to end: conflict P/R
  python scripts/corpus_eval.py calibration-extract [--db PATH]   # PolNeAR train 2016-04/05, outside the set
  python scripts/corpus_eval.py calibrate [--db PATH]  # similarity of different events sharing an actor
  python scripts/corpus_eval.py calibration-extract-2 [--db PATH] # 2015-11/12, for reading conflicts by hand
  python scripts/corpus_eval.py shift-test [--db PATH]  # false-link rate without labels (calibration articles)
  python scripts/corpus_eval.py diagnose [--db PATH]    # after `score`: why cross-outlet gold pairs stay apart
  python scripts/corpus_eval.py conflict-diagnose [--db PATH]  # after `score`: how far each listed conflict gets
  python scripts/corpus_eval.py type-pairs             # types annotators find interchangeable (training labels)

The selection (articles.tsv), the hand grouping (gold.tsv) and the hand-listed conflicts (conflicts.tsv)
hold references and labels only; texts are read from ../shared/data/polnear (see GUIDE.md).
"""
from __future__ import annotations

import argparse
import csv
from collections import Counter
import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SET = ROOT / "eval" / "corpus_linking"
SHARED = ROOT.parent / "shared" / "data" / "polnear" / "train" / "text"


def _selection() -> list[dict]:
    with open(SET / "articles.tsv", encoding="utf-8") as fh:
        return list(csv.DictReader(fh, delimiter="\t"))


CALIBRATION = ("2016-04-01", "2016-05-31")
# a second window, read by hand to judge the precision of cross-article conflicts on real text (not the set)
CALIBRATION_2 = ("2015-11-01", "2015-12-31")


def evaluation_articles() -> set[str]:
    """Every article an evaluation set holds: the linking set, the real windows (window_*/articles.tsv) — which
    training and calibration must leave out."""
    ours = {r["article"] for r in _selection()}
    for tsv in sorted(SET.glob("window_*/articles.tsv")):
        with open(tsv, encoding="utf-8") as fh:
            ours |= {r["article"] for r in csv.DictReader(fh, delimiter="\t")}
    return ours


def _manifests() -> str:
    """The text of every evaluation manifest (blind and validation sets), to test article names against."""
    return "\n".join(p.read_text(encoding="utf-8") for p in sorted((ROOT / "eval").glob("*/manifest.json")))


def _calibration_selection(window: tuple[str, str] = CALIBRATION) -> list[dict]:
    """PolNeAR train articles outside every evaluation set (the linking set, its real windows, the blind and
    validation sets; no labels are used): the story decision's real negatives (`train_corpus_conflicts.py`), and
    the similarity of event mentions that share an actor but lie weeks apart — different events — sets the
    similarity a cross-type link needs (linking.json `cross_type_min_similarity`)."""
    ours = evaluation_articles()
    manifests = _manifests()
    with open(SHARED.parents[1] / "metadata.tsv", encoding="utf-8") as fh:
        rows = [r for r in csv.DictReader(fh, delimiter="\t") if r["compartment"] == "train"]
    return [{"article": r["filename"], "date": r["publication_date"], "outlet": r["publisher"]} for r in rows
            if window[0] <= r["publication_date"] <= window[1] and r["filename"] not in ours
            and f'"{r["filename"]}"' not in manifests]


def cmd_extract(db: str, selection=None) -> None:
    from dateline.ingest import make_article
    from dateline.options import Options
    from dateline.pipeline import process
    from dateline.record import to_dict
    from dateline.store import Store

    opts = Options()
    arts = []
    for row in selection or _selection():
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
    # the label is the occurrence the evidence reports, whatever type the extractor gives it (GUIDE.md rule 3):
    # a span that one event alone has today re-attaches its row even when the event was retyped
    span_only: dict[tuple, list[str]] = {}
    for (a, i), (s, e, _t) in sorted(events.items()):
        span_only.setdefault((a, s, e), []).append(i)
    out, later = {}, []
    for art, eid, label, typ, _mod, start, end in rows:
        if events.get((art, eid)) != (int(start), int(end), typ):
            eid = by_span.get((art, int(start), int(end), typ))
        if eid is not None:
            out[(art, eid)] = label
        else:
            later.append((art, (art, int(start), int(end)), label))
    for art, span, label in later:  # a labelled mention today's extractor no longer produces is left out (counted)
        alone = span_only.get(span, [])
        if len(alone) == 1 and (art, alone[0]) not in out:
            out[(art, alone[0])] = label
    _gold.unattached = len(rows) - len(out)
    return out


def cmd_score(db: str, similarity: str | None = None) -> dict:
    from dateline.corpus import update
    from dateline.store import Store

    with Store(db) as st:
        gold_raw = _gold(st.conn)
        update(st.conn, relink=True, similarity=similarity)
        pred = {(a, e): c for a, e, c in st.conn.execute(
            "SELECT article_id, event_id, corpus_event_id FROM corpus_mentions")}
        outlet = {r[0]: r[1] for r in st.conn.execute("SELECT id, outlet FROM articles")}
        found = [dict(r) for r in st.conn.execute(
            "SELECT kind, a_article, a_ref, b_article, b_ref FROM corpus_conflicts WHERE scope = 'corpus'")]
        stored = {c: n for c, n in st.conn.execute("SELECT id, n_outlets FROM corpus_events")}
    # a mention labelled "-" is its own event (singleton): the label is made unique
    gold = {k: (v if v != "-" else f"single:{k[0]}:{k[1]}") for k, v in gold_raw.items()}
    dates = {r["article"]: r["date"] for r in _selection()}
    result = {"gold_rows": _gold.unattached + len(gold), "gold_rows_not_attached": _gold.unattached,
              "not_in_store": sum(1 for k in gold if k not in pred), "first_run_before_revision": FIRST_RUN}
    for part, keep in (("all", lambda d: True), ("dev (published <= %s)" % SPLIT, lambda d: d <= SPLIT),
                       ("test (published > %s)" % SPLIT, lambda d: d > SPLIT)):
        sub = {k: v for k, v in gold.items() if keep(dates[k[0]])}
        result[part] = _scores(pred, sub, outlet)
        result[part]["outlet_count_as_stored"] = _stored_counts(pred, sub, outlet, stored)
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
    pairs = [(a, b) for a in gold for b in gold if a < b and gold[a] == gold[b] and gold[a] in cross
             and outlet[a[0]] != outlet[b[0]]]
    linked = [(a, b) for a in gold for b in gold if a < b and pred_g[a] == pred_g[b] and outlet[a[0]] != outlet[b[0]]]
    return {
        "cross_outlet_pairs": len(pairs),
        "cross_outlet_pair_recall": round(sum(pred_g[a] == pred_g[b] for a, b in pairs) / len(pairs), 3) if pairs else None,
        # every linked pair of mentions in two outlets: how many the hand grouping holds together
        "cross_outlet_pairs_linked": len(linked),
        "cross_outlet_pair_precision": round(sum(gold[a] == gold[b] for a, b in linked) / len(linked), 3) if linked else None,
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


def _stored_counts(pred: dict, gold: dict, outlet: dict, stored: dict) -> dict:
    """Outlet counts as a user reads them (session 25): for each gold event, the `n_outlets` the store gives the corpus
    event holding most of its mentions — reread sentences and reports naming no doer counted, which the exactness
    above leaves out — against the gold's outlets; all gold events and those of several outlets."""
    by_gold: dict[str, list] = {}
    for k, g in gold.items():
        by_gold.setdefault(g, []).append(k)
    ok, ok_multi, n_multi = 0, 0, 0
    for g, members in by_gold.items():
        votes = Counter(pred.get(k) for k in members)
        best = max(votes, key=lambda c: (votes[c], str(c)))
        want = len({outlet[k[0]] for k in members})
        hit = stored.get(best, 1) == want
        ok += hit
        if want > 1:
            n_multi, ok_multi = n_multi + 1, ok_multi + hit
    return {"exact_all": round(ok / (len(by_gold) or 1), 4), "several_outlets": n_multi, "exact_several_outlets": ok_multi}


# hand-listed cross-article conflicts: noticed while grouping (session 1), and read for on purpose by a separate
# annotator who saw no system output (session 6); scored by article pair, each list alone and both together
CONFLICT_LISTS = ("conflicts.tsv", "conflicts_s6.tsv")


def _conflict_pairs(name: str) -> set[frozenset]:
    with open(SET / name, encoding="utf-8") as fh:
        return {frozenset((r[1], r[2])) for r in csv.reader(fh, delimiter="\t") if r and not r[0].startswith("#")}


def _conflict_scores(found: list[dict]) -> dict:
    lists = {name: _conflict_pairs(name) for name in CONFLICT_LISTS if (SET / name).exists()}
    if not lists:
        return {}
    sys_pairs = {frozenset((f["a_article"], f["b_article"])) for f in found}

    def scored(gold_pairs: set) -> dict:
        tp = len(gold_pairs & sys_pairs)
        return {"gold": len(gold_pairs), "system": len(sys_pairs), "matched_article_pairs": tp,
                "recall": round(tp / len(gold_pairs), 3) if gold_pairs else None,
                "precision": round(tp / len(sys_pairs), 3) if sys_pairs else None}

    out = scored(set().union(*lists.values()))  # both lists together (the headline figure)
    out.update({name: scored(pairs) for name, pairs in lists.items()})
    return out


def cmd_calibrate(db: str) -> None:
    """The cross-type similarity gate: the 99th percentile of the evidence similarity of mentions of
    different type families that share a named participant but were published >= 21 days apart (so are
    different events), on the calibration articles (`calibration-extract`); no labels are used."""
    import time
    import numpy as np
    from dateline.corpus.signature import event_signature
    from dateline.store import Store
    with Store(db) as st:
        recs = [json.loads(r[0]) for r in st.conn.execute("SELECT record FROM articles ORDER BY date, id")]
    sigs, texts = [], []
    for rec in recs:
        for ev in rec.get("events") or []:
            sigs.append(event_signature(rec, ev))
            texts.append((ev.get("evidence") or {}).get("text") or "")
    vecs = None
    try:
        from dateline.corpus.similarity import load_encoder, unpack
        t0 = time.perf_counter()
        vecs = [unpack(v) for v in load_encoder("minilm").encode(texts)]
        enc = {"sentences": len(texts), "seconds": round(time.perf_counter() - t0, 1)}
    except RuntimeError as exc:
        enc = {"unavailable": str(exc)}
    null = {"terms": [], "cosine": []}
    for i, a in enumerate(sigs):
        ka = {k for p in a["src"] + a["tgt"] + a["oth"] if p["strong"] for k in p["keys"]}
        for j in range(i + 1, len(sigs)):
            b = sigs[j]
            if b["article"] == a["article"] or b["family"] == a["family"] or None in (a["day"], b["day"]) \
                    or abs(b["day"] - a["day"]) < 21:
                continue
            if not ka & {k for p in b["src"] + b["tgt"] + b["oth"] if p["strong"] for k in p["keys"]}:
                continue
            ta, tb = set(a["terms"]), set(b["terms"])
            null["terms"].append(len(ta & tb) / len(ta | tb) if ta | tb else 0.0)
            if vecs is not None:
                null["cosine"].append(float(vecs[i] @ vecs[j]))
    out = {"articles": len(recs), "mentions": len(sigs), "encoder": enc}
    for k, vals in null.items():
        if vals:
            out[k] = {"pairs": len(vals), **{f"p{q}": round(float(np.percentile(vals, q)), 3) for q in (50, 90, 99, 99.9)}}
    print(json.dumps(out, indent=1))


def _shifted(rec: dict, days: int) -> dict:
    """A copy of a record whose publication and event dates lie `days` later."""
    import copy
    from datetime import date, timedelta

    def later(value):
        if not value or len(value) < 10:
            return value
        try:
            return (date.fromisoformat(value[:10]) + timedelta(days=days)).isoformat() + value[10:]
        except ValueError:
            return value
    rec = copy.deepcopy(rec)
    rec["article"]["date"] = later(rec["article"].get("date"))
    for ev in rec.get("events") or []:
        if ev.get("date"):
            ev["date"]["value"] = later(ev["date"].get("value"))
    return rec


def cmd_shift_test(db: str, days: int = 30, similarity: str | None = None) -> dict:
    """How often the linker joins reports of different events, measured without labels: the calibration
    articles of the first month are moved `days` later, onto the second month's articles. A link between a
    moved and an unmoved article joins two events weeks apart — a false link; the links among unmoved (or
    among moved) articles are true and false ones at the same density. So the share of cross-article links
    that cross the halves estimates the false-link rate (pessimistic: the density is doubled)."""
    from dateline.corpus import update
    from dateline.store import Store
    with Store(db) as st:
        recs = [json.loads(r[0]) for r in st.conn.execute("SELECT record FROM articles ORDER BY date, id")]
    cut = min(r["article"]["date"][:7] for r in recs)
    moved = {r["article"]["id"] for r in recs if r["article"]["date"][:7] == cut}
    st = Store(":memory:")
    st.upsert_records([_shifted(r, days) if r["article"]["id"] in moved else r for r in recs])
    update(st.conn, similarity=similarity)
    groups: dict[int, list[str]] = {}
    for a, c in st.conn.execute("SELECT article_id, corpus_event_id FROM corpus_mentions"):
        groups.setdefault(c, []).append(a)
    within = across = 0
    for arts in groups.values():
        for i, a in enumerate(arts):
            for b in arts[i + 1:]:
                if a != b:
                    across += (a in moved) != (b in moved)
                    within += (a in moved) == (b in moved)
    out = {"articles": len(recs), "moved": len(moved), "days": days, "cross_article_links_within_halves": within,
           "links_across_halves_false": across,
           "estimated_precision": round(1 - across / within, 3) if within else None}
    print(json.dumps(out, indent=1))
    return out


def _blocks(sig: dict) -> set[str]:
    """The blocks the linker files a mention under and looks it up in (its participants' keys, else its place;
    with `link_names` the name keys its evidence writes, not the place keys, which only the re-reader asks)."""
    from dateline.corpus.reread import name_block
    from dateline.corpus.signature import block_keys, settings
    names = {name_block(k) for k in sig.get("names") or () if k.startswith("w:")} if settings().get("link_names") else set()
    return set(block_keys(sig)) | names


def _why_apart(a: dict, b: dict) -> str:
    """The first linking gate that keeps mention `b` from a corpus event holding only `a` ('' = none), in the
    linker's own order (link.candidates, scoring.score; session 23: blocks by names, coarse dates, act words)."""
    from dateline.corpus import scoring as S
    from dateline.corpus.signature import settings
    cfg, rep = settings(), S.new_rep(a)
    if a["mod"] != b["mod"]:
        return f"modality class {a['mod']}/{b['mod']}"
    if a.get("coarse") or b.get("coarse"):
        return "dates: an earlier period (coarse, never linked)"
    if not _blocks(a) & _blocks(b):
        return "blocking: no participant, group or name key shared"
    if S.days_apart(b, rep) is None:
        return f"dates: {abs(a['day'] - b['day'])} days apart (own dates: {a['exact']}/{b['exact']})"
    if (b.get("country") and a.get("country") and a["country"] != b["country"]) or S._far(b, rep):
        return "place"
    sim = S.similarity(b, rep)
    if a["family"] == b["family"] and S._actors(b, rep) is None:
        return "same type family: named source/target differ"
    as_family = S._words_can_mean(b, rep) and S._actors(b, rep) is not None  # session 25: compared as one family
    if a["family"] != b["family"] and not as_family and not (S._same_side(b, rep) and S._both_roles(b, rep)):
        if sim[0] < cfg["cross_type_min_similarity"][sim[1]]:
            return f"other type family ({a['type']}/{b['type']}): evidence below the similarity gate"
        if S._any_role(b, rep) is None:
            return f"other type family ({a['type']}/{b['type']}): no named participant shared"
    got = S._type_and_actors(b, rep, sim)
    if got and S.act_words(b, rep) < S._min_words(b, rep, got[1]):
        return "score: too few act words"
    got = S.score(b, rep)
    if got is None:
        return "score: none"
    return f"score {got[0]} < {cfg['link_threshold']}" if got[0] < cfg["link_threshold"] else ""


def cmd_diagnose(db: str) -> dict:
    """Why gold pairs of mentions in different outlets are (not) linked: the first stage that keeps them
    apart, pair by pair (run `score` first: it links the store)."""
    from collections import Counter
    from dateline.store import Store
    with Store(db) as st:
        gold = {k: v for k, v in _gold(st.conn).items() if v != "-"}
        rows = {(a, e): (c, json.loads(s)) for a, e, c, s in st.conn.execute(
            "SELECT article_id, event_id, corpus_event_id, sig FROM corpus_mentions")}
        outlet = {r[0]: r[1] for r in st.conn.execute("SELECT id, outlet FROM articles")}
    stages: Counter = Counter()
    for a in sorted(gold):
        for b in sorted(gold):
            if a < b and gold[a] == gold[b] and outlet[a[0]] != outlet[b[0]] and a in rows and b in rows:
                (ca, sa), (cb, sb) = rows[a], rows[b]
                first, second = sorted([sa, sb], key=lambda s: (s["day"] or 0, s["article"]))
                why = "linked" if ca == cb else (_why_apart(first, second) or "pairwise linkable (greedy order)")
                stages[why.split(":")[0].split(" (")[0]] += 1
                print(f"{gold[a]}\t{sa['type']}/{sb['type']}\t{why}", file=sys.stderr)
    print(json.dumps(dict(stages.most_common()), indent=1))
    return dict(stages)


def cmd_conflict_diagnose(db: str) -> dict:
    """After `score`: for each hand-listed conflict (both lists), the furthest stage a pair of statements of
    its two articles reaches — without printing any text: window (days apart > claim_window_days), figures
    or days on both sides, one counted noun or one day in common, the matter test, listed."""
    from collections import Counter
    from dateline.corpus import conflicts as C
    from dateline.corpus.signature import settings
    from dateline.store import Store
    stages: Counter = Counter()
    with Store(db) as st:
        stats = C.ClaimStats(st.conn)
        listed = {frozenset(r) for r in st.conn.execute(
            "SELECT a_article, b_article FROM corpus_conflicts WHERE scope = 'corpus'")}
        for name in CONFLICT_LISTS:
            with open(SET / name, encoding="utf-8") as fh:
                gold = [r for r in csv.reader(fh, delimiter="\t") if r and not r[0].startswith("#")]
            for row in gold:
                side = [[(p, json.loads(t), d) for p, t, d in st.conn.execute(
                    "SELECT polarity, terms, day FROM corpus_claims WHERE article_id = ?", (a,))] for a in row[1:3]]
                why = "listed" if frozenset(row[1:3]) in listed else _conflict_stage(side, stats, settings(), C)
                stages[why.split(" (")[0]] += 1
                print(f"{name}\t{row[0]}\t{why}", file=sys.stderr)
    print(json.dumps(dict(stages.most_common()), indent=1))
    return dict(stages)


def _conflict_stage(side: list, stats, cfg: dict, C) -> str:
    """The furthest stage the statements of two articles reach, and what would list them: a pair that the
    rules list but for the window or for being held by one named holder is reported as such."""
    a, b = side
    if not a or not b:
        return "no statement filed in one article"
    w = cfg["claim_window_days"]
    def apart(x: tuple, y: tuple) -> int:  # at the statements' publication days and the days they name
        return min(abs(p - q) for p in C.statement_days(x[2], x[1]) for q in C.statement_days(y[2], y[1]))
    near = [(x, y) for x in a for y in b if apart(x, y) <= w]
    far = [(x, y) for x in a for y in b if apart(x, y) > w]

    def listed(pairs: list, one_holder: bool) -> bool:
        return any(C.judge(pa, ia, pb, dict(ib, h=None) if one_holder else ib, stats) is not None
                   for (pa, ia, _), (pb, ib, _) in pairs)
    if listed(near, True):
        return "held by one named holder (listed otherwise)"
    if far and listed(far, False):
        return "window: more than %d days apart (listed with a wider window)" % w
    if far and listed(far, True):
        return "window: more than %d days apart (and one named holder)" % w
    if not near:
        return "window: more than %d days apart (matter test fails beyond it too)" % w
    best, most = "nothing comparable (no opposite polarities, figures or days on both sides)", -1
    for (pa, ia, _), (pb, ib, _) in near:
        if not C._could_clash(pa, ia, pb, ib):
            continue
        shared = len(set(ia["t"]) & set(ib["t"]))
        if shared <= most:
            continue
        most = shared
        nouns = {n for _, n in ia["f"]} & {n for _, n in ib["f"]}
        if C._same_matter(ia, ib, stats) is None and not C._dated_clash(ia, ib, stats):
            best = f"matter test fails (best: {shared} shared words; counted noun in common: {bool(nouns)})"
        else:
            best = "one matter, but no clash (same figures/days, or polarity not borne out)"
    return best


def cmd_type_pairs(min_count: int = 5, min_share: float = 0.1) -> dict:
    """Types that annotators find interchangeable for one occurrence: in the event training labels
    (training/events/labels_*.jsonl) an event's `also` lists the other types the annotator found plausible.
    A pair listed together at least `min_count` times and for at least `min_share` of the rarer type's
    labelled events, both on one side (cooperation or conflict), was tried as one type family for linking:
    not shipped (docs/corpus.md: more links, but as many across the shift test's halves as within)."""
    from collections import Counter
    from dateline.corpus.signature import settings
    quad = settings()["quad_class"]
    types, pairs = Counter(), Counter()
    for path in sorted((ROOT / "training" / "events").glob("labels_*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            for ev in json.loads(line).get("events") or []:
                types[ev["type"]] += 1
                pairs.update(tuple(sorted((ev["type"], t))) for t in set(ev.get("also") or []) - {ev["type"]})
    keep = sorted([a, b] for (a, b), n in pairs.items() if n >= min_count and n >= min_share * min(types[a], types[b])
                  and a in quad and b in quad and (quad[a] > 2) == (quad[b] > 2))
    out = {"events": sum(types.values()), "pairs": {f"{a}/{b}": pairs[(a, b)] for a, b in keep}}
    print(json.dumps(out, indent=1))
    return out


INVENTED = SET / "invented"
DEFAULT_DB = "/tmp/corpus_linking.db"


def cmd_invented(db: str, show: bool = False, similarity: str | None = None, batches: str | None = None,
                 reuse: bool = False) -> dict:
    """Conflicts on the invented articles (eval/corpus_linking/invented/, written for this purpose, no
    evaluation text): the full pipeline, then linking; precision and recall of conflicting article pairs.
    `batches` (id letters, e.g. 'pqrs'; a batch of a doubled letter is named whole, comma-separated:
    'pqrs,aa') keeps a held-out batch unseen until the rules are final; `reuse` relinks the articles already
    extracted into `db` (by an earlier run with the same batches)."""
    from dateline.corpus import update
    from dateline.ingest import make_article
    from dateline.options import Options
    from dateline.pipeline import process
    from dateline.record import to_dict
    from dateline.store import Store

    opts = Options()
    arts = []
    for line in (INVENTED / "articles.jsonl").read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        if batches and batch_of(row["id"]) not in _batch_set(batches):
            continue
        art = make_article(row["text"], source=row["id"], id=row["id"], date=row["date"], options=opts)
        art.outlet, art.title = row["outlet"], row["title"]
        arts.append(art)
    if not reuse:
        Path(db).unlink(missing_ok=True)
    with Store(db) as st:
        if not reuse:
            st.upsert_records([to_dict(r.record) for r in process(arts, opts) if r.record is not None])
        update(st.conn, relink=True, similarity=similarity)
        found = [dict(r) for r in st.conn.execute(
            "SELECT kind, a_article, a_ref, a_text, a_value, b_article, b_ref, b_text, b_value FROM corpus_conflicts "
            "WHERE scope = 'corpus'")]
        links = story_links(st.conn)
        links.update(mention_links(st.conn))
    gold = invented_gold(_batch_set(batches) if batches else None)
    sys_pairs = {frozenset((f["a_article"], f["b_article"])) for f in found}
    out = _pair_scores(set(gold), sys_pairs)
    out["linking"] = links
    # by batch (the id's letter): p = written with the rules (session 3), q = written before running (session 4)
    for batch in sorted({batch_of(a) for g in gold for a in g}, key=lambda b: (len(b), b)):
        mine = lambda pairs: {g for g in pairs if all(batch_of(a) == batch for a in g)}  # noqa: E731
        out[f"batch {batch}"] = _pair_scores(mine(gold), mine(sys_pairs))
    if show:
        for f in found:
            print(f"{f['kind']}: {f['a_article']} {f['a_value']} | {f['b_article']} {f['b_value']}", file=sys.stderr)
    print(json.dumps(out, indent=1))
    return out


def story_of(article_id: str) -> str:
    """An invented article's story: its batch and number ('p3a' -> 'p3'); a story's articles are reports of one
    occasion by different outlets (a planted conflict's sides among them)."""
    return re.match(r"[a-z]+\d+", article_id).group()


def story_links(conn) -> dict:
    """How the invented articles' event mentions were linked, against their stories (the only grouping written down
    for them; no mention-level gold): the share of a story's article pairs from different outlets that share a corpus
    event (recall of corroboration, by article pair), and the mention pairs of different articles linked inside one
    story against those linked across stories (false: every story is its own occasion with its own invented names)."""
    by_event: dict[int, list[tuple[str, str]]] = {}
    for aid, outlet, cev in conn.execute("SELECT article_id, outlet, corpus_event_id FROM corpus_mentions"):
        by_event.setdefault(cev, []).append((aid, outlet or aid))
    inside = across = 0
    shared: set[frozenset] = set()
    for members in by_event.values():
        for i, (a, oa) in enumerate(members):
            for b, ob in members[i + 1:]:
                if a == b:
                    continue
                same = story_of(a) == story_of(b)
                inside, across = inside + same, across + (not same)
                if same and oa != ob:
                    shared.add(frozenset((a, b)))
    arts = {r[0]: r[1] or r[0] for r in conn.execute("SELECT id, outlet FROM articles")}
    pairs = {frozenset((a, b)) for a in arts for b in arts
             if a < b and story_of(a) == story_of(b) and arts[a] != arts[b]}
    return {"story_article_pairs_other_outlets": len(pairs), "sharing_a_corpus_event": len(shared & pairs),
            "story_pair_recall": round(len(shared & pairs) / len(pairs), 3) if pairs else None,
            "mention_pairs_linked_inside_stories": inside, "mention_pairs_linked_across_stories_false": across,
            "mention_pair_precision": round(inside / (inside + across), 3) if inside + across else None}


def mention_links(conn) -> dict:
    """Linking against the hand-grouped mentions of batch ak on (`invented/mentions.tsv`): each extracted event takes
    the label of the gold mention its evidence overlaps most; `score`'s figures over them (no overlap: not graded)."""
    path = INVENTED / "mentions.tsv"
    if not path.exists():
        return {}
    with open(path, encoding="utf-8") as fh:
        rows = [r for r in csv.reader(fh, delimiter="\t") if r and not r[0].startswith("#")]
    spans: dict[str, list[tuple[int, int, str]]] = {}
    for art, _m, label, _t, _mod, start, end, *_ in rows:
        spans.setdefault(art, []).append((int(start), int(end), label))
    gold = {}
    for art, eid, start, end in conn.execute(
            "SELECT article_id, event_id, evidence_start, evidence_end FROM corpus_mentions"):
        over = [(min(end, e) - max(start, s), label) for s, e, label in spans.get(art, ()) if min(end, e) > max(start, s)]
        if start is not None and over:
            gold[(art, eid)] = max(over)[1]
    if not gold:
        return {}
    pred = {(a, e): c for a, e, c in conn.execute("SELECT article_id, event_id, corpus_event_id FROM corpus_mentions")}
    outlet = {r[0]: r[1] or r[0] for r in conn.execute("SELECT id, outlet FROM articles")}
    attached = {(a, label) for (a, _e), label in gold.items()}
    return {"hand_grouped": {"gold_mentions": len(rows), "gold_mentions_attached": sum(
        (r[0], r[2]) in attached for r in rows), **_scores(pred, gold, outlet)}}


def invented_gold(batches: set[str] | None = None) -> dict[frozenset, str]:
    """The invented articles' written-down conflicts (conflicts.tsv): {article pair: kind}, of these batches
    (of all, when None)."""
    with open(INVENTED / "conflicts.tsv", encoding="utf-8") as fh:
        return {frozenset(r[1:3]): r[0] for r in csv.reader(fh, delimiter="\t") if r and not r[0].startswith("#")
                and (batches is None or batch_of(r[1]) in batches)}


def batch_of(article_id: str) -> str:
    """An invented article's batch: the letters its id starts with ('p3a' -> 'p', 'aa3b' -> 'aa')."""
    return re.match(r"[a-z]+", article_id).group()


def _batch_set(batches: str) -> set[str]:
    """'pqrs' -> {p, q, r, s}; 'pqrs,aa,ab' -> {p, q, r, s, aa, ab}: a token of one repeated letter, or any token
    after a comma, is one batch (',ab' is batch ab alone)."""
    return {b for i, tok in enumerate(batches.split(",")) if tok
            for b in ([tok] if i > 0 or (len(tok) > 1 and tok == tok[0] * len(tok)) else list(tok))}


def _pair_scores(gold: set, found: set) -> dict:
    tp = len(gold & found)
    return {"gold": len(gold), "system": len(found), "matched_article_pairs": tp,
            "recall": round(tp / len(gold), 3) if gold else None,
            "precision": round(tp / len(found), 3) if found else None,
            "missed": sorted("-".join(sorted(g)) for g in gold - found),
            "false": sorted("-".join(sorted(g)) for g in found - gold)}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("step", choices=("extract", "mentions", "score", "calibration-extract", "calibration-extract-2", "calibrate", "invented", "shift-test", "diagnose",
                                      "conflict-diagnose", "type-pairs"))
    ap.add_argument("--db", default=DEFAULT_DB)
    ap.add_argument("--similarity", default=None, help="score/invented: link with this encoder (minilm)")
    ap.add_argument("--batches", default=None, help="invented: only these batches (id letters, e.g. pqrs; pqrs,aa,ab; ,ab)")
    ap.add_argument("--reuse", action="store_true", help="invented: relink the articles already in --db")
    args = ap.parse_args()
    if args.step == "type-pairs":
        return cmd_type_pairs()
    if args.step == "invented":
        return cmd_invented(args.db if args.db != DEFAULT_DB else "/tmp/corpus_invented.db", show=True,
                            similarity=args.similarity, batches=args.batches, reuse=args.reuse)
    if args.step == "score":
        return cmd_score(args.db, args.similarity)
    if args.step == "shift-test":
        return cmd_shift_test(args.db, similarity=args.similarity)
    if args.step in ("calibration-extract", "calibration-extract-2"):
        return cmd_extract(args.db, _calibration_selection(CALIBRATION_2 if args.step.endswith("2") else CALIBRATION))
    {"extract": cmd_extract, "mentions": cmd_mentions, "score": cmd_score, "calibrate": cmd_calibrate,
     "shift-test": cmd_shift_test, "diagnose": cmd_diagnose, "conflict-diagnose": cmd_conflict_diagnose}[args.step](args.db)


if __name__ == "__main__":
    main()
