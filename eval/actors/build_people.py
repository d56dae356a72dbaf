"""Mine a table of public people's roles from the PolNeAR train texts: who the corpus calls "Sen. X", "Gov. X",
"Republican presidential candidate X" in at least MIN_ARTICLES different articles, with the sector the title gives
(legislator LEG, governor/president/secretary/mayor GOV, candidate OPP, executive or businessman BUS,
host/anchor/columnist MED), the country a demonym or country word
before the title gives (US-only titles: the United States), and the first and last publication date seen.

The actors stage reads it (knowledge/data/actors/people.json, ActorWords.people) for a person the registry does not
know and the article gives no sector: "Bernie Sanders" named alone in a 2016 story is the senator the corpus names
him as. Every text any evaluation file names is left out (eval/**, ../shared/eval/**: the blind sets, the spent and
held-out actor sets, the validation and corpus-linking sets), so no scored article informs the table.
It lives beside the actor label sets because what it must leave out is listed there.

    python eval/actors/build_people.py        # writes src/dateline/knowledge/data/actors/people.json
"""
from __future__ import annotations

import csv
import json
import re
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SHARED = ROOT.parent / "shared"
TEXTS = SHARED / "data" / "polnear" / "train" / "text"
OUT = ROOT / "src" / "dateline" / "knowledge" / "data" / "actors" / "people.json"
MIN_ARTICLES = 2
# a title right before a name, and the sector it gives; US-only titles also give the country
TITLES = {"Sen.": "LEG", "Senator": "LEG", "Rep.": "LEG", "Representative": "LEG", "Congressman": "LEG",
          "Congresswoman": "LEG", "Gov.": "GOV", "Governor": "GOV", "Mayor": "GOV", "Secretary": "GOV",
          "President": "GOV", "Vice President": "GOV", "CEO": "BUS", "chief executive": "BUS", "billionaire": "BUS",
          "businessman": "BUS", "businesswoman": "BUS", "host": "MED", "anchor": "MED", "columnist": "MED",
          "correspondent": "MED", "commentator": "MED"}
US_ONLY = {"Congressman", "Congresswoman", "Gov.", "Rep."}
WORD = r"[A-Z][^\W\d_]+(?:['\u2019-][A-Z][^\W\d_]+)?"  # "McCain", "Peña", "O'Rourke", "Wasserman-Schultz"
NAME = r"((?:" + WORD + r"|[A-Z]\.)(?: (?:" + WORD + r"|[A-Z]\.))+)"
LEAD = r"(?:(\b[A-Z][A-Za-z.]+) )?"  # the word before the title: "Russian", "U.S.", "former"
TITLED = re.compile(LEAD + r"\b(" + "|".join(re.escape(t) for t in sorted(TITLES, key=len, reverse=True)) + r") " + NAME)
RUNNING = re.compile(r"\b(?:[Pp]residential (?:candidate|hopeful|nominee|contender|rival)|(?:Republican|Democratic|GOP) "
                     r"(?:candidate|hopeful|nominee|front-runner|rival)|(?:[Cc]andidate|[Rr]ival)) " + NAME)
FORMER = re.compile(r"(?:former|ex-|then-)\s*$", re.I)
US_WORDS = {"U.S.", "US", "American", "America", "United States"}
PARTY_TAG = re.compile(r",? \((?:R|D|I)-")  # a US party tag after the name


def evaluated_stems() -> set[str]:
    """The PolNeAR file stems any evaluation file names (they stay out of the table)."""
    stems = {f.stem for f in TEXTS.iterdir()}
    named = set()
    for base in (ROOT / "eval", SHARED / "eval"):
        for f in base.rglob("*"):
            if f.is_file() and f.suffix in (".json", ".jsonl", ".tsv", ".md", ".txt", ".csv") and f.stat().st_size < 50_000_000:
                text = f.read_text(encoding="utf-8", errors="ignore")
                named |= {s for s in stems if s in text} if len(stems) < 5000 else set()
    return named


def mine() -> dict:
    dates = {row["filename"]: row["publication_date"] for row in
             csv.DictReader(open(SHARED / "data" / "polnear" / "metadata.tsv", encoding="utf-8"), delimiter="\t")}
    skip = evaluated_stems()
    sectors: dict[str, Counter] = defaultdict(Counter)
    countries: dict[str, Counter] = defaultdict(Counter)
    seen: dict[str, set] = defaultdict(set)
    for f in sorted(TEXTS.iterdir()):
        if f.stem in skip:
            continue
        text, date = f.read_text(encoding="utf-8"), dates.get(f.stem, "")
        for m in TITLED.finditer(text):
            if m.group(1) and m.group(1).lower() in ("former", "ex", "then") or FORMER.search(text[:m.start()]):
                continue  # "former Gov. X": a past office says nothing of what X is now
            name, title = m.group(3), m.group(2)
            sectors[name][TITLES[title]] += 1
            lead, tagged = m.group(1) or "", PARTY_TAG.match(text, m.end())  # "Sen. X (R-Iowa)"
            countries[name]["USA" if title in US_ONLY or lead in US_WORDS or tagged else lead or None] += 1
            seen[name].add((f.stem, date))
        for m in RUNNING.finditer(text):
            sectors[m.group(1)]["OPP"] += 1
            countries[m.group(1)]["USA"] += 1
            seen[m.group(1)].add((f.stem, date))
    people = {}
    for name, arts in seen.items():
        if len(arts) < MIN_ARTICLES or len(name.split()) < 2:
            continue
        sector, n = sectors[name].most_common(1)[0]
        country = next((c for c, _ in countries[name].most_common() if c in ("USA",)), None)
        ds = sorted(d for _, d in arts if d)
        people[name.lower()] = {"sector": sector, "country": country, "first": ds[0] if ds else None,
                                "last": ds[-1] if ds else None, "articles": len(arts)}
    return {"about": __doc__.split("\n\n")[0].replace("\n", " "), "min_articles": MIN_ARTICLES,
            "left_out": len(skip), "people": dict(sorted(people.items()))}


if __name__ == "__main__":
    table = mine()
    OUT.write_text(json.dumps(table, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"{len(table['people'])} people, {table['left_out']} evaluated texts left out -> {OUT}")
