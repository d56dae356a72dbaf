"""Mine the packaged tables of public people and bodies from non-evaluation news text, with Dateline's own reading.

    python scripts/build_public_actors.py --cache DIR [--rows ROWS.jsonl] [--hold-out-spent] [--out-dir DIR]

Every text of the mining corpus is read by the actors stage with its defaults switched off (no private person's CVL,
no unknown body's NGO, no table of public people): what sector and country an actor then has comes from the text's
own evidence - a title ("Sen. X", "Gov. X"), an apposition ("X, chief executive of Y"), an affiliation ("Y
spokesman X"), a candidacy, a type word in a body's name - or, for a registry person, from the registry's role on
the article's date. A person or body given the same sector in at least MIN_ARTICLES different articles, by more than
half of the articles giving it any (MIN_SHARE), enters the table with that sector; a person's country likewise, from
evidence only (never the article's main country); a body's name is often any state's ("the Senate"), so bodies
carry no country. At run time the actors stage reads the tables for a person or
body the text leaves without a sector (`extract/actors/people.py`): a bare "X" in one article takes the role the
corpus gives X in others, the cross-document evidence no single article holds (a registry person only the
candidacy: OPP).

The tables hold facts (a name, a sector, a country, dates, a count of articles), no text. The mining corpus is every
text ../shared holds that no evaluation reads: PolNeAR *train* (networkdynamics/PolNeAR; not dev or test), the
Wikinews corpus (../shared/corpus, CC BY 2.5), GeoVirus and TR-News (../shared/data/geo), less every text a blind
set, a validation set, the seed or the dev set names (by their manifests). The spent actor label sets' texts are mined
too (mining facts is not evaluation); `--hold-out-spent` leaves them out as well, to measure the tables on those sets
held out. People's entries carry the first and last publication date of the articles that gave their sector (roles
change: the actors stage uses an entry only within a year of them); undated texts (GeoVirus, TR-News) inform the
bodies only. `--rows` keeps what the actors stage read, so a change of thresholds needs no second reading.
"""
from __future__ import annotations

import argparse
import contextlib
import csv
import hashlib
import json
import sys
import xml.etree.ElementTree as ET
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
DATA = ROOT / "src" / "dateline" / "knowledge" / "data" / "actors"
MIN_ARTICLES = 2    # different articles giving the same sector
# more than this share of the articles giving the name any sector (0.75 and 0.6 lost the senators and the former
# secretary of state whom 2016 news call candidates in about half of their articles; spent actor sets held out)
MIN_SHARE = 0.5
# where an actor's country counts as evidence (not the article's main country, not an unnamed state's office)
EVIDENCE_SOURCES = frozenset({"title", "demonym", "apposition", "affiliation", "name", "of", "place", "party",
                              "metonym"})


def evaluated_ids() -> set[str]:
    """Ids of the texts an evaluation reads: blind and validation manifests, the seed and the dev set."""
    ids = set()
    for manifest in (ROOT / "eval").glob("*/manifest.json"):
        if manifest.parent.name.startswith(("blind", "validation")):
            for art in json.loads(manifest.read_text(encoding="utf-8"))["articles"]:
                ids.add(Path(art["source"].split("#")[-1]).stem)
    for line in open(SHARED / "eval" / "dev.articles.jsonl", encoding="utf-8"):
        ids.add(json.loads(line)["id"])
    return ids


def spent_ids() -> set[str]:
    """Stems of the texts the spent actor label sets (eval/actors/labels*.json) are labelled on."""
    ids = set()
    for f in (ROOT / "eval" / "actors").glob("labels*.json"):
        ids |= {Path(a["file"]).stem for a in json.loads(f.read_text(encoding="utf-8"))["articles"]}
    # GeoVirus texts are filed as "geovirus-<index>-<title>": the article's place in GeoVirus.xml
    return ids | {f"GeoVirus.xml#{int(i.split('-')[1])}" for i in ids if i.startswith("geovirus-")}


