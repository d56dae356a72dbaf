"""More ways campaign news tells who won where (issue 12, session 29), read for the contest reports only.

`contests.outcomes` reads the outcome verbs and nouns of WordNet's *win* / *lose* / *defeat*; the conflicts stage
compares what it reads. Results are told in more ways than that, and a report of a contest only needs its winner and
place, so `outcomes(..., wide=True)` (the contest reports' reading) also takes:
- what was won, counted: 'Kell won 40 delegates in Varna', 'won most of the delegates in Varna', 'won the most
  delegates', 'picked up 12 delegates in Varna' (`contest_spoils_nouns`, `contest_spoils_verbs`): a share of the
  contest's spoils, not the contest outright (a loser wins delegates too), with the count kept as the report's figure;
- WordNet's troponyms of *win* that are not those words' first sense (`contest_extra_verbs`: *sweep* "win an
  overwhelming victory in or on", *carry* "win in an election", *take* "obtain by winning"), only with a place or a
  contest as their object ('Kell swept Varna and Tarn', 'carried Varna', 'took the Varna primary'; not 'swept the
  floor', 'took questions');
- the passive of a win with its agent ('Varna was won by Kell', 'Varna and Tarn were swept by Kell');
- a win told as what the winner had ('Kell scored a big victory in Varna', 'notched a win in Varna':
  `contest_light_verbs`), and the plural noun after 'of' ('a string of wins by Kell in Varna');
- an adverb of manner that does not end in -ly between the verb and its contest ('won big in Varna', 'won outright');
- becoming an office's holder ('Kell became the party's presumptive nominee', 'won the delegates needed to become the
  nominee': `contest_office_holders`, session 35): the office won, as 'Kell clinched the nomination' tells it.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from . import contests as C
from .signature import settings

_NUMBER = re.compile(r"\d[\d,]*$")
_QUANTIFIERS = frozenset("most all many more majority bulk plurality share half enough the of a an his her their its".split())
_BARE_ADVERBS = frozenset(("big", "outright", "again", "handily", "comfortably"))
_SUPPOSING = frozenset(("suppose", "supposing", "assuming", "assume", "imagine", "until"))
_PARTICLES = frozenset(("out", "away", "off", "on", "up", "over", "back", "down", "apart", "aback", "part", "place"))
_NOUN_BEFORE = frozenset(("a", "an", "the", "his", "her", "its", "their", "our", "my", "your", "this"))


@lru_cache(maxsize=1)
def _words() -> dict[str, Any]:
    cfg = settings()
    return {"spoils": frozenset(cfg.get("contest_spoils_nouns") or ()),
            "spoil_verbs": frozenset(cfg.get("contest_spoils_verbs") or ()),
            "extra": frozenset(cfg.get("contest_extra_verbs") or ()),
            "light": frozenset(cfg.get("contest_light_verbs") or ()),
            "offices": frozenset(cfg.get("contest_offices") or ()),
            "elections": frozenset(cfg.get("contest_election_nouns") or ())}


@lru_cache(maxsize=8)  # five lemma sets are looked up (win, spoils, light verbs, both, become)
def _forms(lemmas: frozenset[str]) -> dict[str, str]:
    """{form: lemma} of every regular and irregular form of the lemmas ('swept' -> sweep, 'carried' -> carry)."""
    from .antonyms import _verb_forms as forms
    from .dated import verb_forms
    exceptions: dict[str, set[str]] = {}
    for form, lemma in verb_forms().items():
        exceptions.setdefault(lemma, set()).add(form)
    return {f: lemma for lemma in lemmas for f in forms(lemma, exceptions)}


def _lemma(low: str, lemmas: frozenset[str]) -> str | None:
    """The lemma of a verb form among `lemmas`, or None."""
    return _forms(lemmas).get(low)


def spoils_at(toks: list[str], j: int) -> tuple[int, int | None] | None:
    """(the index of the spoils noun, its count or None) when the words from token j are a counted or quantified
    share of a contest's spoils ('40 delegates', 'most of the delegates', 'all of Varna's 40 delegates')."""
    count, k = None, j
    while k < len(toks) and k < j + 6:
        low = toks[k].lower().replace("’", "'")
        if low.rstrip("s") in _words()["spoils"] or low in _words()["spoils"]:
            return k, count
        if _NUMBER.match(toks[k]):  # the first number: 'won 137 of the 138 seats'
            digits = toks[k].rstrip(",.").replace(",", "")
            count = (int(digits) if digits.isdigit() else None) if count is None else count
        elif not (low in _QUANTIFIERS or low.endswith("'s") or (toks[k][:1].isupper() and k > j)
                  or (low.isalpha() and low.endswith("ly"))):
            return None
        k += 1
    return None


def _office_at(toks: list[str], j: int) -> str | None:
    """The office noun a party's contest gives ('nomination') when the words from token j are its phrase: 'the
    nomination', "the party's presidential nomination", 'the Democratic nomination'; None otherwise."""
    dets = frozenset(settings()["antonym_determiners"])
    for k in range(j, min(j + 5, len(toks))):
        low = toks[k].lower().replace("’", "'")
        if low in _words()["offices"]:
            return low
        if not (low in dets or low.endswith("'s") or low.endswith("'") or toks[k].isalpha()) or low in C._BREAK or (
                low == "that"):  # 'claiming that the nomination is his'
            return None
    return None


