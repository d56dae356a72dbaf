"""Opposite predicates without a negation: 'the bridge is open' / 'the bridge remained closed', 'exports rose' /
'exports fell', 'the party won the by-election' / 'the party lost the by-election'.

The table (corpus/data/antonyms.json) is derived from WordNet 3.0's direct antonym pointers between verbs and
between adjectives (Princeton University; licence in corpus/data/WORDNET_LICENSE.txt), with the inflected forms
of each verb (regular ones and WordNet's exception list: 'fell' -> 'fall', 'won' -> 'win'), keyed by the
corpus's light stem (`signature.stem`) so that claims' stored words can be looked up. Rebuild it with

    python -m dateline.corpus.antonyms /usr/share/wordnet      # Debian/Ubuntu package wordnet-base

Only direct antonyms are used (not a synset's other members, nor adjectives 'similar to' one): precision first.
An adjective counts as a predicate only after a copula ('is safe', 'remained closed'), not as a modifier
('the old bridge' / 'the new bridge' are two things, not a contradiction).
"""
from __future__ import annotations

import json
import re
import sys
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

from .signature import settings, stem

_TOKEN = re.compile(r"[A-Za-z][A-Za-z'’\-]*|\d[\d,.]*|[;:.!?,]")


@lru_cache(maxsize=1)
def table() -> dict[str, Any]:
    """{'verb'|'adj': {'forms': {stem: [lemma, ...]}, 'antonyms': {lemma: [lemma, ...]}}}."""
    raw = resources.files("dateline.corpus").joinpath("data/antonyms.json").read_text("utf-8")
    return json.loads(raw)


def predicates(text: str) -> list[list[str]]:
    """[pos, lemma, stem] for each word of the text that can be one side of an antonym pair: a lower-case
    verb form anywhere but after a determiner, an adjective only after a copula and optional adverbs ('is
    open to traffic again', 'remained closed', 'is unsafe'); no stop word. Empty for a modal or conditional
    statement ('would be safe if ...')."""
    toks = [t.replace("’", "'") for t in _TOKEN.findall(text)]
    low = [t.lower() for t in toks]
    cfg = settings()
    if {w for t, w in zip(toks, low) if t != "May"} & set(cfg["antonym_modal_block"]):  # the month is no modal
        return []
    tab, out, stop = table(), [], _stop()
    for i, (tok, w) in enumerate(zip(toks, low)):
        if not tok.islower() or w in stop:
            continue
        s = stem(w)
        if not (i and low[i - 1] in cfg["antonym_determiners"]):  # 'his lack of', 'a close to': a noun
            out += [["verb", lemma, s] for lemma in tab["verb"]["forms"].get(s, []) if lemma not in stop]
        if _after_copula(low, i, cfg):
            out += [["adj", lemma, s] for lemma in tab["adj"]["forms"].get(s, []) if lemma not in stop]
    return out


@lru_cache(maxsize=1)
def _stop() -> frozenset[str]:
    """Stop words are no predicates here either: light verbs ('have', 'take', 'give', 'go') oppose nothing
    in particular ('have a talk' / 'his lack of background')."""
    return frozenset(settings()["stop_words"])


def _after_copula(low: list[str], i: int, cfg: dict[str, Any]) -> bool:
    copulas, adverbs = set(cfg["antonym_copulas"]), set(cfg["antonym_adverbs"])
    j = i - 1
    while j >= 0 and (low[j] in adverbs or low[j].endswith("ly")):
        j -= 1
    return j >= 0 and low[j] in copulas


def opposed(mine: list[list[str]], theirs: list[list[str]]) -> tuple[str, str, str, str] | None:
    """(my stem, their stem, my lemma, their lemma) for the first antonym pair between two statements'
    predicates, when neither statement also holds the other's word ('rose ... fell' against 'fell' is no
    opposition); else None."""
    if not mine or not theirs:
        return None
    tab = table()
    mine_l = {(p, lemma) for p, lemma, _s in mine}
    theirs_l = {(p, lemma) for p, lemma, _s in theirs}
    for pos, lemma, s in sorted(mine):
        for opp in tab[pos]["antonyms"].get(lemma, []):
            if (pos, opp) in theirs_l and (pos, opp) not in mine_l and (pos, lemma) not in theirs_l:
                other = next(t for p, lm, t in sorted(theirs) if p == pos and lm == opp)
                if other != s:
                    return s, other, lemma, opp
    return None


# --- building the table from WordNet's database files -------------------------------------------------