def corpus(skip: set[str]) -> list[tuple[str, str, str | None]]:
    """(id, text, publication date or None) of every mining text whose id is not in `skip`."""
    dates = {row["filename"]: row["publication_date"] for row in
             csv.DictReader(open(SHARED / "data" / "polnear" / "metadata.tsv", encoding="utf-8"), delimiter="\t")}
    out = [(f.stem, f.read_text(encoding="utf-8"), dates.get(f.stem))
           for f in sorted((SHARED / "data" / "polnear" / "train" / "text").iterdir()) if f.stem not in skip]
    seen = set(skip)
    for name in ("samples.jsonl", "wikinews-politics.jsonl"):
        for line in open(SHARED / "corpus" / name, encoding="utf-8"):
            row = json.loads(line)
            if row["id"] not in seen:
                seen.add(row["id"])
                out.append((row["id"], row["text"], row.get("date")))
    for name in ("GeoVirus.xml", "TR-News.xml"):
        for i, art in enumerate(ET.parse(SHARED / "data" / "geo" / name).getroot().iter("article")):
            key = art.get("docid") or f"{name}#{i}"
            if key not in skip:
                out.append((key, art.findtext("text") or "", None))
    return out


@contextlib.contextmanager
def evidence_only():
    """The actors stage without its last-resort sectors, so a sector read off the records is the text's own."""
    from dateline.extract.actors import resolve
    saved = resolve.PRIVATE_PERSON_SECTOR, resolve.UNKNOWN_ORG_SECTOR
    resolve.PRIVATE_PERSON_SECTOR = resolve.UNKNOWN_ORG_SECTOR = None
    try:
        yield
    finally:
        resolve.PRIVATE_PERSON_SECTOR, resolve.UNKNOWN_ORG_SECTOR = saved


def _parse(model, text: str, cache: Path):
    from spacy.tokens import Doc

    from dateline import nlp
    path = cache / hashlib.sha1(text.encode()).hexdigest()
    if path.exists():
        return Doc(model.vocab).from_bytes(path.read_bytes())
    doc = model(text) if len(text) <= model.max_length else nlp.parse_long(model, text)
    path.write_bytes(doc.to_bytes(exclude=["user_data"]))
    return doc


def read_actors(texts, cache: Path) -> list[dict]:
    """One row per named person or organisation with a sector or a country from evidence, per article."""
    from dataclasses import replace

    from dateline import nlp
    from dateline.ingest import make_article
    from dateline.knowledge import load_knowledge
    from dateline.options import Options
    from dateline.pipeline import STAGES, run_stages
    options = Options()
    knowledge = load_knowledge(options)
    knowledge = replace(knowledge, actor_words=replace(knowledge.actor_words, people={}, bodies={}))
    model = nlp.load(options.model)
    upto = tuple(s for s in STAGES[:[s.name for s in STAGES].index("actors") + 1])
    rows = []
    with evidence_only():
        for n, (ident, text, date) in enumerate(texts):
            if not text.strip():
                continue
            article = make_article(text, source=ident, id=ident, date=date, options=options)
            ctx = run_stages(article, _parse(model, article.text, cache), knowledge, upto)
            for a in ctx.actors:
                if a.kind not in ("person", "organization") or not any(m.kind == "name" for m in a.mentions):
                    continue
                country = a.country if a.country_source in EVIDENCE_SOURCES else None
                sector = a.sector  # a registry person's is the registry's role unless the text says more
                if sector or country:
                    rows.append(dict(article=ident, date=date, kind=a.kind, name=a.name, kb=a.kb_id,
                                     sector=sector, country=country))
            if n % 100 == 0:
                print(f"{n}/{len(texts)} read", file=sys.stderr)
    return rows


def _majority(votes: dict, share: float = MIN_SHARE) -> str | None:
    """The value most articles give (`votes`: article -> value), when at least MIN_ARTICLES give it and more than
    `share` of those giving any do."""
    counts = Counter(votes.values())
    if not counts:
        return None
    value, n = counts.most_common(1)[0]
    return value if n >= MIN_ARTICLES and n / sum(counts.values()) > share else None


