"""Days read in context: which occasion a statement's day dates, across articles.

A day a statement names is read as its article resolved it — 'on Wednesday' in a report published on Friday
5 July is 3 July, 'last Wednesday' in one of Monday 8 July is 3 July too (the times extractor anchors relative
days on each article's own date) — and it dates the predicate it modifies: the nearest verb before it in its
clause ('the leaders met in Yelmstad | on 4 July'; 'at their meeting in Yelmstad | last Wednesday'), else the
first after it ('the parliament on Monday | approved the deal'). Two statements of other articles give two days
for one occasion when their days date the same predicate (one verb, its inflections and irregular forms,
'met' = 'meeting'; or related verbs, `related.related`), they share a name or a word beyond it, and the days
differ. A weekday both sides name alike ('on Saturday' / 'on Saturday') is each report's own Saturday: two
occasions a week apart (the weekly march), never a dispute about one.

Irregular verb forms come from WordNet 3.0's verb.exc (licence in corpus/data/WORDNET_LICENSE.txt), built into
corpus/data/verb_forms.json by `python -m dateline.corpus.dated /usr/share/wordnet`.
"""
from __future__ import annotations

import json
import re
import sys
from datetime import date
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any, Callable

from . import contests, nominal, related
from .counted import _CLAUSE
from .signature import _WORD, day_number, settings, stem
from .synonyms import canon

_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
WEEKEND = "weekend"  # a weekend the times stage resolved ('2025-W25-WE'): Saturday and Sunday, either day
_WEEKEND_VALUE = re.compile(r"^(\d{4})-W(\d\d)-WE$")
# a day after these bounds an act, it does not date it: 'should be restored by Saturday', 'held until Monday'
_BOUND = re.compile(r"\b(?:by|until|till|before|after|since)\s+(?:the\s+)?$", re.I)
_POSSESSIVE = re.compile(r"^\s*['’]s\b|['’]s\s*$")  # 'Sunday's vote', 'last weekend's derailment'
_SCAN = 8  # content tokens looked at on each side of a day for the verb it dates


@lru_cache(maxsize=1)
def verb_forms() -> dict[str, str]:
    """{irregular verb form: its lemma} ('met': 'meet', 'struck': 'strike')."""
    raw = resources.files("dateline.corpus").joinpath("data/verb_forms.json").read_text("utf-8")
    return json.loads(raw)["forms"]


def verb_key(word: str) -> str | None:
    """The corpus key of a word used as a verb ('met' -> the key of 'meet', 'meeting' -> the same), or None when
    the word is no verb form: an irregular form, a word ending in -ed, or one whose dominant sense is a verb."""
    low = word.lower().replace("’", "'")
    lemma = verb_forms().get(low)
    key = canon(stem(lemma or low))
    if lemma or (low.endswith("ed") and len(low) > 4 and low not in settings()["multipliers"]) or related.is_verb(key):
        return key
    return None


@lru_cache(maxsize=1)
def _stop() -> frozenset[str]:
    from .signature import _stop as matter_stop
    return matter_stop() | frozenset(settings()["month_names"]) | frozenset(_WEEKDAYS)


@lru_cache(maxsize=1)
def _speech() -> frozenset[str]:
    """Verbs whose day is not the occasion's: saying, knowing and denying it ('a spokeswoman said on Monday')."""
    from ..knowledge.claims import load
    lex = load()
    return frozenset(canon(stem(w)) for w in lex.speech | lex.cognition | lex.deny)


def _not_dated() -> frozenset[str]:
    return _speech() | _stop()


_PLAN = frozenset("would will could might may should shall can expected due plans planned intends if unless "
                  "whether".split())  # a clause holding these tells of a plan or a condition, not an act done
_NOT = frozenset("not never no".split())
_PLACE_PREPOSITIONS = frozenset("in near at outside off between from to into".split())
_NO_ACT = _PLAN | _NOT | {"to"}
_RELATIVE = frozenset(["that"])  # a determiner that also opens a relative clause  # a verb right after these is no act done that day
# where the clause of a day's verb starts, for its mood: 'X will create a body after the leaders met | on 4 July'
_SUBORDINATE = re.compile(r"\b(?:after|before|when|since|because|as|that|which|who|where|until)\b", re.I)