def _office_for(toks: list[str], k: int) -> str | None:
    """The office the spoils just counted give: 'enough delegates (needed) to clinch the nomination', 'the delegates
    needed to become the party's nominee'."""
    k += k < len(toks) and toks[k].lower() in ("needed", "required", "necessary")
    if k + 1 < len(toks) and toks[k].lower() == "to" and (
            _lemma(toks[k + 1].lower(), _words()["spoil_verbs"] | _words()["extra"] | {"win"})):
        return _office_at(toks, k + 2)
    if k + 1 < len(toks) and toks[k].lower() == "to" and _lemma(toks[k + 1].lower(), frozenset(("become",))):
        return _holder_at(toks, k + 2)
    return None


def _holder_at(toks: list[str], j: int) -> str | None:
    """The office whose holder noun (`contest_office_holders`: 'nominee' for 'nomination') ends the noun phrase that
    starts at token j: 'the nominee', "the party's presumptive nominee", 'the Democratic nominee'; None otherwise
    ('the first woman to ...', 'a nominee's spouse')."""
    holders = settings().get("contest_office_holders") or {}
    for k in range(j, min(j + 6, len(toks))):
        low = toks[k].lower().replace("’", "'")
        if low in holders:
            after = toks[k + 1].lower().replace("’", "'") if k + 1 < len(toks) else "."
            return holders[low] if not after.startswith("'") else None
        if not toks[k].replace("’", "'").replace("'", "").isalpha() or low in C._BREAK or low in C._PREPOSITIONS:
            return None
    return None


def _became_holder(toks: list[str], runs: list, i: int) -> dict[str, Any] | None:
    """'Kell became the party's presumptive nominee', 'she became the nominee on Tuesday': the subject of *become*
    before an office's holder noun won the office (a plan, 'to become', is none)."""
    if i and toks[i - 1].lower() == "to":
        return None
    office = _holder_at(toks, i + 1)
    subj = C._subject(toks, runs, i) if office else None
    found = C._outcome(toks, runs, i, subj, None, True) if subj else None
    return dict(found, office=office) if found else None


def _clause_has_name(toks: list[str], runs: list, j: int) -> bool:
    """A place or an election is the verb's object: a name standing alone ('carried Varna', 'swept Varna and Tarn';
    not 'carrying Ruritanian personnel', "taking Kell's spot") or an election noun after a determiner and names
    ('took the Varna primary'; not 'taking the race seriously', 'taking a victory lap')."""
    dets = frozenset(settings()["antonym_determiners"])
    k = j
    while k < len(toks) and toks[k].lower() in dets:
        k += 1
    run = C._run_at(runs, k)
    if run is not None and k == j and not toks[run[1]].lower().replace("’", "'").endswith("'s"):
        after = toks[run[1] + 1] if run[1] + 1 < len(toks) else "."
        if not (after.isalpha() and after.islower()) or after.lower() in C._PREPOSITIONS | C._BREAK:
            return True
    while run is not None and not toks[run[1]].lower().replace("’", "'").endswith("'s"):
        k = run[1] + 1  # 'the Varna Green Party primary', 'the Varna and Tarn primaries'
        k += k + 1 < len(toks) and toks[k] in ("and", ",") and C._run_at(runs, k + 1) is not None
        run = C._run_at(runs, k)
    low = toks[k].lower() if k < len(toks) else ""
    return any(w in _words()["elections"] for w in (low, low.rstrip("s"), low[:-2] if low.endswith("es") else low))


def _passive_win(toks: list[str], runs: list, i: int) -> dict[str, Any] | None:
    """'Varna was won by Kell', 'Varna and Tarn were swept by Kell': the agent won, the subject is the contest."""
    by = C._after(toks, runs, i, "by")
    subj = C._subject(toks, runs, i)
    if by is None or subj is None:
        return None
    found = C._outcome(toks, runs, i, by, None, True)
    if found is not None:
        names = [w for r in _listed_before(toks, runs, subj) for w in C._words(toks, r)]
        found["n"] = sorted(set(found["n"]) | set(names))
    return found