def _entry(kind: str, e: dict, share: float) -> dict | None:
    """One table entry from a name's votes; a person's dates are those of the articles that gave what it keeps."""
    sector, country = _majority(e["sector"], share), _majority(e["country"], share)
    if sector is None and country is None:
        return None
    entry = dict(sector=sector, country=country, articles=len(e["dates"]))
    if kind != "person":  # a body's name is often any state's ("the Senate"): its country is the article's to say
        return dict(sector=sector, articles=entry["articles"]) if sector else None
    dates = sorted(e["dates"][a] for a, v in e["sector"].items() if v == sector and e["dates"].get(a)) if sector \
        else sorted(e["dates"][a] for a, v in e["country"].items() if v == country and e["dates"].get(a))
    return dict(entry, first=dates[0], last=dates[-1]) if dates else None


def tables(rows: list[dict], share: float = MIN_SHARE) -> tuple[dict, dict]:
    """The people and bodies tables: name (lower case; a body's normal form) -> sector, country, articles, and a
    person's first and last dates."""
    from dateline.knowledge.registry import norm
    by_name: dict[tuple, dict] = defaultdict(lambda: dict(sector={}, country={}, dates={}))
    for r in rows:
        # persons by their full name (two words at least: a bare surname is no one's); bodies by their normal form
        if r["kind"] == "person" and len(r["name"].split()) < 2 or r["kb"] and r["kind"] == "organization":
            continue
        e = by_name[(r["kind"], r["name"].lower() if r["kind"] == "person" else norm(r["name"]))]
        e["dates"][r["article"]] = (r["date"] or "")[:10] or None
        if r["sector"]:
            e["sector"][r["article"]] = r["sector"]  # one vote per article
        if r["country"]:
            e["country"][r["article"]] = r["country"]
    people, bodies = {}, {}
    for (kind, name), e in sorted(by_name.items()):
        entry = _entry(kind, e, share)
        if entry is not None:
            (people if kind == "person" else bodies)[name] = entry
    return people, bodies


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--cache", type=Path, required=True, help="a folder of cached parses (made when missing)")
    ap.add_argument("--rows", type=Path, help="a JSONL file of the actors read: reused when it exists, else written")
    ap.add_argument("--hold-out-spent", action="store_true", help="leave the spent actor sets' texts out too")
    ap.add_argument("--out-dir", type=Path, default=DATA)
    args = ap.parse_args()
    args.cache.mkdir(parents=True, exist_ok=True)
    texts = corpus(evaluated_ids())
    if args.rows and args.rows.exists():
        rows = [json.loads(line) for line in args.rows.open(encoding="utf-8")]
    else:
        rows = read_actors(texts, args.cache)
        if args.rows:
            args.rows.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    if args.hold_out_spent:
        held = spent_ids()
        texts, rows = [t for t in texts if t[0] not in held], [r for r in rows if r["article"] not in held]
    people, bodies = tables(rows)
    parts = __doc__.split("\n\n")
    about = " ".join(p.replace("\n", " ") for p in (parts[0], parts[2], parts[3]))  # what, how, from which texts
    meta = dict(about=about, min_articles=MIN_ARTICLES, min_share=MIN_SHARE, texts_read=len(texts),
                spent_sets_mined=not args.hold_out_spent)
    args.out_dir.mkdir(parents=True, exist_ok=True)
    for name, table, key in (("people.json", people, "people"), ("bodies.json", bodies, "bodies")):
        (args.out_dir / name).write_text(json.dumps({**meta, key: table}, ensure_ascii=False, indent=1) + "\n",
                                         encoding="utf-8")
    print(f"{len(texts)} texts read: {len(people)} people, {len(bodies)} bodies -> {args.out_dir}")


if __name__ == "__main__":
    main()
