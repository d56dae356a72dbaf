"""Build `knowledge/data/actors/faith_members.json`: the nouns that name a member of a faith, from WordNet 3.0.

A noun whose most frequent sense descends from *religious person* (religious_person.n.01: "Muslim", "Catholic",
"Baptist", "Shiite") names someone by their faith. The actors stage reads a group named that way ("Catholics
marched", "many Protestants") as a religious group (GOLD.md REL), as PETRARCH's agents dictionary already codes the
faiths it lists ("muslims", "christians", "hindus"), rather than as a population of civilians. Clergy and other
roles ("priest", "imam") are in the agents dictionary already and stay out of this list only if WordNet files them
elsewhere; both readings give REL.

    python scripts/build_faith_members.py [/usr/share/wordnet]     # WordNet 3.0 dict (Debian package wordnet-base)

WordNet 3.0 (c) 2006 Princeton University, licence in `knowledge/data/events/WORDNET_LICENSE.txt`.
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "scripts"))
from build_wordnet_nouns import descends, synsets  # noqa: E402

OUT = ROOT / "src/dateline/knowledge/data/actors/faith_members.json"
RELIGIOUS_PERSON = frozenset({"09628382"})  # religious_person.n.01


def first_senses(wordnet: Path):
    """(lemma, offset of its most frequent noun sense) for every single-word noun in index.noun."""
    for line in (wordnet / "index.noun").open(encoding="latin-1"):
        if line.startswith(" "):
            continue
        fields = line.split()
        lemma, n_senses = fields[0], int(fields[2])
        if "_" in lemma or not lemma.replace("-", "").isalpha():
            continue
        yield lemma, fields[-n_senses]


def faith_members(wordnet: Path) -> list[str]:
    """Lower-case nouns whose first sense is a religious person (not an instance: no named individual)."""
    _, hypernyms, named = synsets(wordnet)
    out = set()
    for lemma, offset in first_senses(wordnet):
        if named.get(offset, (set(), False))[1]:
            continue  # an instance ("Luther"): one person, not a faith's member
        if descends(offset, RELIGIOUS_PERSON, hypernyms) and offset not in RELIGIOUS_PERSON:
            out.add(lemma)
    return sorted(out)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("wordnet", nargs="?", type=Path, default=Path("/usr/share/wordnet"))
    args = ap.parse_args()
    members = faith_members(args.wordnet)
    OUT.write_text(json.dumps({
        "about": "scripts/build_faith_members.py: single-word nouns whose first WordNet 3.0 sense descends from "
                 "religious_person.n.01 (a member of a faith: a group named by it is REL). WordNet 3.0 (c) 2006 "
                 "Princeton University, licence in knowledge/data/events/WORDNET_LICENSE.txt.",
        "members": members}, indent=0, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"{len(members)} nouns -> {OUT}")


if __name__ == "__main__":
    main()
