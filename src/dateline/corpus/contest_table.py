"""The words of a contest's outcome, derived from WordNet 3.0 (Princeton University; licence in
corpus/data/WORDNET_LICENSE.txt), built into corpus/data/contests.json by

    python -m dateline.corpus.contest_table /usr/share/wordnet      # Debian/Ubuntu package wordnet-base

- verbs, by role: `win` (the subject won outright: the first sense of *win*, "be the winner in a contest or
  competition"), `lose` (its direct antonym, "fail to win") and `defeat` (the subject won over the object: the synsets
  WordNet glosses by *win* ... *over* — *defeat*, "win a victory over"); each with its synset's single-word lemmas and
  the lemmas of its direct troponyms whose first sense that troponym is ('beat', 'vanquish'; not 'take' or 'drop');
- nouns, by role: the nouns derived from *win*'s sense (the noun *win*), their hypernym (*victory*) and its direct
  antonym (*defeat*), with their hyponyms' first-sense lemmas ('landslide', 'rout');
- contests: the nouns the glosses of the win and lose senses and their troponyms name ('contest', 'competition',
  'election', ...), at their first sense, and every hyponym of those ('primary', 'race', 'game').
"""
from __future__ import annotations

import re
import sys
from pathlib import Path

from .nominal import _synsets, _words_and_pointers

_SINGLE = re.compile(r"[a-z]+")


def _first_senses(root: Path, pos: str) -> dict[str, str]:
    """{lemma: the offset of its first sense}."""
    out = {}
    for line in (root / f"index.{pos}").read_text(encoding="latin-1").splitlines():
        if line.startswith(" "):
            continue
        f = line.split()
        out[f[0]] = f[-int(f[2])]
    return out


def _lemmas(fields: list[str]) -> list[str]:
    return [re.sub(r"\(.*\)$", "", w) for w in _words_and_pointers(fields)[0] if _SINGLE.fullmatch(re.sub(r"\(.*\)$", "", w))]


def _pointed(fields: list[str], symbol: str, pos: str) -> list[str]:
    return [off for sym, off, p, _st in _words_and_pointers(fields)[1] if sym == symbol and p == pos]


def _gloss(line_fields: list[str], raw: dict[str, str], off: str) -> str:
    return raw[off].split(" | ", 1)[1].split(";")[0].strip() if " | " in raw[off] else ""


def _roles(synsets: dict[str, list[str]], first: dict[str, str], seeds: dict[str, str], pos: str) -> dict[str, str]:
    """{lemma: role} for the seed synsets' lemmas and their direct troponyms' (hyponyms') first-sense lemmas."""
    out: dict[str, str] = {}
    for off, role in seeds.items():
        for lemma in _lemmas(synsets[off]):
            out.setdefault(lemma, role)
    for off, role in seeds.items():
        for sub in _pointed(synsets[off], "~", pos):
            for lemma in _lemmas(synsets.get(sub, [])) if sub in synsets else []:
                if first.get(lemma) == sub:
                    out.setdefault(lemma, role)
    return out


def build(wordnet_dir: str) -> dict[str, dict]:
    """The three tables (verbs, nouns by role; contest nouns) from a WordNet 3.0 database directory."""
    root = Path(wordnet_dir)
    verbs, nouns = _synsets(root / "data.verb"), _synsets(root / "data.noun")
    raw = {line.split(" ", 1)[0]: line for line in (root / "data.verb").read_text(encoding="latin-1").splitlines()
           if line and not line.startswith(" ")}
    vfirst, nfirst = _first_senses(root, "verb"), _first_senses(root, "noun")
    win = vfirst["win"]
    seeds = {win: "win"} | {off: "lose" for off in _pointed(verbs[win], "!", "v")}
    win_words = set(_lemmas(verbs[win]))
    for off, fields in verbs.items():  # glossed by 'win ... over': the subject won over the object
        gloss = _gloss(fields, raw, off).split()
        if gloss and gloss[0] in win_words and "over" in gloss and off not in seeds:
            seeds[off] = "defeat"
    verb_roles = _roles(verbs, vfirst, seeds, "v")
    wins = [n for n in _pointed(verbs[win], "+", "n") if nouns[n][1] in ("04", "11")]
    victories = [h for n in wins for h in _pointed(nouns[n], "@", "n")]
    noun_seeds = {n: "win" for n in wins + victories}
    noun_seeds |= {d: "lose" for v in victories for d in _pointed(nouns[v], "!", "n")}
    noun_roles = _roles(nouns, nfirst, noun_seeds, "n")
    named = {w for off, role in seeds.items() if role != "defeat"
             for sub in [off] + _pointed(verbs[off], "~", "v") for w in re.findall(r"[a-z]+", _gloss([], raw, sub))}
    contests = _closure(nouns, [nfirst[w] for w in sorted(named) if w in nfirst and nouns[nfirst[w]][1] in ("04", "11")])
    return {"verbs": dict(sorted(verb_roles.items())), "nouns": dict(sorted(noun_roles.items())),
            "contests": sorted({w for off in contests for w in _lemmas(nouns[off]) if nfirst.get(w) == off})}


def _closure(nouns: dict[str, list[str]], roots: list[str]) -> set[str]:
    """The synsets and all their hyponyms."""
    seen, todo = set(), list(roots)
    while todo:
        off = todo.pop()
        if off in seen or off not in nouns:
            continue
        seen.add(off)
        todo += _pointed(nouns[off], "~", "n")
    return seen


def main(argv: list[str]) -> None:
    from .synonyms import wordnet_main
    wordnet_main(argv, "dateline.corpus.contest_table", "contests.json", "The words of a contest's outcome from "
                 "WordNet 3.0: verbs and nouns by role (win, lose, defeat) and the nouns of contests", "roles", build)


if __name__ == "__main__":
    main(sys.argv[1:])
