"""One matter across rewording: words whose most frequent WordNet senses coincide count as one word when two
statements are compared ('the strike began on Monday' / 'the strike started on Monday').

The table (corpus/data/synonyms.json) is derived from WordNet 3.0 (Princeton University; licence in
corpus/data/WORDNET_LICENSE.txt): two single-word lemmas are one class when their *dominant* sense is the same
synset — the lemma's most frequent sense in WordNet's sense-tagged corpus (`cntlist.rev`, at least 3
occurrences), which must be its first sense in a part of speech holding at least half of the lemma's
occurrences — so that a word used mostly otherwise never joins a class ('state' is mostly a noun, so not
'say'; 'police' is mostly the force, so not 'patrol'). A stem that is also another lemma's ('works', a plant,
is 'work') is left out. Verbs' inflected forms (regular ones and WordNet's exception list) are keyed by
the corpus's light stem (`signature.stem`), like the antonym table; a stem that would belong to two classes
is left out. Rebuild it with

    python -m dateline.corpus.synonyms /usr/share/wordnet      # Debian/Ubuntu package wordnet-base

Only name-free words are mapped (`canon_plain`): a name is never a synonym of a word ('Bush' is no shrub).
"""
from __future__ import annotations

import json
import sys
from functools import lru_cache
from importlib import resources
from pathlib import Path

from .antonyms import _verb_forms, verb_exceptions
from .signature import plain_terms, stem


@lru_cache(maxsize=1)
def table() -> dict[str, str]:
    """{stem: the stem of its class's representative} for the words that have a synonym."""
    raw = resources.files("dateline.corpus").joinpath("data/synonyms.json").read_text("utf-8")
    return json.loads(raw)["classes"]


def canon(word: str) -> str:
    """The word's class representative (its own stem when it has no synonym)."""
    return table().get(word, word)


def canon_plain(words: list[str], plain: list[str] | set[str]) -> list[str]:
    """`words` (sorted, unique) with those among `plain` (the name-free words) replaced by their class."""
    plain = set(plain)
    return sorted({canon(w) if w in plain else w for w in words})


def matter_terms(text: str, stop: frozenset[str] = frozenset()) -> list[str]:
    """`signature.plain_terms` by class: the name-free words a matter is compared on."""
    plain = plain_terms(text, stop)
    return canon_plain(plain, plain)


# --- building the table from WordNet's index files ----------------------------------------------------

_POS = {"1": "noun", "2": "verb", "3": "adj", "4": "adv", "5": "adj"}


def _dominant(root: Path) -> dict[str, str]:
    """lemma -> the part of speech of its dominant sense: the most frequent tagged sense (at least 3
    occurrences), the first of its part of speech, which holds at least half of the lemma's occurrences."""
    counts: dict[str, dict[tuple[str, int], int]] = {}
    for line in (root / "cntlist.rev").read_text(encoding="latin-1").splitlines():
        key, number, count = line.split()
        lemma, rest = key.split("%", 1)
        senses = counts.setdefault(lemma, {})
        sense = (_POS[rest[0]], int(number))
        senses[sense] = senses.get(sense, 0) + int(count)
    out = {}
    for lemma, senses in counts.items():
        (pos, number), top = max(senses.items(), key=lambda kv: (kv[1], kv[0]))
        in_pos = sum(n for (p, _), n in senses.items() if p == pos)
        if number == 1 and top >= 3 and 2 * in_pos >= sum(senses.values()):
            out[lemma] = pos
    return out


def _first_senses(path: Path, pos: str, dominant: dict[str, str]) -> dict[str, str]:
    """lemma -> offset of its first sense in this part of speech, for single-word lemmas dominant in it."""
    out = {}
    for line in path.read_text(encoding="latin-1").splitlines():
        if not line or line.startswith(" "):
            continue
        f = line.split(" ")
        lemma, n_ptr = f[0], int(f[3])
        if dominant.get(lemma) == pos and lemma.isalpha():
            out[lemma] = f[6 + n_ptr]
    return out


def build(wordnet_dir: str) -> dict[str, str]:
    """{stem: representative stem} from a WordNet 3.0 database directory (index.*, verb.exc)."""
    root = Path(wordnet_dir)
    exceptions = verb_exceptions(root)
    dominant = _dominant(root)
    lemma_stems: dict[str, set[str]] = {}  # stem -> the lemmas (any part of speech) it is the stem of
    for pos in ("noun", "verb", "adj", "adv"):
        for line in (root / f"index.{pos}").read_text(encoding="latin-1").splitlines():
            if line and not line.startswith(" "):
                lemma_stems.setdefault(stem(line.split(" ", 1)[0]), set()).add(line.split(" ", 1)[0])
    classes: dict[str, set[str]] = {}  # stem -> representatives it would map to
    for pos in ("noun", "verb", "adj", "adv"):
        groups: dict[str, list[str]] = {}
        for lemma, offset in _first_senses(root / f"index.{pos}", pos, dominant).items():
            groups.setdefault(offset, []).append(lemma)
        for lemmas in groups.values():
            if len(lemmas) < 2:
                continue
            rep = stem(min(lemmas))
            forms = {lm: (_verb_forms(lm, exceptions) if pos == "verb" else {lm}) | {lm + "s", lm + "es"}
                     for lm in lemmas}
            own = set().union(*forms.values())  # 'starting' (an adjective too) is a form of 'start'
            for lemma in lemmas:
                for form in forms[lemma]:
                    if lemma_stems.get(stem(form), set()) <= own:  # not another lemma's stem ('works')
                        classes.setdefault(stem(form), set()).add(rep)
    return {s: next(iter(reps)) for s, reps in sorted(classes.items()) if len(reps) == 1 and next(iter(reps)) != s}


WORDNET_CREDIT = ("WordNet 3.0 Copyright 2006 by Princeton University. All rights reserved; licence in "
                  "WORDNET_LICENSE.txt beside this file.")


def write_wordnet_data(name: str, about: str, key: str, payload: dict) -> None:
    """Write a table built from WordNet into corpus/data/`name`, with its credit, and say how big it is."""
    data = {"_about": about + " " + WORDNET_CREDIT, key: payload}
    dest = Path(__file__).parent / "data" / name
    dest.write_text(json.dumps(data, ensure_ascii=False, separators=(",", ":"), sort_keys=True) + "\n", "utf-8")
    print(f"{dest}: {len(payload)} {key}", file=sys.stderr)


def wordnet_main(argv: list[str], module: str, name: str, about: str, key: str, build_table) -> None:
    """`python -m MODULE [WORDNET_DIR]`: build a table from WordNet and write it with its credit."""
    src = argv[0] if argv else "/usr/share/wordnet"
    write_wordnet_data(name, f"{about}; built by `python -m {module} {src}`.", key, build_table(src))


def main(argv: list[str]) -> None:
    wordnet_main(argv, "dateline.corpus.synonyms", "synonyms.json", "Words whose dominant (first, at least half of the "
                 "tagged occurrences) WordNet 3.0 senses are one synset, keyed by dateline.corpus.signature.stem",
                 "classes", build)


if __name__ == "__main__":
    main(sys.argv[1:])
