"""Score Dateline's actors against the hand labels in eval/actors/labels.json.

usage: python eval/actors/score_actors.py [--show] [--labels FILE] [--knowledge DIR]   (needs ../shared/data/polnear/train/text;
       a label file may also name texts relative to eval/actors, as labels_s10.json does)

For each labelled actor, the system actor with the most mentions matching one of its aliases (a mention
equal to an alias or ending with it: "Sen. Ted Cruz" matches "Ted Cruz") is its match. Reported:
found (matched / labelled), country accuracy (country among the accepted values, null included),
country precision (right among matched actors that got a country), empty rate (matched actors with a
labelled country that got none), sector accuracy, and the non-actor rate: system actors (states
excluded) whose mention is one of the labelled non-actors, over all system actors that are either
matched or such non-actors. --show lists the misses.
"""
from __future__ import annotations

import hashlib
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
TEXTS = HERE.parents[2] / "shared" / "data" / "polnear" / "train" / "text"


def _matches(mention: str, alias: str) -> bool:
    def bare(x: str) -> str:  # "Hale's", "Hale," → "Hale" ("Sanders" stays)
        return re.sub(r"(['’]s?|[.,])+$", "", x.strip()).strip()
    m, alias = bare(mention), bare(alias)
    return m == alias or m.endswith(" " + alias)


def best_match(actors, gold: dict):
    """The system actor that names the labelled one most often (its mentions and name against the labelled aliases),
    or None when none does."""
    best, n_best = None, 0
    for sa in actors:
        n = sum(any(_matches(m.text, al) for al in gold["aliases"]) for m in sa.mentions)
        n += any(_matches(sa.name, al) for al in gold["aliases"])
        if n > n_best:
            best, n_best = sa, n
    return best


def count_match(c: dict, g: dict, best) -> bool:
    """Count one labelled actor (`g`) against the system actor that best names it (None: not found); whether the
    country is right."""
    c["gold"] += 1
    if best is None:
        return False
    c["found"] += 1
    ok_c = best.country in g["countries"]
    c["country_ok"] += ok_c
    c["sector_ok"] += best.sector in g["sectors"]
    if best.country is not None:
        c["with_country"] += 1
        c["country_right"] += ok_c
    if any(x is not None for x in g["countries"]):
        c["gold_country"] += 1
        c["empty"] += best.country is None
    return ok_c


def is_non_actor(sa, art: dict) -> bool:
    """Whether a system actor is named by one of the article's labelled non-actors."""
    return any(m.text.strip() in art["not_actors"] or any(n in m.text for n in art["not_actors"] if len(n) > 3)
               for m in sa.mentions if m.kind == "name")


def count_system_actor(c: dict, sa, art: dict, used: set) -> bool:
    """Count a system actor for the non-actor rate (states aside); whether it is a non-actor no label matched."""
    if sa.kind == "state":
        return False
    bad = is_non_actor(sa, art)
    if bad or sa.id in used:
        c["sys_actors"] += 1
    if bad and sa.id not in used:
        c["non_actors"] += 1
        return True
    return False


def score(show: bool = False, labels_path: Path = HERE / "labels.json", knowledge_dir: str | None = None) -> dict:
    from dateline.ingest import make_article
    from dateline.options import Options
    from dateline.pipeline import process
    labels = json.loads(Path(labels_path).read_text(encoding="utf-8"))
    c = dict(gold=0, found=0, country_ok=0, with_country=0, country_right=0, gold_country=0, empty=0,
             sector_ok=0, sys_actors=0, non_actors=0)
    options = Options(knowledge_dir=knowledge_dir)  # --knowledge: e.g. the opt-in person_article_country
    for art in labels["articles"]:
        # labels_s10 stores its Wikinews texts beside the labels ("texts_s10/<id>.txt"); s5–s9 name PolNeAR files
        raw = (HERE / art["file"] if (HERE / art["file"]).exists() else TEXTS / art["file"]).read_bytes()
        if art.get("sha256") and hashlib.sha256(raw).hexdigest() != art["sha256"]:
            raise SystemExit(f"{art['file']}: text differs from the labelled one (sha256); relabel or restore it")
        text = raw.decode("utf-8")
        a = make_article(text, source=art["file"], id=art["file"], date=art["date"], options=options)
        [res] = list(process([a], options, strict=True))
        actors = res.record.actors
        used = set()
        for g in art["actors"]:
            best = best_match(actors, g)
            ok_c = count_match(c, g, best)
            if best is None:
                if show:
                    print(f"  MISSING {g['aliases'][0]!r} ({art['file'][:30]})")
                continue
            used.add(best.id)
            if show and (not ok_c or best.sector not in g["sectors"]):
                print(f"  {g['aliases'][0]!r}: {best.name} {best.country}/{best.sector} ({best.country_source}); "
                      f"want {g['countries']}/{g['sectors']}")
        for sa in actors:
            if count_system_actor(c, sa, art, used) and show:
                print(f"  NON-ACTOR {sa.name!r} {sa.kind} ({art['file'][:30]})")
    r = lambda a, b: round(c[a] / c[b], 3) if c[b] else None  # noqa: E731
    return {"gold_actors": c["gold"], "found": r("found", "gold"), "country_acc": r("country_ok", "found"),
            "country_precision": r("country_right", "with_country"), "empty_rate": r("empty", "gold_country"),
            "sector_acc": r("sector_ok", "found"), "non_actor_rate": r("non_actors", "sys_actors"),
            "non_actors": c["non_actors"], "counts": c}


if __name__ == "__main__":
    args = sys.argv[1:]
    path = args[args.index("--labels") + 1] if "--labels" in args else HERE / "labels.json"
    kdir = args[args.index("--knowledge") + 1] if "--knowledge" in args else None
    print(json.dumps(score("--show" in args, path, kdir), indent=1))
