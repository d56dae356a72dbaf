"""Nouns that name an act by its verb: 'the derailment' is 'derailed', 'the seizure' 'seized', 'the eruption'
'erupted' — so that a day dating the noun ('last weekend's derailment') and one dating the verb ('the train
derailed on Sunday night') date one act.

The table (corpus/data/act_nouns.json) is derived from WordNet 3.0 (Princeton University; licence in
corpus/data/WORDNET_LICENSE.txt): a single-word noun whose first sense is an act, event or process (lexicographer
files noun.act, noun.event, noun.process) and that WordNet links by derivation ('+' pointer, from that word) to a
verb maps to that verb's lemma. Rebuild it with

    python -m dateline.corpus.nominal /usr/share/wordnet      # Debian/Ubuntu package wordnet-base
"""
from __future__ import annotations

import json
import re
import sys
from functools import lru_cache
from importlib import resources
from pathlib import Path

_ACT_FILES = {"04", "11", "22"}  # noun.act, noun.event, noun.process


@lru_cache(maxsize=1)
def table() -> dict[str, str]:
    """{noun: the verb lemma it names the act of} ('derailment': 'derail')."""
    raw = resources.files("dateline.corpus").joinpath("data/act_nouns.json").read_text("utf-8")
    return json.loads(raw)["nouns"]


def act_verb(word: str) -> str | None:
    """The verb lemma a noun of an act stands for ('Seizure' -> 'seize'), else None."""
    return table().get(word.lower())


def _synsets(path: Path) -> dict[str, list[str]]:
    """{offset: the data line's fields} of a WordNet data file."""
    out = {}
    for line in path.read_text(encoding="latin-1").splitlines():
        if line and not line.startswith(" "):
            out[line.split(" ", 1)[0]] = line.split(" | ")[0].split()
    return out


def _words_and_pointers(fields: list[str]) -> tuple[list[str], list[tuple[str, str, str, str]]]:
    """(the synset's words, its pointers as (symbol, offset, part of speech, source/target hex))."""
    n = int(fields[3], 16)
    words = [fields[4 + 2 * i].lower() for i in range(n)]
    at = 4 + 2 * n
    ptrs = [tuple(fields[at + 1 + 4 * i: at + 5 + 4 * i]) for i in range(int(fields[at]))]
    return words, ptrs


def build(wordnet_dir: str) -> dict[str, str]:
    """{noun: verb} for single-word nouns whose first sense is an act, event or process with a derivational
    link from that word to a verb."""
    root = Path(wordnet_dir)
    nouns, verbs = _synsets(root / "data.noun"), _synsets(root / "data.verb")
    out: dict[str, str] = {}
    for line in (root / "index.noun").read_text(encoding="latin-1").splitlines():
        if line.startswith(" ") or not re.fullmatch(r"[a-z]+", line.split(" ", 1)[0]):
            continue
        lemma, fields = line.split()[0], line.split()
        first = fields[-int(fields[2])]  # the synset offsets close the line; the first is the first sense
        syn = nouns.get(first)
        if syn is None or syn[1] not in _ACT_FILES:
            continue
        words, ptrs = _words_and_pointers(syn)
        if lemma not in words:
            continue
        src = words.index(lemma) + 1
        for sym, off, pos, st in ptrs:
            if sym == "+" and pos == "v" and int(st[:2], 16) == src and off in verbs:
                target = _words_and_pointers(verbs[off])[0][int(st[2:], 16) - 1]
                if re.fullmatch(r"[a-z]+", target) and target != lemma:
                    out[lemma] = target
                    break
    return out


def main(argv: list[str]) -> None:
    from .synonyms import wordnet_main
    wordnet_main(argv, "dateline.corpus.nominal", "act_nouns.json", "Nouns whose first WordNet 3.0 sense is an act, "
                 "event or process, and the verb they derive from", "nouns", build)


if __name__ == "__main__":
    main(sys.argv[1:])
