"""Statements the article makes in its own voice, filed as claims without a holder (issue 12, session 32).

Across articles a dispute often has a narrated side: one outlet writes "Kell will not meet Osei during the trip",
another "Kell met Osei on Saturday"; one "Kell became the Green nominee on Friday", another the same on Thursday.
Claims were read from quotations (and denials outside them), so such sentences were filed for their digits and
days only and never compared as statements. Two kinds are filed here, each a sentence no quotation or claim
overlaps:
- a negated narrated sentence: its main predicate negated in its own clause or along the verbs it governs ('Kell
  is not expected to meet Osei', 'Kell has no plans to meet Osei', 'the inspectors found nothing to suggest a leak');
  not a verb of saying, knowing or denying ('Kell did not say whether ...' tells of no fact; denials are read by
  `outside`), not a question, a condition or a counterfactual (`reading._is_statement`);
- a narrated act: the evidence sentence of an event the events stage reads as asserted ('Kell met Osei on
  Saturday'), its predicate not negated.
(A role given on a day, 'Kell became the Green nominee on Friday', is dated by the corpus layer, `corpus.dated`.)
Their holder is None (the narrator), so they never conflict inside one article (`compare._link_conflicts` needs two
holders); across articles they are compared by the corpus layer like any claim of the other holder. Off by default
(`claims.NARRATED_CLAIMS`): measured in session 32 (docs/corpus.md), they found no listed window conflict and added
false pairs, since words and polarity do not say who did what to whom.
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ...record import Claim
from .reading import MAX_CLAIM_TOKENS, _describe, _Info, _is_statement, _negated, _tokens

if TYPE_CHECKING:
    from . import _Article

# a negation that governs the verbs below it: 'is not expected to meet', 'will not be able to attend'
_CHAIN_DEPS = ("xcomp", "ccomp", "acomp")
# not the narrator's voice: an embedded post's markup or address ('<blockquote ...>', 'pic.twitter.com/...', '@kell')
_NOT_NARRATED = re.compile(r"</?[a-z][^<>]*>|https?://|\bpic\.twitter|(?<!\w)@\w", re.I)


def _negated_predicate(root) -> bool:
    """The sentence's predicate is negated: the root or a verb it governs through a chain of complements."""
    tok = root
    for _ in range(4):
        if _negated(tok):
            return True
        nxt = [c for c in tok.children if c.dep_ in _CHAIN_DEPS and c.pos_ in ("VERB", "AUX", "ADJ")]
        if not nxt:
            return False
        tok = nxt[0]
    return False


def _asserted_acts(events) -> list[tuple[int, int]]:
    return [(e.evidence.start, e.evidence.end) for e in events
            if e.modality == "asserted" and e.evidence is not None and e.evidence.start is not None]


def _kind(art: _Article, sent, root, acts: list[tuple[int, int]]) -> str | None:
    """'negative', 'positive' or None for one uncovered sentence."""
    lex, lemma = art.lex, root.lemma_.lower()
    if lemma in lex.speech or lemma in lex.cognition or lemma in lex.deny or lemma in lex.request:
        return None  # 'did not say whether', 'does not know': no fact; denials are `outside`'s
    if _negated_predicate(root):
        return "negative"
    if any(s <= sent.start_char and sent.end_char <= e or (sent.start_char <= s and e <= sent.end_char)
           for s, e in acts):
        return "positive"
    return None


def narrated_claims(art: _Article, claims: list[Claim], infos: list[_Info], sents) -> None:
    """File the article's own negated sentences and narrated acts as claims of no holder."""
    doc, text, lex = art.doc, art.text, art.lex
    taken = [(q.start, q.end) for q in art.ctx.quotes] + [(c.start, c.end) for c in claims if c.start is not None]
    acts = _asserted_acts(art.ctx.events)
    for sent in sents:
        s, e = sent.start_char, sent.end_char
        while e > s and text[e - 1].isspace():
            e -= 1
        if e <= s or any(a < e and s < b for a, b in taken) or art.ctx.in_provenance(s, e) or \
                _NOT_NARRATED.search(text, s, e):
            continue
        toks = _tokens(doc, art.starts, s, e)
        if len(toks) < 3 or len(toks) > MAX_CLAIM_TOKENS:
            continue
        root = sent.root
        kind = _kind(art, sent, root, acts)
        if kind is None or not _is_statement(toks, root, lex, "", False, text[s:e]):
            continue
        info = _describe(toks, root, lex, art.actors, set(), None, None, "", forced=kind == "negative")
        if info.modal:
            continue
        info.span = (s, e)
        claims.append(Claim(id=f"c{len(claims) + 1}", text=text[s:e], holder=None, quote=None, start=s, end=e,
                            polarity=kind))
        infos.append(info)
