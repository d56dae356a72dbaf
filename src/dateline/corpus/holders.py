"""Who a statement tells of when it says it by a pronoun: 'The Vell Brigades said on Monday that they had
nothing to do with the bombing' is the Brigades' denial of their own part in it, and contradicts only a report
that names them ('the minister blamed the Vell Brigades'), not one that another group 'carried it out'.

The group pronoun opening a statement as its subject ('they', 'it', 'we') is its holder: the holder actor the
claims extractor resolved when it is a group, organisation or state (a person's 'we' is a side another report
may name otherwise: her party, her government), or — when it left
the holder blank — the names of the reporting clause before the statement in its sentence ('KHAZUL — The Vell
Brigades said on Monday that ...'; a dateline is no name there). Possessives ('its members had not blocked the
port', 'his officers') tell of people the holder speaks for, whom another report may name otherwise ('dock
workers', 'police'), and 'he' / 'she' mostly of what the speaker saw or knows ('she had seen no advance'): no
subject is read from them.
"""
from __future__ import annotations

import re
from typing import Any

from .signature import _WORD, terms

_FIRST = frozenset(["we"])
_GROUP = frozenset(["it", "they"])
_LEAD = frozenset("that".split())  # 'that they had ...' (a reported claim's complementiser)
_DATELINE_DASH = re.compile(r"^.{0,60}?\s[—–]\s")


def _subject_pronoun(text: str) -> str | None:
    """The pronoun opening the statement as its subject or its subject's owner, lower case, else None."""
    words = [w.lower() for w in _WORD.findall(text)[:3]]
    while words and words[0] in _LEAD:
        words = words[1:]
    return words[0] if words and words[0] in _FIRST | _GROUP else None


def _reporting_names(rec: dict[str, Any], claim: dict[str, Any], sentences: list[tuple[int, int]]) -> list[str]:
    """The names of the clause reporting a statement, in its sentence before it, after a dateline: 'The Vell
    Brigades said on Monday that' -> vell, brigad (capitalised words, not the sentence's first, nor days)."""
    text = rec["article"].get("text") or ""
    start = claim.get("start")
    if start is None:
        return []
    head = next((a for a, b in sentences if a <= start < b), start)
    before = _DATELINE_DASH.sub("", text[head:start])
    toks = _WORD.findall(before)
    names = [t for i, t in enumerate(toks) if i > 0 and t[:1].isupper()]
    return sorted({w for t in names for w in terms(t)})


def statement_subject(rec: dict[str, Any], claim: dict[str, Any], sentences: list[tuple[int, int]]) -> list[str]:
    """The name words of whom a statement opening with a subject pronoun tells ([] when it opens otherwise or the
    pronoun cannot be read): its holder's name, or the reporting clause's names when the holder is blank."""
    if _subject_pronoun(claim.get("text") or "") is None:
        return []
    actor = next((a for a in rec.get("actors") or [] if a["id"] == claim.get("holder")), None)
    if actor is None:
        return _reporting_names(rec, claim, sentences) if claim.get("holder") is None else []
    return [] if actor.get("kind") == "person" else terms(actor.get("name") or "")


_NAMED = frozenset(("name", "speaker"))


def _titles(mention: str, name: str = "") -> set[str]:
    """The content words written right before a capitalised word of a named mention, up to a word of no content or
    a comma: 'Varna campaign manager Nia Kell' -> campaign, manager; 'the mother of Tom Ruud, who died in the Varna
    blast' -> none ('of' and 'the' stand right before the names). With the actor's `name`, a capitalised word that
    is no word of it is a title word too ('Senator Tom Vale' of Tom Vale -> senator), the walk starting at a word of
    the name."""
    toks, out = mention.split(" "), set()
    own = set(terms(name))
    for i, tok in enumerate(toks):
        if not tok[:1].isupper() or own and not own & set(terms(tok)):
            continue
        j = i - 1
        while j >= 0 and toks[j][-1:].isalnum() and (words := terms(toks[j])) and (
                toks[j][:1].islower() or own and not own & set(words)):
            out.update(words)
            j -= 1
    return out


def title_words(rec: dict[str, Any], claim: dict[str, Any]) -> frozenset[str]:
    """The titles the actors stage's named mentions inside a statement write before a name (session 37):
    'campaign manager Nia Kell' says who, as the name does, not what the statement is about, so it is no matter word
    shared with another statement naming the same person so (`_titles`)."""
    start, end = claim.get("start"), claim.get("end")
    if not isinstance(start, int) or not isinstance(end, int):
        return frozenset()
    return frozenset(w for a in rec.get("actors") or [] for m in a.get("mentions") or []
                     if m.get("kind") in _NAMED and isinstance(m.get("start"), int) and start <= m["start"] < end
                     for w in _titles(m.get("text") or "", a.get("name") or ""))
