"""What a figure counts: the words of the clause that holds it ('The quake injured 150 people' / 'More than
400 people were injured in the quake' count the quake's injured, whatever else the two sentences say).

Two statements that fail the matter test (their sentences share too little as a whole: a long sentence with a
digit says many other things) still give two figures for one thing when the clauses holding them count the
same noun and share `counted_min_shared` more words that are neither names nor common; '9 passengers were
killed' / '20 passengers were injured' share only the noun. Statements naming different days (relative days
too: 'on Sunday' in two articles a week apart) count two occasions.
"""
from __future__ import annotations

import re
from typing import Any, Callable, Iterator

from . import contests
from .signature import _WORD, _with_stop, figures, number_value, plain_terms, settings, stem, terms
from .synonyms import canon, matter_terms

# clause ends: punctuation (not a digit's comma or point: '2,000', '2.5'), dashes, and coordinating words
_NUMERIC = frozenset(settings()["multipliers"]) | frozenset(settings()["compound_ones"])
_RATIO = settings()["figure_min_ratio"]
_CLAUSE = re.compile(r"[;:!?()\u2014\u2013]|[,.](?!\d)|\s-\s|\b(?:and|but|while|whereas|although|though)\b", re.I)


def clause_words(text: str, stop: frozenset[str]) -> list[list[Any]]:
    """[value, counted noun, the words next to the figure, the name-free content words of the clause holding
    it, whether a figure of the noun follows a definite determiner] for each figure of the text, without the noun. The words next to it are the first content word before
    the number and the first after the noun, inside the clause ('evacuated 3,000 residents from villages'
    -> evacuate, village; '12,000 residents were evacuated' -> evacuate): what happens to what is counted."""
    out = []
    for part in _CLAUSE.split(text):
        found = figures(part)
        if not found:
            continue
        words = set(matter_terms(part, stop))
        names = _names(part, stop)
        toks = _WORD.findall(part)
        near: dict[str, tuple[list[str], bool]] = {}  # once per counted noun of the clause
        for value, noun in found:
            drop = {stem(noun), canon(stem(noun))}
            if noun not in near:
                near[noun] = sorted(_next_words(toks, noun, _with_stop(stop)) - drop), _definite(toks, noun)
            out.append([value, noun, near[noun][0], sorted(words - drop), near[noun][1], names])
    return out


def looked_up(info: dict[str, Any]) -> list[str]:
    """The words a statement is looked up by: its words and, for each noun it counts on each day it names, a key of
    both — two counts of one noun on one day share what they count, however few other words they share ('Around
    1,800 people marched on Sunday' / 'Close to 10,000 people took part in Sunday's march')."""
    return list(info["t"]) + sorted({f"{COUNTED}{fc[1]}@{day}" for fc in info.get("fc") or [] for day in info.get("on") or []}
                                    ) + contests.keys(info)


COUNTED = "#n:"  # the key of a counted noun and a day among a statement's looked-up words (never a matter word)


def _names(part: str, stop: frozenset[str]) -> list[str]:
    """The names of a clause ('200 shops were looted in Brake' -> brake): where and whose the counted things are.
    None from a clause written in title case ('Trump Fires A 5-Word Missile'), whose capitals name nothing."""
    toks = [t for t in _WORD.findall(part) if t[0].isalpha()]
    if 2 * sum(t[0].isupper() for t in toks) > len(toks):
        return []
    return sorted(set(terms(part, stop)) - set(plain_terms(part, stop)))


_DEFINITE = frozenset(["the", "these", "those"])


def _definite(toks: list[str], noun: str) -> bool:
    """A figure of `noun` follows a definite determiner ('the two states', 'many of the 16 states'): it counts a
    set the text named before or a part of one, not the whole of what is counted on an occasion."""
    for j, tok in enumerate(toks):
        low = tok.lower()
        if j == 0 or (low[:-1] if len(low) > 4 and low.endswith("s") else low) != noun:
            continue
        i = j - 1
        while i >= 0 and (toks[i][0].isdigit() or toks[i].lower() in _NUMERIC or number_value(toks[i].lower()) is not None):
            i -= 1
        if i < j - 1 and i >= 0 and toks[i].lower() in _DEFINITE:
            return True
    return False


