"""Build knowledge/data/actors/role_sectors.json: sectors of role nouns PETRARCH's agents dictionary lacks, from WordNet.

The registry's agent nouns (PETRARCH2's agents dictionary, `Registry.agents`) give the sector of a person's role word
("physician" HLH, "columnist" MED); a person whose title or apposition is a role word it lacks ("veterinarian",
"inspector", "moderator") was left to the private-person default (CVL). This table carries the agents dictionary's
sectors over WordNet 3.0's hypernym graph: for a lower-case noun whose first sense is filed under noun.person and
which the agents dictionary does not list, the sector the dictionary gives the nearest words of that sense — its own
synonyms first, then the words of its hypernyms, then of theirs (up to MAX_DEPTH steps), nearer ones weighing more.
Kept when one sector has at least MIN_SHARE of the weight and is not CVL (the default already).

    python eval/actors/build_role_sectors.py [--check] [/usr/share/wordnet]     # Debian/Ubuntu package wordnet-base

`--check` predicts each one-word agent noun WordNet knows from the others (leave one out) and prints the precision of
the sectors the table would keep. Read by the actors' person attributes (extract/actors/titles.py, resolve.py) only
where no other evidence gives a person a sector; never to find mentions.

WordNet 3.0 (c) 2006 Princeton University; licence in knowledge/data/events/WORDNET_LICENSE.txt.
"""
from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
OUT = ROOT / "src/dateline/knowledge/data/actors/role_sectors.json"
PERSON_FILE = 18  # noun.person
MAX_DEPTH = 2
MIN_SHARE = 0.6
DEFAULT_SECTOR = "CVL"  # a private person's (extract/actors/resolve.py PRIVATE_PERSON_SECTOR)


def read_wordnet(wordnet: Path):
    """(synsets, index): offset -> (lexicographer file, words, hypernym offsets); word -> its noun senses in order."""
    synsets = {}
    for line in (wordnet / "data.noun").open(encoding="latin-1"):
        if line.startswith(" "):
            continue
        f = line.split(" | ")[0].split()
        n_words = int(f[3], 16)
        words = [re.sub(r"\(.*\)$", "", f[4 + 2 * k]).replace("_", " ") for k in range(n_words)]
        p = 4 + 2 * n_words
        hyper = [f[p + 2 + 4 * k] for k in range(int(f[p])) if f[p + 1 + 4 * k] in ("@", "@i")]
        synsets[f[0]] = (int(f[1]), words, hyper)
    index = {}
    for line in (wordnet / "index.noun").open(encoding="latin-1"):
        if line.startswith(" "):
            continue
        f = line.split()
        index[f[0].replace("_", " ")] = f[4 + int(f[3]) + 2:]
    return synsets, index


def predict(word: str, synsets, index, labels: dict) -> Counter:
    """Sector weights from the labelled words nearest to the first sense of `word` (a person noun)."""
    votes: Counter = Counter()
    senses = index.get(word) or []
    if not senses or synsets[senses[0]][0] != PERSON_FILE:
        return votes
    frontier, seen = [senses[0]], {senses[0]}
    for depth in range(MAX_DEPTH + 1):
        for s in frontier:
            for w in synsets[s][1]:
                w = w.lower()  # a labelled word counts for its first sense only ("advocate" the lawyer, JUD)
                if w != word and labels.get(w) and index[w][0] == s:
                    votes[labels[w]] += 1 / (1 + depth)
        if votes:
            return votes
        frontier = [h for s in frontier for h in synsets[s][2] if h not in seen]
        seen.update(frontier)
    return votes


def kept(votes: Counter) -> str | None:
    """The sector the table keeps for these weights, else None."""
    if not votes:
        return None
    sector, weight = votes.most_common(1)[0]
    return sector if weight / sum(votes.values()) >= MIN_SHARE and sector != DEFAULT_SECTOR else None


def agent_labels() -> dict:
    sys.path.insert(0, str(ROOT / "src"))
    from dateline.knowledge.registry import packaged_registry
    return dict(packaged_registry().agents)


def check(synsets, index, agents: dict) -> None:
    labels = {w: s for w, s in agents.items() if s and w.isalpha() and w.islower() and w in index}
    right = total = 0
    for word, gold in labels.items():
        got = kept(predict(word, synsets, index, {w: s for w, s in labels.items() if w != word}))
        if got:
            total += 1
            right += got == gold
    print(f"leave one out: {right} of {total} kept sectors right ({right / max(total, 1):.3f}); "
          f"{len(labels)} one-word agent nouns in WordNet")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("wordnet", nargs="?", default="/usr/share/wordnet")
    ap.add_argument("--check", action="store_true")
    args = ap.parse_args()
    synsets, index = read_wordnet(Path(args.wordnet))
    agents = agent_labels()
    if args.check:
        check(synsets, index, agents)
        return
    labels = {w.lower(): s for w, s in agents.items() if s}
    table = {}
    written = {w.lower(): w for _, words, _ in synsets.values() for w in words}
    for word in sorted(index):  # common nouns only: "poet", not a poet's name (WordNet writes names capitalised)
        if word in agents or not re.fullmatch(r"[a-z][a-z -]*[a-z]", written.get(word, "X")):
            continue
        sector = kept(predict(word, synsets, index, labels))
        if sector:
            table[word] = sector
    OUT.write_text(json.dumps({"about": "eval/actors/build_role_sectors.py: WordNet 3.0 person nouns the agents "
                                        "dictionary lacks, with the sector of their nearest labelled words",
                               "sector": table}, indent=0, sort_keys=True) + "\n", encoding="utf-8")
    print(f"{len(table)} role nouns -> {OUT.relative_to(ROOT)}", Counter(table.values()).most_common())


if __name__ == "__main__":
    main()
