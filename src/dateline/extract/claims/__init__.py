"""Claims: attributed statements of fact, linked where they contradict each other.

Every quote sentence that states something becomes a claim held by the quote's
speaker; news organisations cited as sources ("Reuters reported … on progress
in negotiations") hold claims like anyone else. Not claims: questions,
commands, requests and intentions ("we will …"), normative opinions ("must"),
conditionals ("if …"), noun phrases ("[denied] funding for such a wall";
kept when reported, accused or denied: "blamed Iran for the attacks"),
and what someone did *not* say ("did not say he had ordered it"). Claims
outside quotes come from the parse: "X claimed responsibility for …",
"X denied that …", "X blamed Y for …", and the article's own "no evidence of …".

Two claims conflict when different holders say incompatible things about the
same matter (docs/quotes.md):
- opposite polarity (main-clause negation, a denial cue, a negated finding
  "did not find …", "no evidence …", "not aware of …") and the negated
  predicate is part of what both claims share; or
- same polarity with antonymous predicates ("exports were continuing" vs
  "exports had been disrupted") sharing an argument.
Words are compared by lemma, synonym group and actor (mentions inside a claim
count as the actor's id), never counting the holders' own names.
Lexicon: knowledge/data/claim_lexicon.json.
"""
from __future__ import annotations

import re

import numpy as np
from spacy.attrs import HEAD, IDX, LOWER

from ...knowledge.claims import ClaimLexicon as _Lex
from ...record import Claim, Quote
from ..quotes.common import ActorLookup
from ..sentences import sentences
from .compare import _conflict, _holder_key, _link_conflicts, _same_holder  # noqa: F401 (API)
from .narrated import narrated_claims
from .outside import _outside_claims, _verb_claims  # noqa: F401 (API)
from .reading import (MAX_CLAIM_TOKENS, MAX_COMPARED, _cue_token, _describe, _Info, _is_statement,  # noqa: F401
                      _negated, _pieces, _span_root, _tokens)

# Claims outside quotes ("X claimed responsibility for …", the article's own "no evidence of …", `quote` null): off
# but for denials ("Mayor Orla Venn denied the allegations of bribery": no quote without quoted words or a
# that-clause, yet it denies a matter). All on: seed + dev conflicts 8 of 13 (session 9).
CLAIMS_OUTSIDE_QUOTES = False
# The article's own negated sentences and narrated acts, as claims without a holder (`narrated`, compared across
# articles only): off. Session 32 (window_s26 and the old linking set relinked with and without them): no listed
# window conflict more, three false pairs more on the old set (6 of 11 at precision 1.0 -> 0.667).
NARRATED_CLAIMS = False


class _Article:
    """What claim finding reads from one article, built once."""

    def __init__(self, doc, ctx):
        self.doc, self.ctx, self.lex, self.text = doc, ctx, ctx.knowledge.claims, ctx.article.text
        self.starts, self.lower = doc.to_array(IDX).tolist(), doc.to_array(LOWER)  # read without a Token per word
        self.heads = doc.to_array(HEAD).astype(np.int64) + np.arange(len(doc))  # spaCy stores heads as offsets
        self.sent_starts = [sent.start_char for sent in sentences(doc)] if doc.has_annotation("SENT_START") else []
        self.names = {a.id: a.name for a in ctx.actors}
        self.actors = ActorLookup(doc, ctx)


def _quote_cue(doc, starts, q: Quote, lower):
    """The quote's cue word, or None when the cue is part of the content.

    "She wrote that denying them citizenship violated …": the gerund is the content's subject,
    not a cue; nor is a cue whose head lies inside the quote.
    """
    cue_tok = _cue_token(doc, starts, q, lower)
    if cue_tok is not None and (q.start <= cue_tok.head.idx < q.end or (
            cue_tok.tag_ == "VBG" and cue_tok.i > 0 and (cue_tok.dep_ in ("csubj", "csubjpass") or
                                                  doc[cue_tok.i - 1].lower_ == "that" or
                                                  doc[cue_tok.i - 1].pos_ == "VERB"))):
        return None
    return cue_tok


def _denial_start(q: Quote, cue_tok, info: _Info, lex: _Lex, cue_lemma: str, cue_neg: bool, ps: int) -> int:
    """Where a denied claim starts: "the Senate did not find that …", "The firm denied …" take in
    the denial and its subject (within 200 characters)."""
    if ps == q.start and cue_tok is not None and cue_tok.idx < q.start and info.negative and \
            (cue_lemma in lex.deny or cue_neg):
        subj = [c for c in cue_tok.children if c.dep_ in ("nsubj", "nsubjpass") and c.idx < cue_tok.idx]
        first = min([cue_tok] + [c for c in cue_tok.children if c.dep_ in ("neg", "aux") and c.i < cue_tok.i]
                    + [s.left_edge for s in subj], key=lambda t: t.i)
        if q.start - first.idx < 200:
            return first.idx
    return ps


def _quote_claims(art: _Article, q: Quote, claims: list[Claim], infos: list[_Info]) -> None:
    """The claims of one quote: each of its sentences that states a fact, held by its speaker."""
    doc, lex, text = art.doc, art.lex, art.text
    holder = _holder_key(q, art.names)
    holder_words = {re.sub(r"['’]s$", "", w.lower())
                    for w in f"{q.speaker_text or ''} {art.names.get(q.speaker) or ''}".split()}
    cue_tok = _quote_cue(doc, art.starts, q, art.lower)
    cue_lemma = cue_tok.lemma_.lower() if cue_tok is not None else (q.cue or "").lower()
    cue_neg = cue_tok is not None and _negated(cue_tok)
    for ps, pe in _pieces(text, q.start, q.end, art.sent_starts):
        toks = _tokens(doc, art.starts, ps, pe)
        if not len(toks) or len(toks) > MAX_CLAIM_TOKENS:
            continue
        root = _span_root(toks, art.heads)
        if not _is_statement(toks, root, lex, cue_lemma, cue_neg, text[ps:pe]):
            continue
        info = _describe(toks, root, lex, art.actors, holder_words, q.speaker, cue_tok, cue_lemma)
        if info.modal:
            continue
        info.holder, info.span = holder, (ps, pe)
        cs = _denial_start(q, cue_tok, info, lex, cue_lemma, cue_neg, ps)
        claims.append(Claim(id=f"c{len(claims) + 1}", text=text[cs:pe], holder=q.speaker, quote=q.id,
                            start=cs, end=pe, polarity="negative" if info.negative else "positive"))
        infos.append(info)



def extract_claims(doc, ctx) -> list[Claim]:
    """Statements of fact with their holders, and conflicts between them."""
    art = _Article(doc, ctx)
    claims: list[Claim] = []
    infos: list[_Info] = []
    for q in ctx.quotes:
        if q.speaker is not None or q.speaker_text:
            _quote_claims(art, q, claims, infos)
    _outside_claims(art, claims, infos, denials_only=not CLAIMS_OUTSIDE_QUOTES)
    if NARRATED_CLAIMS and doc.has_annotation("SENT_START"):
        narrated_claims(art, claims, infos, sentences(doc))
    _link_conflicts(claims, infos, art.names, art.lex)
    return claims