def _next_words(toks: list[str], noun: str, stop: frozenset[str]) -> set[str]:
    """The first content word (not a name, not a number) before each figure of `noun` and the first after it."""
    def word(tok: str, first: bool) -> str | None:  # as `signature.terms` reads one token
        if tok[0].isdigit() or (tok[0].isupper() and not first):
            return None
        w = tok.lower().replace("’", "'").strip("'-").split("'")[0]
        if len(w) < 3 or w in stop or stem(w) in stop:
            return None
        return canon(stem(w))

    out: set[str] = set()
    for j, tok in enumerate(toks):
        low = tok.lower()
        if (low[:-1] if len(low) > 4 and low.endswith("s") else low) != noun or j == 0:
            continue
        i = j - 1
        while i >= 0 and (toks[i][0].isdigit() or toks[i].lower() in _NUMERIC or toks[i].lower() == "of"
                          or number_value(toks[i].lower()) is not None):
            i -= 1
        if i == j - 1:
            continue  # no figure before this mention of the noun
        before = next((w for k in range(i, -1, -1) if (w := word(toks[k], k == 0))), None)
        after = next((w for k in range(j + 1, len(toks)) if (w := word(toks[k], False))), None)
        out |= {w for w in (before, after) if w}
    return out


_DATELINE = re.compile(r"\s*([A-Z][A-Z'’.\- ]{1,40}?)(?:,[^,\n—–()]{1,40})?(?:\s*\([A-Za-z ]{1,20}\))?\s+[—–-]+\s")


def lead_dateline(text: str, start: int | None, sentences: list[tuple[int, int]]) -> str | None:
    """The dateline place of a statement in its article's lead, the sentence a wire dateline opens at the start
    of one of the first lines ('PORT AVREL, Kovania — Some 3,500 people marched ...' -> 'port avrel', after a
    headline too): the lead states the event the report is about. None for any other statement."""
    if start is None:
        return None
    for at in [0] + [m.end() for m in re.finditer(r"\n", text[:600])]:
        m = _DATELINE.match(text, at)
        if m is not None:
            end = next((b for a, b in sentences if a <= m.end() < b), None)  # 'NEW YORK, Dec. 19 (UPI) — ...'
            inside = end is not None and m.start(1) <= start < end
            return " ".join(m.group(1).lower().split()) if inside else None
    return None


def apart_figures(fa: list, fb: list, skip: frozenset[str] | set[str] = frozenset(), same_noun: bool = False
                  ) -> Iterator[tuple[float, str, float, str]]:
    """(value, noun, value, noun) for each figure of one statement and one of the other at least `figure_min_ratio`
    apart, neither noun in `skip`, that neither statement contradicts by also giving the other's figure: any figure
    of the other value, or with `same_noun` (the rules: one noun on both sides) a figure of that noun both give
    ('250,000 claimed, 10,000 in fact' on each side), the other's figure for anything, or a margin (`_told_by`). The one reading of 'two figures apart' behind the rules'
    `conflicts._figure_clash`, `learned.figure_clash` and `story_conflicts.figure_clash`."""
    ratio = _RATIO
    values_a = values_b = None
    for va, na in fa:
        if na in skip:
            continue
        for vb, nb in fb:
            if (same_noun and na != nb) or nb in skip or max(va, vb) < ratio * max(min(va, vb), 1e-9):
                continue
            if values_a is None:
                values_a, values_b = {v for v, _ in fa}, {v for v, _ in fb}
            if same_noun:
                if {v for v, n in fa if n == na} & {v for v, n in fb if n == nb} or _told_by(va, values_b) or \
                        _told_by(vb, values_a):
                    continue
            elif va in values_b or vb in values_a:
                continue
            yield va, na, vb, nb