def _clause_tokens(before: str, after: str) -> list[tuple[str, str, bool, bool, bool]]:
    """The content tokens of a day's clause in text order, (token, side 'l' or 'r' of the day, is it a name, can
    it be a verb, is it a name after a preposition of place — 'near Rell'): names are capitalised words not
    opening the text; a word after a determiner is a noun unless
    it names an act by its -ing form ('at their meeting', not 'signed the accord'), and so is one of the two
    after it unless a past form ('a second convoy', but 'their leaders met'); a verb after a modal or 'to' is no
    act of that day ('was expected to leave on Wednesday')."""
    dets = frozenset(settings()["antonym_determiners"])
    out = []
    for part, side in ((_left_clause(before), "l"), (_CLAUSE.split(after)[0], "r")):
        toks = _WORD.findall(part)
        for i, tok in enumerate(toks):
            low = tok.lower()
            if tok[0].isdigit() or (low in _stop() and verb_key(low) not in _speech()):
                continue  # ('said' stays: a day after it dates the saying)
            name = bool(tok[0].isupper() and (i > 0 or side == "r"))
            past = low in verb_forms() or (low.endswith("ed") and len(low) > 4)
            if i > 0 and toks[i - 1].lower() in dets:  # 'that' before a past form is a relative: 'the quake that struck'
                noun = not low.endswith("ing") and not (past and toks[i - 1].lower() in _RELATIVE)
            else:
                noun = i > 1 and toks[i - 2].lower() in dets and not past  # 'a second convoy'
            modal = any(t.lower() in _NO_ACT for t in toks[max(0, i - 3):i])
            placed = name and i > 0 and toks[i - 1].lower() in _PLACE_PREPOSITIONS
            out.append((tok, side, name, not (name or noun or modal), placed))
    return out


def _left_clause(before: str) -> str:
    """The clause before a day; a predicate joined by 'and' to one before it shares its subject and is read with
    it ('the coastguard boarded and seized a tanker | on Friday': boarded and seized that day, by the coastguard)."""
    cuts = list(_CLAUSE.finditer(before))
    if not cuts:
        return before
    part = before[cuts[-1].end():]
    first = _WORD.findall(part)[:1]
    if cuts[-1].group().lower() != "and" or not first or not _past_form(first[0]):
        return part
    return before[cuts[-2].end() if len(cuts) > 1 else 0:cuts[-1].start()] + " " + part


def _past_form(word: str) -> bool:
    low = word.lower()
    return low in verb_forms() or (low.endswith("ed") and len(low) > 4)


def _occasion(before: str, after: str, possessive: bool = False) -> tuple[bool, list[list[Any]]] | None:
    """(whether the clause tells of a plan, the day's clause as [key, kind] in text order: kind 1 for the verbs
    it dates, 2 for names, 3 for names of a place — after a preposition of place —, 0 for other words). The verbs it dates are those of its clause before it (among the
    `_SCAN` nearest content tokens), else the first after it ('the parliament on Monday | approved the deal');
    None when it dates no verb, its saying, or an act the clause negates ('had not been arrested on Monday'). A day
    in the possessive dates the act the noun after it names too ('in last weekend's derailment': derailed)."""
    words = [w.lower() for w in _WORD.findall(_SUBORDINATE.split(_CLAUSE.split(before)[-1])[-1])]
    if any(w in _NOT or w.endswith("n't") for w in words):
        return None
    toks = _clause_tokens(before, after)
    left = [i for i, t in enumerate(toks) if t[1] == "l"][-_SCAN:]
    right = [i for i, t in enumerate(toks) if t[1] == "r"][:_SCAN]

    def verb(i: int) -> str | None:
        return verb_key(toks[i][0]) if toks[i][3] else None

    owned = _possessed_act(toks, right) if possessive else None
    if (role := _role_given(before, toks, left)) is not None:
        owned = role  # 'became the Green nominee on Friday': the day dates the role, whatever the verb
    nearest = next((i for i in reversed(left) if verb(i) is not None), None)
    if nearest is None:
        nearest = next((i for i in right if verb(i) is not None), None)
    if left and _quoted_saying(toks[left[-1]][0], after):
        dated = {left[-1]: SAYING}  # 'his remark on Monday that "X"': the day of that remark
    elif nearest is None or verb(nearest) in _not_dated():
        if owned is None:
            return None  # the day dates its saying or denying ('the ministry said on Tuesday that ...')
        dated = {}
    else:
        dated = {i: k for i in (left if nearest in left else [nearest]) if (k := verb(i)) and k not in _not_dated()}
    if owned is not None:
        dated[owned[0]] = owned[1]
    out = []
    for i, (tok, _side, name, _verbal, placed) in enumerate(toks):
        low = tok.lower().replace("’", "'").split("'")[0].strip("-")
        if i in dated:
            out.append([dated[i], 1])
        elif len(low) > 2:
            out.append([stem(low), 3 if placed else 2] if name else [canon(stem(low)), 0])
    return any(w in _PLAN for w in words), out


