"""Reports whose speaker is an unresolved "it": the organisation or body it stands for.

`fix_it_speakers` runs after the speaker passes of `turns.py`: "It said the claims were false" is the
organisation or state a name makes the subject of the same or the previous sentence; failing that, a quote
that goes on after a report by an organisation or state ("The Valley Farmers Union said …. “…,” it said.")
is that actor's, the words staying "it".
"""
from __future__ import annotations

import re

from ...record import Quote
from ..sentences import sentence_of


def fix_it_speakers(doc, quotes: list[Quote], ctx, text: str | None = None) -> None:
    """A report whose speaker is an unresolved "it" ("It said the claims were false") is the organisation's or
    state's that a name makes the subject of the same or the previous sentence, outside quotation marks, the
    nearest first ("The Kell Group denied the claims. It said …"); none when no such subject is named."""
    pending = [q for q in quotes if q.speaker is None and (q.speaker_text or "").strip().lower() == "it"
               and q.speaker_start is not None]
    if not pending:
        return  # most articles: no mention of any actor needs reading
    _it_subjects(doc, pending, quotes, ctx)
    _it_goes_on(doc.text if text is None else text, [q for q in pending if q.speaker is None], quotes, ctx)


def _it_goes_on(text: str, pending: list[Quote], quotes: list[Quote], ctx) -> None:
    """'According to the Valley Farmers Union, the levy is unfair. “…,” it said.': an "it" no subject resolves
    goes on in the voice of the report right before it (same or previous paragraph) when that speaker is an
    organisation or state actor; never a person's or a plain description's ("Officials said …"). The speaker
    words stay "it": only the actor is resolved, as for a pronoun."""
    bodies = {a.id for a in ctx.actors if a.kind in ("organization", "state")}
    ordered = sorted(quotes, key=lambda x: x.start)
    for q in pending:
        before = [o for o in ordered if o.end <= q.start and o is not q]
        if not before:
            continue
        last = before[-1]
        if last.speaker in bodies and len(re.findall(r"\n\s*", text[last.end:q.start])) <= 1:
            q.speaker = last.speaker  # the words stay "it", as the text says


def _it_subjects(doc, pending: list[Quote], quotes: list[Quote], ctx) -> None:
    """`fix_it_speakers`' first reading: an organisation or state named as a subject nearby."""
    subjects = []  # (sentence start token, mention start, actor id)
    for a in ctx.actors:
        if a.kind not in ("organization", "state"):
            continue
        for m in a.mentions:
            if m.kind not in ("name", "metonym"):
                continue
            span = doc.char_span(m.start, m.end, alignment_mode="expand")
            if span is not None and len(span) and span.root.dep_ in ("nsubj", "nsubjpass"):
                subjects.append((sentence_of(span.root).start, m.start, a.id))
    if not subjects:
        return
    quoted = [(q.start, q.end) for q in quotes if q.kind == "direct"]
    for q in pending:
        tok = doc.char_span(q.speaker_start, q.speaker_end, alignment_mode="expand")
        if tok is None or not len(tok):
            continue
        sent = sentence_of(tok[0])
        prev = sentence_of(doc[sent.start - 1]).start if sent.start > 0 else sent.start
        near = [(start, aid) for s0, start, aid in subjects if prev <= s0 <= sent.start and start < q.speaker_start
                and not any(a <= start < b for a, b in quoted)]
        if near:
            q.speaker = max(near)[1]