def _told_by(value: float, others: set[float]) -> bool:
    """The other statement gives this figure too, whatever it counts there ('killed 41 people, up from 23' /
    'killed 23 people'; 'won 71 of the 140 seats' / 'won 71 seats'), or as the difference of two of its figures: a
    margin ('passed by 87 votes to 54' / 'passed by a margin of 33 votes')."""
    return value in others or any(abs(x - y - value) < 1e-9 for x in others for y in others if x > y)


def counted_clash(info: dict[str, Any], data: dict[str, Any], common: Callable[[str], bool]
                  ) -> tuple[tuple[str, str], str] | None:
    """(the two figures, what they count) when a clause of each statement counts one noun with figures at
    least `figure_min_ratio` apart, the clauses share enough other words, and neither statement also gives
    the other's figure for that noun ('250,000 claimed, 10,000 in fact' on both sides), for anything else or as a
    margin (`_told_by`); else None. The words
    next to the figures need not agree between the leads of two reports under one dateline ('TARN — Coast guards
    rescued 85 passengers from the burning ferry' / 'TARN — 140 passengers were taken off the burning ferry'):
    a report's first sentence tells the event it is about. A calendar day both statements name stands for the
    shared words ('15 districts will hold runoffs on 9 May' / '9 districts hold ballots on 9 May': one occasion,
    and the words next to the figures still agree on what happens to what is counted) when neither figure follows
    a definite determiner ('many of the 16 states holding contests': a part of a set named before). A share or a sum
    of money (`figure_lead_nouns`: percentages of many things fill a report) is compared only between two such leads
    whose figures' clauses name one thing alike ('TARN — Kell won 54 percent of the vote' / 'TARN — ... Kell took
    barely 37 percent')."""
    if info.get("on") and data.get("on") and not set(info["on"]) & set(data["on"]):
        return None  # counts of two occasions: 'on Sunday' in articles a week apart is two marches
    cfg = settings()
    ratio, need, in_leads = cfg["figure_min_ratio"], cfg["counted_min_shared"], set(cfg["figure_lead_nouns"])
    skip = set(cfg["figure_skip"]) - in_leads
    if set(info.get("on") or ()) & set(data.get("on") or ()):
        need = 0  # one day both name (a relative one as each article resolved it): one occasion, counted as a whole
    for va, noun, na, wa, *def_a in info.get("fc") or []:
        for vb, nb, nb_next, wb, *def_b in data.get("fc") or []:
            names_a, names_b = (set(d[1]) if len(d) > 1 else set() for d in (def_a, def_b))
            def_a, def_b = def_a[:1], def_b[:1]
            if nb != noun or noun in skip or max(va, vb) < ratio * max(min(va, vb), 1e-9):
                continue
            if need == 0 and any(def_a + def_b):
                continue  # by the day alone, only two counts of the whole: 'the two states' is a part
            if {v for v, n in info["f"] if n == noun} & {v for v, n in data["f"] if n == noun} or \
                    _told_by(va, {v for v, _ in data["f"]}) or _told_by(vb, {v for v, _ in info["f"]}):
                continue
            shared = sorted(w for w in (set(wa) & set(wb)) | (names_a & names_b) if not common(w))
            leads = info.get("lead") and info.get("lead") == data.get("lead")  # two leads under one dateline
            if noun in in_leads and not (leads and {w for w in names_a & names_b if not common(w)}):
                continue  # a share or a sum: only of what two leads name alike ('X won 54 percent' / 'X took 37 percent')
            agree = set(na) & set(nb_next) or (need == 0 and (set(na) & set(wb) or set(nb_next) & set(wa)))
            # (on one day, what one count does may be the other clause's noun: 'marched' / 'took part in the march')
            if len(shared) >= need and (agree or leads):
                return (f"{va:g} {noun}", f"{vb:g} {noun}"), " ".join([noun] + shared)
    return None
