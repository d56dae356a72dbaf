"""Indirect speech: a reporting verb's content clause, with the verb's subject as speaker.

Content is read from the parse: the clausal complement of say/claim/think
("X said that …"), the infinitive or for-phrase of request verbs ("urged Y to
…", "called for …"), the object and complement of accusation verbs ("accused
Y of …"), the topic of "reported on …", and the rest of the sentence around
"according to X". Clauses that are mostly direct quotation are left to the
direct quotes.
"""
from __future__ import annotations

from ...record import Quote
from .common import overlap, trim_punct
from .direct import _according
from .lexicon import Lexicon
from .marks import find_segments
from .speakers import refine_head, resolve, subject_of

_QUESTION_MARKS = {"if", "whether"}
_ASKING = {"ask", "wonder", "question", "inquire", "enquire"}
_TIME_ENTS = {"DATE", "TIME"}


def _right_children(tok, deps):
    return [c for c in tok.children if c.i > tok.i and c.dep_ in deps]


def _content_range(tok, lemma: str, lex: Lexicon) -> tuple[int, int] | None:
    """Token range [l, r] of what the reporting verb `tok` reports, or None."""
    if lemma in lex.speech or lemma in lex.cognition:
        for c in tok.children:
            if c.dep_ != "ccomp":
                continue
            first = c.left_edge
            if first.lower_ in _QUESTION_MARKS and lemma not in _ASKING:
                return None
            if lemma not in lex.speech and not any(g.dep_ in ("nsubj", "nsubjpass", "expl") for g in c.children):
                continue  # a cognition verb needs a full clause: "thinks he will win"
            return c.left_edge.i, c.right_edge.i
    if lemma in lex.request:
        xs = _right_children(tok, ("xcomp",))
        if xs and (lemma != "call" or any(c.dep_ == "prep" and c.lower_ == "on" for c in tok.children)):
            objs = _right_children(tok, ("dobj", "prep", "dative"))
            left = min([o.left_edge.i for o in objs if o.i < xs[0].i] + [xs[0].left_edge.i])
            if objs and objs[0].dep_ == "prep":
                left = min(left, objs[0].i + 1)
            return left, xs[-1].right_edge.i
        for p in _right_children(tok, ("prep",)):
            if p.lower_ == "for" and lemma in ("call", "appeal", "press", "ask", "push"):
                objs = [g for g in p.children if g.dep_ == "pobj"]
                if objs:
                    return objs[0].left_edge.i, p.right_edge.i
    if lemma in lex.accuse:
        objs = _right_children(tok, ("dobj",))
        if objs:
            comps = _right_children(tok, ("oprd", "prep", "xcomp", "ccomp", "acomp"))
            comps = [c for c in comps if c.i > objs[0].i]
            if lemma == "call":
                comps = [c for c in comps if c.dep_ == "oprd"] or [c for c in objs[0].children if c.dep_ in ("oprd", "acomp")]
            if comps:
                return objs[0].left_edge.i, max(c.right_edge.i for c in comps)
    if lemma in lex.report_on and not any(c.dep_ == "ccomp" for c in tok.children):
        for p in _right_children(tok, ("prep",)):
            if p.lower_ in ("on", "about"):
                objs = [g for g in p.children if g.dep_ == "pobj"]
                if objs and objs[0].ent_type_ not in _TIME_ENTS:
                    return objs[0].left_edge.i, p.right_edge.i
    return None


def _according_content(tok, obj) -> tuple[int, int] | None:
    """The rest of the sentence around 'according to X'."""
    sent = tok.sent
    phrase_l = tok.i
    phrase_r = max(obj.right_edge.i, tok.i + 1)
    left = (sent.start, phrase_l - 1)
    right = (phrase_r + 1, sent.end - 1)
    best = max((left, right), key=lambda lr: lr[1] - lr[0])
    return best if best[1] >= best[0] else None


def indirect_quotes(doc, ctx, lex: Lexicon, direct: list[Quote]) -> list[Quote]:
    """Indirect reports of speech (ids are set by the caller)."""
    text = doc.text
    segs = [(s.start, s.end) for s in find_segments(text) if not s.single]
    direct_spans = [(q.start, q.end) for q in direct]
    out: list[Quote] = []
    seen: set[tuple[int, int]] = set()
    for tok in doc:
        if tok.is_punct or tok.is_space:
            continue
        if any(s <= tok.idx < e for s, e in segs):
            continue
        lemma = tok.lemma_.lower()
        rng, speaker_tok, cue = None, None, tok.text
        if tok.pos_ in ("VERB", "AUX"):
            rng = _content_range(tok, lemma, lex)
            if rng is not None:
                speaker_tok = refine_head(subject_of(tok), lex)
        elif tok.lower_ in ("according", "in", "as"):
            obj = _according(tok, lex)
            if obj is not None:
                rng = _according_content(tok, obj)
                speaker_tok, cue = refine_head(obj, lex), "according to"
        if rng is None:
            continue
        l, r = trim_punct(doc, *rng)
        if r - l < 1:
            continue
        start, end = doc[l].idx, doc[r].idx + len(doc[r])
        if (start, end) in seen or ctx.in_provenance(start, end):
            continue
        quoted = sum(overlap((start, end), d) for d in direct_spans)
        if quoted >= 0.5 * (end - start):
            continue
        if speaker_tok is not None and start <= speaker_tok.idx < end:
            speaker_tok = None
        seen.add((start, end))
        speaker = resolve(speaker_tok, ctx, lex, segs) if speaker_tok is not None else None
        kind = "mixed" if quoted else "indirect"
        out.append(Quote(id="", kind=kind, text=text[start:end], start=start, end=end,
                         speaker=speaker.actor if speaker else None,
                         speaker_text=speaker.text if speaker else None, cue=cue,
                         speaker_start=speaker.start if speaker else None,
                         speaker_end=speaker.end if speaker else None))
    return out