def _listed_before(toks: list[str], runs: list, last: tuple[int, int, str]) -> list[tuple[int, int, str]]:
    """The run and the names listed before it ('Varna, Tarn and Osla were swept': three places)."""
    out = [last]
    while True:
        j = out[-1][0] - 1
        if j >= 0 and toks[j].lower() in ("and", "&", ","):
            j -= 1
        j -= j >= 0 and toks[j] == ","
        r = next((r for r in runs if r[1] == j), None) if j < out[-1][0] - 1 else None
        if r is None or r[2].startswith(C.PRONOUN):
            return out
        out.append(r)


def _light_verb_win(toks: list[str], runs: list, i: int) -> dict[str, Any] | None:
    """'Kell scored a big victory in Varna', 'celebrated sweeping victories': the subject of a verb of having or
    making before the win noun (a determiner and adjectives between)."""
    dets = frozenset(settings()["antonym_determiners"])
    after = toks[i + 1].lower() if i + 1 < len(toks) else "."
    if after.isalpha() and toks[i + 1].islower() and after not in C._PREPOSITIONS | C._BREAK:
        return None  # the noun describes another: 'victory speeches'
    j = i - 1
    while j > 0 and toks[j].islower() and toks[j].isalpha() and toks[j] not in dets and j > i - 3 and not (
            _lemma(toks[j], _words()["light"])):
        j -= 1  # adjectives: 'a big', 'sweeping'
    j -= j > 0 and toks[j] in dets
    if _lemma(toks[j].lower(), _words()["light"]) is None:
        return None
    subj = C._subject(toks, runs, j)
    return C._outcome(toks, runs, i, subj, C._after(toks, runs, i, "over"), True) if subj else None


def wide_read(toks: list[str], runs: list, i: int) -> dict[str, Any] | None:
    """The outcome token i tells in one of the module's wider forms, or None (`contests._read` is asked first)."""
    low = toks[i].lower().replace("’", "'")
    prev = toks[i - 1].lower() if i else ""
    if any(t.lower() in C._NO_ACT or t.lower().endswith("n't") for t in toks[max(0, i - 3):i]):
        return None
    if _lemma(low, frozenset(("become",))) and settings().get("contest_office_holders"):
        return _became_holder(toks, runs, i)
    role = C._noun_role(low)
    if role == "win" and prev == "of" and low.endswith("s"):  # 'a string of wins by Kell in Varna'
        return C._noun_outcome(toks, runs, i, role)
    if role == "win" and not low.endswith("ing") and (found := _light_verb_win(toks, runs, i)) is not None:
        return found
    if not toks[i].islower():
        return None
    won = _lemma(low, frozenset(("win",)) | _words()["extra"])
    spoil = _lemma(low, _words()["spoil_verbs"]) if won is None else None
    if won is None and spoil is None:
        return None
    after = toks[i + 1].lower() if i + 1 < len(toks) else ""
    if (after in _PARTICLES and not (spoil and after == "up")) or prev in _NOUN_BEFORE or prev.endswith(
            ("'s", "’s")) or (low.endswith("ing") and prev in ("of", "at")):
        return None  # 'carried out', "Kell's claim to the nomination", 'a chance of winning the nomination'
    if prev in C._BE:
        return _passive_win(toks, runs, i) if won else None
    j = i + 1 + (toks[i + 1].lower() == "up" if i + 1 < len(toks) else 0)  # 'picked up 12 delegates'
    while j < len(toks) and toks[j].lower() in _BARE_ADVERBS:
        j += 1
    if prev == "to":  # 'to win Varna': a plan
        return None
    subj = C._subject(toks, runs, i) or (C._doer_of_participle(toks, runs, i) if low.endswith("ing") and not any(
        r[1] == i - 1 for r in runs) else None)  # 'results in Kell claiming the nomination': no doer of the sentence
    if subj is None or any(t.lower() in _SUPPOSING for t in toks[:i]):
        return None
    if (got := spoils_at(toks, j)) is not None:
        found = C._outcome(toks, runs, i, subj, None, False)
        if found is None:
            return None
        inside = [w for r in runs if j <= r[0] < got[0] and r is not subj for w in C._words(toks, r)]
        found = dict(found, n=sorted(set(found["n"]) | set(inside)), count=got[1])  # "all of Varna's delegates"
        office = _office_for(toks, got[0] + 1)
        return dict(found, office=office, all=True) if office else found
    if (office := _office_at(toks, j)) is not None and (won or spoil):  # 'clinched the Democratic nomination'
        found = C._outcome(toks, runs, i, subj, None, True)
        return dict(found, office=office) if found else None
    if won is None:
        return None
    if won == "win" and j > i + 1 and C._contest_object(toks, runs, j - 1):  # 'won big in Varna'
        return C._outcome(toks, runs, i, subj, C._after(toks, runs, i, "over"), True)
    if won != "win" and _clause_has_name(toks, runs, j):  # 'swept Varna', 'carried the Varna primary'
        return C._outcome(toks, runs, i, subj, None, True)
    return None
