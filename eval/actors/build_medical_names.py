"""Build knowledge/data/actors/medical_names.json from WordNet 3.0: drugs, diseases and microbes.

A name the NER types as an organisation or a person is sometimes a drug ("Aspirin"), a disease known by its name or
its initials ("BSE", "Cholera") or a microbe ("Salmonella", "Staphylococcus"): never an actor. This table keeps every
WordNet noun (one word or several, lower case) that has a sense below one of these synsets and no sense filed under
noun.person or noun.group (so it can never name a person or a body of people: "Bayer" the chemist stays out),
by kind:

- `drug`: below drug.n.01 or medicine.n.02;
- `disease`: below disease.n.01, illness.n.01 or infection.n.01;
- `microbe`: below microorganism.n.01, virus.n.01 or pathogen.n.01.

Read by the actors' non-actor rules (extract/actors/nonactors.py `names_a_malady`).

    python eval/actors/build_medical_names.py [/usr/share/wordnet]     # Debian/Ubuntu package wordnet-base

WordNet 3.0 (c) 2006 Princeton University; licence in knowledge/data/events/WORDNET_LICENSE.txt.
"""
from __future__ import annotations

import argparse
import json
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
OUT = ROOT / "src/dateline/knowledge/data/actors/medical_names.json"
LEXNAMES = ("Tops act animal artifact attribute body cognition communication event feeling food group location "
            "motive object person phenomenon plant possession process quantity relation shape state substance "
            "time").split()  # noun.* lexicographer files 3-28, in WordNet's order
AGENT_CLASSES = frozenset({"person", "group"})
# the synsets each kind descends from: drug.n.01, medicine.n.02; disease.n.01, illness.n.01, infection.n.01;
# microorganism.n.01, virus.n.01, pathogen.n.01
MEDICAL_ROOTS = {"drug": frozenset({"03247620", "03740161"}),
                 "disease": frozenset({"14070360", "14061805", "14174549"}),
                 "microbe": frozenset({"01326291", "01328702", "01386007"})}


def _synsets(wordnet: Path):
    """offset -> (class, hypernym offsets, written words) of every noun synset."""
    out = {}
    with open(wordnet / "data.noun", encoding="latin-1") as fh:
        for line in fh:
            if line.startswith(" "):
                continue
            f = line.split(" | ", 1)[0].split()
            n_words = int(f[3], 16)
            words = [re.sub(r"\(.*\)$", "", f[4 + 2 * k]).replace("_", " ") for k in range(n_words)]
            at = 4 + 2 * n_words
            ptrs = [f[at + 1 + 4 * k: at + 5 + 4 * k] for k in range(int(f[at]))]
            hyper = [p[1] for p in ptrs if p[0] in ("@", "@i") and p[2] == "n"]
            out[f[0]] = (LEXNAMES[int(f[1]) - 3], hyper, words)
    return out


def _kinds(offset: str, synsets: dict) -> set[str]:
    """The medical kinds whose roots the synset is, or descends from."""
    seen, todo, kinds = set(), [offset], set()
    while todo:
        cur = todo.pop()
        kinds |= {kind for kind, roots in MEDICAL_ROOTS.items() if cur in roots}
        if cur not in seen:
            seen.add(cur)
            todo.extend(synsets[cur][1] if cur in synsets else ())
    return kinds


def build(wordnet: Path) -> dict[str, list[str]]:
    """kind -> the sorted lower-case nouns of that kind that name no person or group in any sense."""
    synsets = _synsets(wordnet)
    classes: dict[str, set] = {}
    kinds: dict[str, set] = {}
    for offset, (lex, _, words) in synsets.items():
        found = _kinds(offset, synsets)
        for w in words:
            classes.setdefault(w.lower(), set()).add(lex)
            if found:
                kinds.setdefault(w.lower(), set()).update(found)
    return {kind: sorted(w for w, ks in kinds.items() if kind in ks and not classes[w] & AGENT_CLASSES)
            for kind in MEDICAL_ROOTS}


def main(argv=None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("wordnet", nargs="?", default="/usr/share/wordnet", help="WordNet 3.0 dict directory")
    ap.add_argument("-o", "--out", default=str(OUT))
    args = ap.parse_args(argv)
    table = build(Path(args.wordnet))
    about = ("Drugs, diseases and microbes: WordNet 3.0 nouns below drug/medicine, disease/illness/infection or "
             "microorganism/virus/pathogen with no sense under noun.person or noun.group; derived by "
             "eval/actors/build_medical_names.py, read by the actors' non-actor rules (a name that is one is no "
             "actor). WordNet 3.0 (c) 2006 Princeton University, licence in "
             "knowledge/data/events/WORDNET_LICENSE.txt.")
    Path(args.out).write_text(json.dumps({"about": about, **table}, indent=0, ensure_ascii=False) + "\n", encoding="utf-8")
    print(", ".join(f"{len(v)} {k}" for k, v in table.items()), "->", args.out)


if __name__ == "__main__":
    main()