def _synsets(path: Path) -> dict[str, tuple[list[str], list[tuple[str, str, int, int]]]]:
    """offset -> (words, antonym pointers (target offset, pos, source word no., target word no.))."""
    out = {}
    for line in path.read_text(encoding="latin-1").splitlines():
        if not line or line.startswith(" "):
            continue
        f = line.split(" ")
        n = int(f[3], 16)
        words = [re.sub(r"\(.*\)$", "", f[4 + 2 * k]).lower() for k in range(n)]
        at = 4 + 2 * n
        ptrs = []
        for k in range(int(f[at])):
            sym, off, pos, st = f[at + 1 + 4 * k: at + 5 + 4 * k]
            if sym == "!":
                ptrs.append((off, pos, int(st[:2], 16), int(st[2:], 16)))
        out[f[0]] = (words, ptrs)
    return out


def _antonym_pairs(path: Path) -> dict[str, set[str]]:
    """Direct antonyms, plus a word's negated form among the synonyms of its antonym ('safe' is the antonym
    of 'dangerous', whose synset holds 'unsafe'): un-, in-, im-, il-, ir-, dis-, non- + the word."""
    syn = _synsets(path)
    pairs: dict[str, set[str]] = {}
    for words, ptrs in syn.values():
        for off, _pos, src, tgt in ptrs:
            a, b = words[src - 1], syn[off][0][tgt - 1]
            negated = [m for m in syn[off][0] if m in {p + a for p in _NEGATING}]
            for other in [b] + negated:
                if "_" in a or "_" in other or "-" in a or "-" in other or a == other:
                    continue  # a single word on each side: claims' words are single tokens
                pairs.setdefault(a, set()).add(other)
                pairs.setdefault(other, set()).add(a)
    return pairs


_NEGATING = ("un", "in", "im", "il", "ir", "dis", "non")


def _verb_forms(lemma: str, exceptions: dict[str, set[str]]) -> set[str]:
    base = lemma[:-1] if lemma.endswith("e") else lemma
    forms = {lemma, lemma + "s", lemma + "es", base + "ed", base + "ing", lemma + "d"}
    if len(lemma) > 2 and lemma[-1] not in "aeiouwxy" and lemma[-2] in "aeiou" and lemma[-3] not in "aeiou":
        forms |= {lemma + lemma[-1] + "ed", lemma + lemma[-1] + "ing"}  # stop -> stopped, stopping
    if lemma.endswith("y") and len(lemma) > 2 and lemma[-2] not in "aeiou":
        forms |= {lemma[:-1] + "ied", lemma[:-1] + "ies"}
    return forms | exceptions.get(lemma, set())


def verb_exceptions(root: Path) -> dict[str, set[str]]:
    """{lemma: irregular forms} from WordNet's verb.exc ('fall': {'fell', 'fallen'})."""
    exceptions: dict[str, set[str]] = {}
    for line in (root / "verb.exc").read_text(encoding="latin-1").splitlines():
        form, *lemmas = line.split()
        for lemma in lemmas:
            exceptions.setdefault(lemma, set()).add(form)
    return exceptions


def build(wordnet_dir: str) -> dict[str, Any]:
    """The table from a WordNet 3.0 database directory (data.verb, data.adj, verb.exc)."""
    root = Path(wordnet_dir)
    exceptions = verb_exceptions(root)
    out: dict[str, Any] = {}
    for pos, fname in (("verb", "data.verb"), ("adj", "data.adj")):
        pairs = _antonym_pairs(root / fname)
        forms: dict[str, set[str]] = {}
        for lemma in pairs:
            for form in (_verb_forms(lemma, exceptions) if pos == "verb" else {lemma}):
                if "_" not in form:
                    forms.setdefault(stem(form), set()).add(lemma)
        out[pos] = {"forms": {k: sorted(v) for k, v in sorted(forms.items())},
                    "antonyms": {k: sorted(v) for k, v in sorted(pairs.items())}}
    return out


def main(argv: list[str]) -> None:
    src = argv[0] if argv else "/usr/share/wordnet"
    data = dict(_about="Direct antonyms of WordNet 3.0 verbs and adjectives (single words), verb forms keyed by "
                "dateline.corpus.signature.stem; built by `python -m dateline.corpus.antonyms " + src + "`. "
                "WordNet 3.0 Copyright 2006 by Princeton University. All rights reserved; licence in "
                "WORDNET_LICENSE.txt beside this file.", **build(src))
    dest = Path(__file__).parent / "data" / "antonyms.json"
    dest.write_text(json.dumps(data, ensure_ascii=False, separators=(",", ":"), sort_keys=True) + "\n", "utf-8")
    print(f"{dest}: {sum(len(v['antonyms']) for k, v in data.items() if k != '_about')} lemmas", file=sys.stderr)


if __name__ == "__main__":
    main(sys.argv[1:])