def _possessed_act(toks: list[tuple[str, str, bool, bool]], right: list[int]) -> tuple[int, str] | None:
    """(index, verb key) of the noun right after a possessive day when it names an act: a verb's own form ('Sunday's
    vote') or a noun of an act derived from a verb ('derailment', `nominal.act_verb`)."""
    if not right or toks[right[0]][2]:
        return None
    word = toks[right[0]][0]
    lemma = nominal.act_verb(word)
    key = canon(stem(lemma)) if lemma else verb_key(word)
    return None if key is None or key in _not_dated() else (right[0], key)


ROLE = "role:"  # a role someone was given that day ('became the nominee' = 'was named the nominee'), by its noun


def _role_given(before: str, toks: list[tuple[str, str, bool, bool, bool]], left: list[int]) -> tuple[int, str] | None:
    """(index, key) of the role noun when the day's clause gives someone a role by a copula of becoming or a naming
    passive (`linking.json` `role_verbs`: 'Kell became the Green nominee on Friday', 'Kell was named the party's
    nominee on Thursday'): the first word after the verb that is no name (session 32)."""
    m = _role_pattern().search(before)
    if m is None:
        return None
    rest = [w for w in _WORD.findall(before[m.end():]) if w[:1].islower() and w.lower() not in _stop()]
    if not rest:
        return None
    found = next((i for i in left if toks[i][0] == rest[0] and not toks[i][2]), None)
    return None if found is None else (found, ROLE + canon(stem(rest[0].lower())))


@lru_cache(maxsize=1)
def _role_pattern() -> re.Pattern[str]:
    verbs = "|".join(map(re.escape, settings()["role_verbs"]))
    return re.compile(rf"\b(?:becomes?|became|becoming|(?:is|are|was|were|been|be)\s+(?:{verbs}))\s+(?:as\s+)?"
                      r"(?![^.;:!?]*[.;:!?])", re.I)


SAYING = "say:"  # the act of a quoted remark a day dates, whatever the noun ('comment' / 'statement')
_QUOTED = re.compile(r"^\s*(?:that\s+|:\s*|,\s*)?(?:[\"“‘]|'')")


def _quoted_saying(word: str, after: str) -> bool:
    """The day follows a noun of saying and the quotation comes after it: 'his comment Monday that "X hates Y"',
    'her statement on Wednesday: "..."' — the day of one remark, which its words identify."""
    return word.lower() in settings()["saying_nouns"] and bool(_QUOTED.match(after))


_LAST: dict[str, tuple[Any, list]] = {}  # the last record's times to the day (its statements are read in a row)


def _day_times(rec: dict[str, Any]) -> list[tuple[dict[str, Any], int, bool]]:
    """The record's times given to the day or as a weekend, with their day numbers (a weekend's Saturday) and
    whether a weekend (kept for the record read last: by identity, so another record never reads them)."""
    hit = _LAST.get("rec")
    if hit is None or hit[0] is not rec:
        hit = (rec, [(t, *found) for t in rec.get("times") or [] if (found := _time_day(t))])
        _LAST["rec"] = hit
    return hit[1]


def _time_day(t: dict[str, Any]) -> tuple[int, bool] | None:
    if t.get("precision") in ("day", "time") and (d := day_number(t.get("value"))):
        return d, False
    m = _WEEKEND_VALUE.match(t.get("value") or "") if t.get("precision") == "week" else None
    if m is None:
        return None
    try:
        return date.fromisocalendar(int(m.group(1)), int(m.group(2)), 6).toordinal(), True
    except ValueError:
        return None


def dated_things(rec: dict[str, Any], claim: dict[str, Any]) -> list[list[Any]]:
    """[day, the weekday word when the day is written as one (`WEEKEND` for a weekend, the day its Saturday), its
    clause, whether it tells of a plan (`_occasion`), the contest outcome it dates or None (`contests.dated`)] for
    each day (to the day, or a weekend) the statement names and that dates a verb, relative days as its article
    resolved them."""
    if claim.get("start") is None or claim.get("end") is None:
        return []
    text = rec["article"].get("text") or ""
    out, won = [], None
    for t, day, weekend in _day_times(rec):
        if not (claim["start"] <= t["start"] and t["end"] <= claim["end"]):
            continue
        before, after = text[claim["start"]:t["start"]], text[t["end"]:claim["end"]]
        if _BOUND.search(before):
            continue
        found = _occasion(before, after, bool(_POSSESSIVE.search(t.get("text") or "") or _POSSESSIVE.match(after)))
        if found is None:
            continue
        low = (t.get("text") or "").lower()
        weekday = next((w for w in _WEEKDAYS if w in low), None) if not any(ch.isdigit() for ch in low) else None
        weekday = WEEKEND if weekend else weekday
        said = text[claim["start"]:claim["end"]]
        won = contests.outcomes(said) if won is None else won
        out.append([day, weekday, found[1], found[0], contests.dated(won, said, len(before), t["end"] - claim["start"])])
    return out


