"""Claims outside quotes: 'X claimed responsibility for Y', 'X denied that ...', the article's own 'no evidence of ...'
(see `claims.CLAIMS_OUTSIDE_QUOTES`)."""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ...knowledge.claims import ClaimLexicon as _Lex
from ...record import Claim
from .reading import _PRONOUNS, _Info, _describe, _negated, _tokens

if TYPE_CHECKING:
    from . import _Article

_NARRATOR = {"evidence", "sign", "indication", "proof", "trace"}
_OBJECT_DEPS = {"dobj", "ccomp", "xcomp", "prep", "dative", "oprd", "attr"}


def _subject(verb):
    """The verb's subject, or that of the verb it is coordinated with ('… and has claimed …')."""
    for _ in range(3):
        subj = [c for c in verb.children if c.dep_ == "nsubj"]
        if subj:
            return subj[0]
        if verb.dep_ != "conj":
            return None
        verb = verb.head
    return None


def _verb_claims(doc, text: str, lex: _Lex, quoted: list[tuple[int, int]], denials_only: bool = False):
    """Claims that are not quotes: 'X claimed responsibility for Y', 'X denied that …', 'X blamed Y for Z',
    and the article's own 'no evidence of …' (only the denials: `denials_only`). Yields (verb or frame noun,
    start, end, negative)."""
    def covered(s, e):
        return any(qs < e and s < qe for qs, qe in quoted)

    for tok in doc:
        lemma = tok.lemma_.lower()
        if denials_only and lemma not in lex.deny:
            continue
        if tok.pos_ == "VERB" and (lemma in lex.assert_verbs or lemma in lex.accuse or lemma in lex.deny):
            if any(c.dep_ == "nsubjpass" for c in tok.children) or _negated(tok):
                continue
            objs = [c for c in tok.children if c.dep_ in _OBJECT_DEPS]
            if not objs:
                continue
            if lemma in lex.deny and not any(
                    c.dep_ == "ccomp" or (c.dep_ == "dobj" and c.lemma_.lower() in lex.deny_objects) for c in objs):
                continue  # 'denied funding', 'rejected the plan': refusals, not denials of a fact
            if lemma in lex.assert_verbs and not any(
                    c.dep_ == "ccomp" or (c.dep_ == "dobj" and c.pos_ == "NOUN" and not any(
                        d.dep_ in ("det", "poss") for d in c.children)) for c in objs):
                continue  # 'claimed widespread fraud', 'claimed responsibility'; not 'claimed the seat'
            if _subject(tok) is None:
                continue
            end_tok = max((c.right_edge for c in objs), key=lambda t: t.i)
            while end_tok.i > tok.i and (end_tok.is_punct or end_tok.is_space):
                end_tok = doc[end_tok.i - 1]
            subj = _subject(tok)
            first = min([tok] + [c for c in tok.children if c.dep_ in ("aux", "neg") and c.i < tok.i],
                        key=lambda t: t.i)
            if subj is not None and subj.head.i == tok.i and 0 <= first.i - subj.right_edge.i <= 4:
                first = subj.left_edge
            start, end = first.idx, end_tok.idx + len(end_tok.text)
            if covered(tok.idx, end) or end - start > 400:
                continue
            yield tok, start, end, lemma in lex.deny
        elif lemma in _NARRATOR and tok.pos_ == "NOUN" and _negated_noun(tok):
            sent = tok.sent
            if covered(sent.start_char, sent.end_char):
                continue
            e = sent.end_char
            while e > sent.start_char and (text[e - 1].isspace() or text[e - 1] in ".;"):
                e -= 1
            yield tok, sent.start_char, e, True


def _negated_noun(tok) -> bool:
    """'no evidence', 'there is not any evidence', 'found no trace'."""
    return any(c.dep_ == "det" and c.lower_ == "no" for c in tok.children) or \
        tok.dep_ in ("dobj", "attr", "nsubjpass") and _negated(tok.head)



def _outside_claims(art: _Article, claims: list[Claim], infos: list[_Info], denials_only: bool) -> None:
    """Claims outside quotes ("X denied involvement", "no evidence of Y was found"); see CLAIMS_OUTSIDE_QUOTES."""
    doc, lex, text, starts, actors = art.doc, art.lex, art.text, art.starts, art.actors
    quoted = [(q.start, q.end) for q in art.ctx.quotes]
    for tok, start, end, negative in _verb_claims(doc, text, lex, quoted, denials_only):
        subj = _subject(tok)
        holder_id = actors.span(subj.idx, subj.idx + len(subj)) if subj is not None else None
        holder_text = subj.text.lower() if subj is not None else ""
        if subj is None or subj.lower_ in _PRONOUNS and holder_id is None:
            holder = None
        else:
            holder = holder_id or "text:" + " ".join(t.lower_ for t in subj.subtree)
        if tok.lemma_.lower() in _NARRATOR:
            holder, holder_id = "narrator", None  # an invented pattern: "no sign of Velnan meddling was found"
        holder_words = {re.sub(r"['’]s$", "", w.lower()) for w in
                        " ".join([holder_text, art.names.get(holder_id) or ""] +
                                 ([t.text for t in subj.subtree] if subj is not None else [])).split()}
        body = doc[tok.i:_tokens(doc, starts, start, end).end] if tok.lemma_.lower() not in _NARRATOR else \
            _tokens(doc, starts, start, end)
        info = _describe(body, tok, lex, actors, holder_words, holder_id, None,
                         tok.lemma_.lower() if tok.lemma_.lower() in lex.accuse else "", forced=negative)
        info.holder, info.span = holder, (start, end)
        if info.self_refs and subj is not None:  # "the Yemen-based Houthi movement": Yemen is the holder too
            info.self_refs |= {"@" + a for a in (actors.token(t) for t in subj.subtree) if a}
        claims.append(Claim(id=f"c{len(claims) + 1}", text=text[start:end], holder=holder_id, quote=None,
                            start=start, end=end, polarity="negative" if negative else "positive"))
        infos.append(info)

