"""Denials that name what they deny only by a pronoun or a general noun: 'The campaign denied it happened',
'the ministry dismissed the report', '"It did not happen," the president said'. What they deny is told in the
sentence before them in their article ('Witnesses said the manager grabbed a reporter by the arm.'), so each is
filed as a negative statement of that sentence's words, held by the denier, with that sentence's first verb of
an act (not of saying or knowing) as its denied predicate: it then contradicts another article's account of the
act as a denial naming the act would. Its figures and days are the account's, not the denier's: not compared.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from .dated import _speech, verb_forms, verb_key
from .negation import _deny_stems
from .signature import settings, stem, terms

_TOKEN = re.compile(r"[A-Za-z][A-Za-z'’\-]*|\d[\d,.]*|[^\w\s]")
_POINTING = frozenset(["the", "this", "that", "these", "those"])
_PRONOUNS = frozenset(["it", "this"])
_AUX = frozenset("had has have was were is are would will did does could should might must can may".split())
_HAPPEN = frozenset("happened happen occurred occur".split())
_TRUE = frozenset("true accurate".split())
_NEVER_HAPPENED = re.compile(r"^\W*(?:it|this|that)\s+(?:did\s+not|didn[’']t|never)\s+(?:happen|occur)(?:ed)?\W*$", re.I)
_OWN_CONTENT = frozenset("about of that on which claiming alleging saying".split())  # 'the story about X' names X


@lru_cache(maxsize=1)
def _may_deny() -> re.Pattern[str]:
    """A quick test for a word of denial: each denial stem's first five letters ('deny' -> 'den[iy]')."""
    heads = sorted({re.escape(w[:5]) if len(w) > 4 else re.escape(w[:-1]) + "[iy]" if w.endswith("y") else re.escape(w)
                    for w in _deny_stems()})
    return re.compile(r"\b(?:" + "|".join(heads) + ")", re.I)


def _pronoun_object(toks: list[str], j: int) -> bool:
    """'it' at `j` is what is denied, not a clause's subject: 'denied it', 'denied it happened', 'denied that it
    was true' — not 'denied that it had shelled the village', whose clause names the act."""
    nxt = toks[j + 1] if j + 1 < len(toks) else "."
    if nxt in _HAPPEN:
        return True
    if nxt in _AUX:
        return j + 2 < len(toks) and toks[j + 2] in _TRUE
    if toks[j] == "this":  # 'reject this bill': a determiner
        return not nxt[0].isalpha()
    return not nxt[0].isalpha() or verb_key(nxt) is None


def denies_unnamed(sentence: str) -> bool:
    """The sentence denies something it names only as 'it' or 'the report' (`linking.json` anaphor_nouns)."""
    if _NEVER_HAPPENED.match(sentence):
        return True
    if not _may_deny().search(sentence):  # most sentences: no word of denial at all
        return False
    toks = [t.lower().replace("’", "'") for t in _TOKEN.findall(sentence)]
    nouns = frozenset(settings()["anaphor_nouns"])
    for i, tok in enumerate(toks):
        if not tok[0].isalpha() or stem(tok) not in _deny_stems():
            continue
        j = i + 2 if toks[i + 1:i + 2] == ["that"] else i + 1
        if j >= len(toks):
            continue
        if toks[j] in _POINTING and toks[j + 1:j + 2] and toks[j + 1] in nouns and toks[j + 2:j + 3] != ["'"]:
            if not (toks[j + 2:j + 3] and toks[j + 2] in _OWN_CONTENT):  # not 'denied the report that X ...'
                return True
        if toks[j] in _PRONOUNS and _pronoun_object(toks, j):
            return True
    return False


def denied_predicate(text: str) -> str | None:
    """The corpus key of the first verb of an act in the account ('Witnesses say the manager grabbed her arm'
    -> grab): not a verb of saying, knowing or denying, not a name; a past form first (an account tells an act
    done: 'witnesses' is a verb's form too), else any verb."""
    speech = _speech()
    words = [tok for k, tok in enumerate(_TOKEN.findall(text)) if tok[0].isalpha() and (k == 0 or not tok[0].isupper())
             and tok.lower() not in _AUX]
    keys = [(tok.lower(), verb_key(tok)) for tok in words]
    keys = [(low, key) for low, key in keys if key is not None and key not in speech]
    past = [key for low, key in keys if low.endswith("ed") or low in verb_forms()]
    return (past or [key for _low, key in keys] or [None])[0]


def resolved_denials(rec: dict[str, Any], sentences: list[tuple[int, int]]) -> list[dict[str, Any]]:
    """{id 'a:START', text, start, end, holder, predicate} for each denial of an unnamed act: the sentence before
    it (with at least `anaphor_min_words` content words) as the account it denies, its holder the denier."""
    text = rec["article"].get("text") or ""
    out = []
    for n, (start, end) in enumerate(sentences):
        if n == 0 or not denies_unnamed(text[start:end]):
            continue
        prev = next(((a, b) for a, b in reversed(sentences[:n])
                     if len(terms(text[a:b])) >= settings()["anaphor_min_words"]), None)
        if prev is None or denies_unnamed(text[prev[0]:prev[1]]):
            continue
        account = text[prev[0]:prev[1]]
        predicate = denied_predicate(account)
        if predicate is not None:
            out.append({"id": f"a:{prev[0]}", "text": account, "start": prev[0], "end": prev[1],
                        "holder": _denier(rec, start, end), "predicate": predicate})
    return out


def _denier(rec: dict[str, Any], start: int, end: int) -> str | None:
    """The actor denying: the source of a REJECT event told in the sentence, else the speaker of a quote in it."""
    for ev in rec.get("events") or []:
        e = ev.get("evidence") or {}
        if ev.get("type") == "REJECT" and e.get("start") is not None and start <= e["start"] < end and ev.get("source"):
            return ev["source"][0]
    return next((q.get("speaker") for q in rec.get("quotes") or []
                 if q.get("start") is not None and q["start"] < end and start < q["end"] and q.get("speaker")), None)


def as_denial(info: dict[str, Any], predicate: str) -> dict[str, Any]:
    """The account's words read as their denial: negated, by a denial, the predicate first in its scope; no
    figures, days or names of its own to compare (they are the account's)."""
    scope = [predicate] + [w for w in info["p"] if w != predicate]
    return dict(info, account=True, neg=True, deny=True, scope=scope, sn=[], who=[], f=[], fc=[], d=[], on=[], dt=[], pre=[],
                own=[], lead=None, pred=[])