def _one_act(mine: list[list[Any]], theirs: list[list[Any]], common: Callable[[str], bool]) -> list[str] | None:
    """[the verb, the shared words] when the two clauses date one act: the same (or a related) verb, and
    `dated_min_shared` words of both clauses that are no names, or names after the verb on each side — its
    object, its place — or names of one place on each side wherever they stand ('the train that left the rails
    near Orlo in last weekend's derailment' / 'a train derailed on Sunday near Orlo'), not common to many
    statements (one is a repeated act's: 'released online', 'voted early') ('signed the gas pipeline accord on
    April 11' / 'signed an agreement on Tuesday to build a gas pipeline'; 'met in Yelmstad on 4 July' / 'at their
    meeting in Yelmstad last Wednesday'; but
    'Front fighters attacked a convoy near Rell on Saturday' / 'Front fighters attacked an army post near Dorsk
    on Monday' share only the doer's name: two acts)."""
    for p, (va, da) in enumerate(mine):
        for q, (vb, db) in enumerate(theirs):
            if da != 1 or db != 1 or not (va == vb or related.related(va, vb)):
                continue
            names = [{k for k, d in mine[p + 1:] if d >= 2}, {k for k, d in theirs[q + 1:] if d >= 2}]
            if names[0] and names[1] and not names[0] & names[1]:
                continue  # other places or things named after the act ('... in Dorsk' / '... in Velm')
            places = {k for k, d in mine if d == 3} & {k for k, d in theirs if d == 3}
            words = ({k for k, d in mine if d < 2} & {k for k, d in theirs if d < 2}) | (names[0] & names[1]) | places
            shared = sorted(w for w in words - {va, vb} if not common(w))
            if len(shared) >= settings()["dated_min_shared"]:
                return [va] + shared
    return None


def clash(info: dict[str, Any], data: dict[str, Any], common: Callable[[str], bool]
          ) -> tuple[tuple[str, str], str] | None:
    """(the two days, the verb and the shared words) when two statements date one act (`_one_act`, or one contest's
    outcome told by 'win', 'defeat' or 'lose', `contests.one_act`) on different days — not one weekday word on both
    sides (each report's own Saturday: two occasions a week
    apart), and neither side also giving the other's day (a weekend is either of its days: 'on Sunday night' is no
    other day than 'that weekend')."""
    mine, theirs = info.get("dt") or [], data.get("dt") or []
    days_a, days_b = (set().union(*(_covered(d[0], d[1]) for d in side)) for side in (mine, theirs))
    for da, wa, ca, plan_a, *won_a in mine:
        for db, wb, cb, plan_b, *won_b in theirs:
            if _covered(da, wa) & days_b or _covered(db, wb) & days_a or (wa and wa == wb) or plan_a != plan_b:
                continue  # (a plan's day and an act's: 'is expected to leave on Wednesday' / 'left on Monday')
            act = _one_act(ca, cb, common)
            if act is None and won_a and won_a[0] and won_b and won_b[0]:  # one contest's outcome in other words
                act = contests.one_act(won_a[0], won_b[0])
            if act is not None:
                return (_shown(da, wa), _shown(db, wb)), " ".join(act)
    return None


def _covered(day: int, word: str | None) -> set[int]:
    """The days a dated thing may fall on: a weekend's two, else its one."""
    return {day, day + 1} if word == WEEKEND else {day}


def _shown(day: int, word: str | None) -> str:
    return "/".join(date.fromordinal(d).isoformat() for d in sorted(_covered(day, word)))


def build(wordnet_dir: str) -> dict[str, str]:
    """{form: lemma} from WordNet's verb.exc: single words only, the first lemma of a form."""
    forms: dict[str, str] = {}
    for line in (Path(wordnet_dir) / "verb.exc").read_text(encoding="latin-1").splitlines():
        form, *lemmas = line.split()
        if lemmas and "_" not in form and re.fullmatch(r"[a-z]+", form) and form not in forms:
            forms[form] = lemmas[0]
    return forms


def main(argv: list[str]) -> None:
    from .synonyms import wordnet_main
    wordnet_main(argv, "dateline.corpus.dated", "verb_forms.json",
                 "Irregular English verb forms and their lemmas, from WordNet 3.0's verb.exc", "forms", build)


if __name__ == "__main__":
    main(sys.argv[1:])
