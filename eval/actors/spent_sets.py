"""Score every spent hand-labelled actor set at once, with cached parses, and optionally dump one row per actor.

    python eval/actors/spent_sets.py --cache DIR [--sets labels,labels_s5,...] [--dump OUT.jsonl]

The figures are score_actors.py's (same matching, same counts), per set and pooled; parses are cached by the text's
sha1 so a rule change is measured in a minute. --dump writes, for every labelled actor, the labels and what the
system gave (country, sector, kind, country_source, the first mention's kind) and, for every system actor no label
matched, its name and kind (to count misses and extra actors by class: aggregates only, never rules from sentences).
Held-out sets not yet scored must never be listed here.
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
SPENT = ("labels", "labels_s5", "labels_s6", "labels_s7", "labels_s8", "labels_s9", "labels_s10", "labels_s12",
         "labels_s13", "labels_s14", "labels_s15", "labels_s16", "labels_s17", "labels_s18", "labels_s22",
         "labels_s23", "labels_s24", "labels_s25", "labels_s26", "labels_s27")
KEYS = ("gold", "found", "country_ok", "with_country", "country_right", "gold_country", "empty", "sector_ok",
        "sys_actors", "non_actors")


def _row(name, art, g, best) -> dict:
    row = dict(set=name, file=art["file"], alias=g["aliases"][0], countries=g["countries"], sectors=g["sectors"])
    if best is not None:
        first = min(best.mentions, key=lambda m: m.start) if best.mentions else None
        row.update(sys_name=best.name, country=best.country, sector=best.sector, kind=best.kind,
                   country_source=best.country_source, kb=best.kb_id, first_kind=first.kind if first else None,
                   sector_source=getattr(best, "sector_source", None))
    return row


def score_article(name, art, actors, c: dict, rows: list | None) -> None:
    """score_actors.score's counts for one article's system actors (and the dump rows)."""
    from score_actors import best_match, count_match, count_system_actor
    used = set()
    for g in art["actors"]:
        best = best_match(actors, g)
        if rows is not None:
            rows.append(_row(name, art, g, best))
        count_match(c, g, best)
        if best is not None:
            used.add(best.id)
    for sa in actors:
        bad = count_system_actor(c, sa, art, used)
        if rows is not None and sa.kind != "state" and sa.id not in used:
            rows.append(dict(set=name, file=art["file"], extra=sa.name, kind=sa.kind, non_actor=bad,
                             sector=sa.sector, country=sa.country,
                             first_kind=min(sa.mentions, key=lambda m: m.start).kind if sa.mentions else None))

def figures(c: dict) -> dict:
    r = lambda a, b: round(c[a] / c[b], 4) if c[b] else None  # noqa: E731
    return {"gold": c["gold"], "found": r("found", "gold"), "country": r("country_ok", "found"),
            "precision": r("country_right", "with_country"), "empty": r("empty", "gold_country"),
            "sector": r("sector_ok", "found"), "non_actors": c["non_actors"], "non_actor_rate": r("non_actors",
                                                                                              "sys_actors")}


def run(sets, cache: Path, rows: list | None) -> dict:
    from article_outlets import read_article
    from train_article_country import _parse

    from dateline import nlp
    from dateline.knowledge import load_knowledge
    from dateline.options import Options
    from dateline.pipeline import extract_record
    options = Options()
    knowledge = load_knowledge(options)
    model = nlp.load(options.model)
    out, pooled = {}, dict.fromkeys(KEYS, 0)
    for name in sets:
        labels = json.loads((HERE / f"{name}.json").read_text(encoding="utf-8"))
        c = dict.fromkeys(KEYS, 0)
        for art in labels["articles"]:
            a = read_article(art, options)  # with its outlet or URL (article_outlets.py)
            rec = extract_record(a, _parse(model, a.text, cache), knowledge)
            score_article(name, art, rec.actors, c, rows)
        out[name] = figures(c)
        for k in KEYS:
            pooled[k] += c[k]
    out["pooled"] = figures(pooled)
    out["pooled"]["counts"] = pooled
    return out


if __name__ == "__main__":
    ap = argparse.ArgumentParser()
    ap.add_argument("--cache", type=Path, required=True, help="a folder of cached parses (made when missing)")
    ap.add_argument("--sets", default=",".join(SPENT))
    ap.add_argument("--dump", type=Path, help="write one JSON row per labelled actor and per unmatched system actor")
    ap.add_argument("--no-outlets", action="store_true", help="read the articles without outlet or URL "
                    "(as before session 35)")
    args = ap.parse_args()
    import article_outlets
    article_outlets.OUTLETS = not args.no_outlets
    args.cache.mkdir(parents=True, exist_ok=True)
    rows = [] if args.dump else None
    result = run(args.sets.split(","), args.cache, rows)
    if args.dump:
        args.dump.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    print(json.dumps(result, indent=1))
