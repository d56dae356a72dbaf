"""Claims: attributed statements of fact, linked where they contradict each other.

Every quote that states something (not a question, a command or a request)
becomes a claim held by the quote's speaker; news organisations cited as
sources ("Reuters reported … on progress in negotiations") hold claims like
anyone else. Two claims in one article conflict when different holders say
opposite things about the same matter: opposite polarity (one negated or
denied) and at least two content words in common, one of them a noun.
"""
from __future__ import annotations

import re
from bisect import bisect_left

from ..record import Claim, Quote

_NEGATORS = {"not", "n't", "no", "never", "nothing", "none", "neither", "nor", "nobody", "without"}
_DENY_CUES = {"deny", "denied", "denies", "denying", "reject", "rejected", "rejects", "dispute", "disputed",
              "refute", "refuted", "dismiss", "dismissed"}
_REQUEST_CUES = {"urge", "urged", "urges", "ask", "asked", "asks", "call", "called", "calls", "calling",
                 "demand", "demanded", "demands", "instruct", "instructed", "advise", "advised"}
_CONTENT_POS = {"NOUN", "PROPN", "VERB", "ADJ", "NUM"}
# predicates that say opposite things about the same matter
_OPPOSITES = [
    ({"continue", "resume", "proceed", "operate"}, {"disrupt", "halt", "stop", "suspend", "interrupt", "cease"}),
    ({"progress", "advance", "breakthrough"}, {"stall", "deadlock", "impasse", "collapse"}),
    ({"win", "victory"}, {"lose", "loss"}),
    ({"increase", "rise", "grow"}, {"decrease", "fall", "drop", "decline", "shrink"}),
    ({"accept", "approve"}, {"reject", "refuse", "veto"}),
    ({"confirm", "admit"}, {"deny"}),
    ({"guilty"}, {"innocent"}),
    ({"alive"}, {"dead", "kill"}),
    ({"open"}, {"close", "shut"}),
    ({"safe", "secure"}, {"unsafe", "danger"}),
]
_LIGHT = {"be", "have", "do", "say", "make", "get", "go", "take", "will", "would", "can", "could", "may",
          "might", "should", "must", "also", "other", "more", "such"}


def _tokens(doc, starts: list[int], start: int, end: int):
    lo, hi = bisect_left(starts, start), bisect_left(starts, end)
    return doc[lo:hi]


def _is_statement(q: Quote, text: str, toks) -> bool:
    """A claim states something: not a question, a command, a request or a fragment."""
    words = [t for t in toks if not t.is_punct and not t.is_space]
    if len(words) < 3 or text.rstrip("”’\"' ").endswith("?"):
        return False
    if (q.cue or "").lower() in _REQUEST_CUES:
        return False
    first = words[0]
    if first.tag_ == "VB" and not any(c.dep_ in ("nsubj", "nsubjpass") for c in first.children):
        # "Release all of the hostages now"
        return False
    return True


def _cue_negated(doc, starts: list[int], q: Quote) -> bool:
    """Is the quote's reporting verb itself negated ('did not find that …')?"""
    if not q.cue:
        return False
    for t in _tokens(doc, starts, max(0, q.start - 80), q.end + 80):
        if t.text == q.cue and not (q.start <= t.idx < q.end):
            return any(c.dep_ == "neg" for c in t.children)
    return False


def _polarity(q: Quote, toks, cue_negated: bool) -> str:
    negated = cue_negated or (q.cue or "").lower() in _DENY_CUES or \
        any(t.lower_ in _NEGATORS or t.dep_ == "neg" for t in toks)
    return "negative" if negated else "positive"


def _opposed(la: set[str], lb: set[str]) -> bool:
    return any((la & x and lb & y) or (la & y and lb & x) for x, y in _OPPOSITES)


def _topic(toks, holder_words: set[str]) -> tuple[set[str], set[str]]:
    """Content lemmas of a claim, and the common words among them (names and holder left out)."""
    lemmas, common = set(), set()
    for t in toks:
        if t.pos_ not in _CONTENT_POS or t.is_stop:
            continue
        lemma = t.lemma_.lower()
        if lemma in _LIGHT or lemma in holder_words or len(lemma) < 2:
            continue
        lemmas.add(lemma)
        if t.pos_ in ("NOUN", "VERB", "ADJ") and not t.ent_type_:
            common.add(lemma)
    return lemmas, common


_ELLIPSIS = re.compile(r"\s*(?:\[\s*(?:\.\s*){3}\]|\[…\]|…|\.\.\.)\s*")


def _pieces(text: str, start: int, end: int, sent_starts: list[int]) -> list[tuple[int, int]]:
    """A quote's statements: its sentences, also cut at elided text ('[...]')."""
    cuts = [c for c in sent_starts if start < c < end]
    bounds, pos = [], start
    for c in cuts + [end]:
        bounds.append((pos, c))
        pos = c
    out = []
    for s, e in bounds:
        for m in _ELLIPSIS.finditer(text, s, e):
            if m.start() > s:
                out.append((s, m.start()))
            s = m.end()
        if e > s:
            out.append((s, e))
    trimmed = []
    for s, e in out:
        while s < e and text[s].isspace():
            s += 1
        while e > s and (text[e - 1].isspace() or text[e - 1] in ",;"):
            e -= 1
        if e > s:
            trimmed.append((s, e))
    return trimmed


def extract_claims(doc, ctx) -> list[Claim]:
    """Statements of fact with their holders, and conflicts between them."""
    text = ctx.article.text
    starts = [t.idx for t in doc]
    sent_starts = [sent.start_char for sent in doc.sents] if doc.has_annotation("SENT_START") else []
    names = {a.id: a.name.lower() for a in ctx.actors}
    claims: list[Claim] = []
    topics: list[tuple[set[str], set[str], list[str]]] = []
    for q in ctx.quotes:
        if q.speaker is None and not q.speaker_text:
            continue
        # one holder under several names ("Lindsey Graham", "Graham"): compare surnames
        holder_key = (names.get(q.speaker) or (q.speaker_text or "").lower()).split()[-1:] or [""]
        holder_words = {w.lower() for w in (q.speaker_text or "").split()}
        cue_negated = _cue_negated(doc, starts, q)
        for ps, pe in _pieces(text, q.start, q.end, sent_starts):
            toks = _tokens(doc, starts, ps, pe)
            if not _is_statement(q, text[ps:pe], toks):
                continue
            lemmas, common = _topic(toks, holder_words)
            claims.append(Claim(id=f"c{len(claims) + 1}", text=text[ps:pe], holder=q.speaker, quote=q.id,
                                start=ps, end=pe, polarity=_polarity(q, toks, cue_negated)))
            topics.append((lemmas, common, holder_key))
    for i, a in enumerate(claims):
        for j in range(i + 1, len(claims)):
            b = claims[j]
            la, na, ha = topics[i]
            lb, nb, hb = topics[j]
            if ha == hb or not na & nb:
                continue  # same holder, or nothing in common but names
            shared = la & lb
            small = min(len(la), len(lb)) or 1
            opposite = a.polarity != b.polarity and (
                (len(shared) >= 2 and len(shared) / small >= 0.25) or max(len(la), len(lb)) <= 6)
            if opposite or _opposed(la - lb, lb - la):
                a.conflicts_with.append(b.id)
                b.conflicts_with.append(a.id)
    return claims
