"""When a reread sentence telling a corpus event's act negated denies it (`reread.Rereader._deny`, `linking.json`
`reread_denials`; the gates of session 22).

A negated act is a denial of another report only when it is told as fact and of the same occasion:
- negated by a negation or a verb of denial in its clause, not only by a verb that stops or refuses it ('decided to
  stop issuing the permits' is no denial that they were issued);
- no modal or future word in its clause before the act ('we will not back the levy' refuses, 'she could not
  be blamed' judges; 'Kell had not been detained' denies);
- no place named (after a locative, or right after the act's word) that the corpus event's other reports do not
  write, when they name a place themselves: a denial of the act at another place tells of another occasion ('its
  gunboats had not fired on Lemby' against 'gunboats fired on fishing boats near Skarn').
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Any, Iterable

_TOKEN = re.compile(r"[A-Za-z][A-Za-z'’\-]*|[.,;:!?\"“”()—–]")
_CLAUSE_BREAK = frozenset(",;:\"“”()—–.!?")
_PROPER = re.compile(r"(?<![\w’'])([A-Z][a-z][A-Za-z\-]+)")
# a place named after a locative ('near Skarn', 'in the port of Skarn')
_PLACE = re.compile(r"\b(?:in|near|at|outside|around|into)\s+(?:the\s+(?:town|village|city|port|district|province|"
                    r"region|area)\s+of\s+)?([A-Z][a-z][A-Za-z\-]+)")
_OBJECT = re.compile(r"\s+([A-Z][a-z][A-Za-z\-]+)")


@lru_cache(maxsize=1)
def _modal_words() -> frozenset[str]:
    from ..knowledge import PACKAGED
    mod = PACKAGED.read_json("plover_triggers.json")["modality"]
    return frozenset(w.lower() for w in mod["future_aux"] + mod["hypothetical_aux"]) | {"cannot", "won't", "can't"}


_NEGATORS = frozenset("not never no nobody none nothing neither nor without".split())


def told_negated(text: str, at: int) -> bool:
    """Whether the clause before character `at` negates the act by a negation or a verb of denial ('had not been
    detained', 'denied that police had detained'), not only by a verb that stops or refuses it ('decided to stop
    buying' stops an act, it does not deny one), nor by a negated verb whose prepositional object the act's word is
    (session 36: 'Kell has not replied to the requests', 'was not involved in the raid' tell the requests and the
    raid as given; 'no sign of a raid' still denies one)."""
    # past a 'that' the act is a clause of its own ('denied on Monday that police had detained'); past an auxiliary a
    # preposition is inside the act's subject ('no one in Varna was detained')
    verb_between = False
    for tok in reversed(_TOKEN.findall(text[:at])):
        low = tok.lower().replace("’", "'")
        if low in _CLAUSE_BREAK or low in _GOVERNING and not verb_between:
            return False
        if low in _NEGATORS or low.endswith("n't") or low.startswith(("deni", "deny")):
            return True
        verb_between = verb_between or low in _AUXILIARIES
    return False


_AUXILIARIES = frozenset("that whether was were is are be been being had has have did does do".split())
# prepositions that put the act's word under another verb; not 'of' ('no sign of', 'no record of' deny the act)
_GOVERNING = frozenset("to on in at about for with from into over after before during against toward towards "
                       "regarding concerning".split())


def told_as_fact(text: str, at: int) -> bool:
    """Whether the clause before character `at` of `text` holds no modal or future word."""
    modal = _modal_words()
    for tok in reversed(_TOKEN.findall(text[:at])):
        low = tok.lower().replace("’", "'")
        if low in _CLAUSE_BREAK:
            return True
        if low in modal or low.split("'")[0] in modal:
            return False
    return True


def _proper(text: str) -> set[str]:
    """The proper words of a text, lower case."""
    return {m.group(1).lower() for m in _PROPER.finditer(text or "")}


def _places(text: str, at: int | None = None) -> set[str]:
    """The proper words a text names as places: after a locative ('near Skarn', 'in the port of Skarn') and, with
    the act's character offset `at`, right after the act's word ('had raided Lemby')."""
    out = {m.group(1).lower() for m in _PLACE.finditer(text or "")}
    if at is not None and (word := re.match(r"[A-Za-z'’\-]+", text[at:])):
        if (obj := _OBJECT.match(text, at + word.end())) is not None:
            out.add(obj.group(1).lower())
    return out - _CALENDAR


_CALENDAR = frozenset("january february march april may june july august september october november december "
                      "monday tuesday wednesday thursday friday saturday sunday".split())


def told_as_denial(got: dict[str, Any], evidence: Iterable[str]) -> bool:
    """Whether the negated sentence `got` (a reread match: text, start, at) denies the act of the corpus event whose
    other reports' evidence sentences are `evidence`: told as fact, and naming no place those reports do not name
    when they name one."""
    text = got["text"]
    at = got.get("at", got["start"]) - got["start"]
    if " " in (got.get("trigger") or "") and (verb := text.lower().rfind(got["trigger"].split()[0], 0, at)) >= 0:
        at = verb  # a phrase's act is told by its verb: 'had not been taken into custody'
    if not told_as_fact(text, at) or not told_negated(text, at):
        return False
    evidence = list(evidence)
    if not any(_places(e) for e in evidence):
        return True
    named = set().union(*(_proper(e) for e in evidence))
    return not _places(text, at) - named
